namespace CrmErpPortal.Sandbox.Faults;

/// <summary>Writes an error the way the emulated system would (each has its own body shape).</summary>
public delegate IResult SystemError(int status, string code, string message);

/// <summary>Applies a system's faults to every request of its route group, before and after the real handler runs.</summary>
public sealed class FaultFilter(FaultState faults, SystemError error, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var settings = faults.Current;
        if (settings.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(settings.LatencyMs), clock, context.HttpContext.RequestAborted);
        }

        var exempt = settings.WritesOnly && HttpMethods.IsGet(context.HttpContext.Request.Method);
        switch (exempt ? FaultDecision.None : faults.DecideForRequest())
        {
            case FaultDecision.Outage:
                return error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "The service is temporarily unavailable (sandbox outage).");
            case FaultDecision.Throttle:
                context.HttpContext.Response.Headers.RetryAfter = settings.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return error(StatusCodes.Status429TooManyRequests, "TooManyRequests", "Number of requests exceeded the limit (sandbox throttling).");
            case FaultDecision.ServerError:
                return error(StatusCodes.Status500InternalServerError, "InternalServerError", "An unexpected error occurred (sandbox fault).");
        }

        var result = await next(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && faults.DropAfterCommit())
        {
            // The write above has committed; dropping the connection is what a timeout after commit looks like to the caller.
            context.HttpContext.Abort();
        }

        return result;
    }
}

using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Sync.Webhooks;

/// <summary>Registers the portal's Dataverse webhook once (Dataverse registrations do not expire).</summary>
public sealed class CrmWebhookJob(ICrmConnector crm, IOptions<CrmOptions> options, ILogger<CrmWebhookJob> logger)
{
    public static readonly IReadOnlyList<string> Tables = ["account", "contact", "quote", "opportunity", "incident"];

    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.WebhookUrl is null || string.IsNullOrEmpty(settings.WebhookKey))
        {
            return;
        }

        try
        {
            if (await crm.EnsureWebhookAsync(settings.WebhookUrl, settings.WebhookKey, Tables, cancellationToken))
            {
                logger.LogInformation("Registered the CRM webhook for {Tables}", string.Join(", ", Tables));
            }
        }
        catch (Exception ex) when (SyncFailure.IsExpected(ex))
        {
            logger.LogWarning("Could not register the CRM webhook: {Reason}", SyncFailure.Describe(ex));
        }
    }
}

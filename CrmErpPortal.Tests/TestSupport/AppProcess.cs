using System.Diagnostics;

namespace CrmErpPortal.Tests.TestSupport;

public sealed record AppExit(int ExitCode, string StandardError, string StandardOutput);

/// <summary>Runs the built portal as its own process, as an operator would, to observe exit codes.</summary>
public static class AppProcess
{
    public static async Task<AppExit> RunAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(folder, "CrmErpPortal.dll"), "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={TestFiles.NewPath("process.db")}";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The portal was still running after {timeout}: it did not refuse to start.");
        }

        return new AppExit(process.ExitCode, await stderr, await stdout);
    }
}

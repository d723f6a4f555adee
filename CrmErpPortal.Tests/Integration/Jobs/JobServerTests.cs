using System.Collections.Concurrent;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using CrmErpPortal.Jobs;
using Hangfire.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Jobs;

public sealed class JobServerTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Fact]
    public async Task RunsAnEnqueuedJob_OnTheEmbeddedInMemoryStorage()
    {
        var marker = Guid.NewGuid();
        var jobs = app.Factory.Services.GetRequiredService<IBackgroundJobClient>();

        jobs.Enqueue<RecordingJob>(job => job.Run(marker));

        var ran = await RecordingJob.WaitForAsync(marker, TimeSpan.FromSeconds(30));
        Assert.True(ran, "the job server picked up and ran the job");
    }

    [Fact]
    public async Task GivesEachHostItsOwnStorage()
    {
        await using var other = new PortalAppFactory();

        var mine = app.Factory.Services.GetRequiredService<JobStorage>();
        var theirs = other.Services.GetRequiredService<JobStorage>();

        Assert.NotSame(mine, theirs);
    }

    [Fact]
    public async Task BuildsEachHostsJobsFromThatHostsOwnServices_WhenAnotherHostConfiguresHangfireInBetween()
    {
        // Hangfire's configuration is process-wide: each host's set-up points JobActivator.Current at its own services.
        // This is the order two hosts starting together can take; host A's server must still use host A's services.
        await using var hostA = JobsOnlyHost("A");
        await using var hostB = JobsOnlyHost("B");
        hostA.Services.GetRequiredService<IGlobalConfiguration>();
        hostB.Services.GetRequiredService<IGlobalConfiguration>();

        var activator = hostA.Services.GetRequiredService<JobActivator>();

        using var connection = hostA.Services.GetRequiredService<JobStorage>().GetConnection();
        var job = new BackgroundJob("probe", Hangfire.Common.Job.FromExpression(() => Console.WriteLine()), DateTime.UtcNow);
        using var scope = activator.BeginScope(new JobActivatorContext(connection, job, new JobCancellationToken(false)));
        Assert.Equal("A", ((IConfiguration)scope.Resolve(typeof(IConfiguration)))["Probe:Host"]);
    }

    private static WebApplication JobsOnlyHost(string name)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Probe:Host"] = name, ["Jobs:RunServer"] = "false" });
        builder.AddPortalJobs();
        return builder.Build();
    }

    public sealed class RecordingJob
    {
        private static readonly ConcurrentDictionary<Guid, TaskCompletionSource> Runs = new();

        public void Run(Guid marker) => Completion(marker).TrySetResult();

        public static async Task<bool> WaitForAsync(Guid marker, TimeSpan timeout)
        {
            var finished = await Task.WhenAny(Completion(marker).Task, Task.Delay(timeout));
            return finished == Completion(marker).Task;
        }

        private static TaskCompletionSource Completion(Guid marker) =>
            Runs.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
    }
}

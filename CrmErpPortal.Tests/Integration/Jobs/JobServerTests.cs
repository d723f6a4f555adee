using System.Collections.Concurrent;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
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

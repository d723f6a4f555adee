using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Features.Push;

/// <summary>Through Hangfire: approval enqueues the send; a restart that loses the in-memory job store loses no change.</summary>
public sealed class PushJobTests
{
    [Fact]
    public async Task Approving_SendsTheChangeThroughTheJobServer()
    {
        var h = new PushHarness(runJobServer: true);
        await h.InitializeAsync();
        try
        {
            var request = await h.RequestAsync(("Phone", "09 300 9999"));

            await h.ApproveAsync(request, PushHarness.Liam);

            await WaitUntilDoneAsync(h, request);
            Assert.Equal("+6493009999", (string?)(await h.CrmAccountAsync())!.Body["telephone1"]);
        }
        finally
        {
            await h.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARestart_ThatLosesTheQueuedJob_LosesNoChange()
    {
        var h = new PushHarness(runJobServer: false);
        await h.InitializeAsync();
        try
        {
            var request = await h.RequestAsync(("CreditLimit", "35000"));
            await h.ApproveAsync(request, PushHarness.Mere); // its job waits in the in-memory store, and dies with it

            await h.RestartWithJobServerAsync();

            await WaitUntilDoneAsync(h, request);
            Assert.Equal(35000m, (decimal)(await h.ErpCustomerAsync())!.Body["creditLimit"]!);
        }
        finally
        {
            await h.DisposeAsync();
        }
    }

    private static Task<ChangeRequest> WaitUntilDoneAsync(PushHarness h, Guid request) =>
        TestWait.ForAsync(async () => await h.RequestRowAsync(request) is { Status: ChangeRequestStatus.Done } row ? row : null, TimeSpan.FromSeconds(30), "the request to be pushed");
}

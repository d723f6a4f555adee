using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmErpPortal.Tests.Components.ChangeRequests;

/// <summary>The "request a change" dialog with the real command on a real SQLite hub.</summary>
public sealed class RequestChangeDialogTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _wattle = HubRecords.Customer("Wattle Supplies Pty Ltd", country: "AU");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddScoped<DraftChangeRequestCommand>();
        Context.AddAuthorization().SetAuthorized("Mere Parata").SetRoles(Roles.DataSteward);
        await _database.SeedAsync(db => db.Customers.Add(_wattle));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task RefusesAnInvalidAbn_WithTheCheckDigitMessage_AndSavesNothing()
    {
        var cut = await OpenAsync(ChangeableFields.Find("BusinessNumber")!);

        cut.Find("input[data-testid=change-new-value], [data-testid=change-new-value] input").Change("51 824 753 557");
        cut.Find("textarea[data-testid=change-reason], [data-testid=change-reason] textarea").Change("Customer sent their ABN");
        cut.Find("[data-testid=change-save]").Click();

        cut.WaitForAssertion(() => Assert.Contains("ABN check digits do not match — check for a typo.", cut.Markup));
        Assert.DoesNotContain("51 824 753 557", cut.Find(".mud-input-helper-text").TextContent);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.Equal(0, await db.ChangeRequests.CountAsync());
    }

    [Fact]
    public async Task SubmitsForApproval_ByDefault()
    {
        var cut = await OpenAsync(ChangeableFields.Find("Email")!);

        cut.Find("input[data-testid=change-new-value], [data-testid=change-new-value] input").Change("accounts@wattle.com.au");
        cut.Find("textarea[data-testid=change-reason], [data-testid=change-reason] textarea").Change("Customer emailed their new address");
        cut.Find("[data-testid=change-save]").Click();

        var request = await WaitForRequestAsync(cut);
        Assert.Equal(ChangeRequestStatus.Pending, request.Status);
        Assert.NotNull(request.SubmittedAt);
    }

    [Fact]
    public async Task KeepsADraft_WhenAskedTo()
    {
        var cut = await OpenAsync(ChangeableFields.Find("Email")!);

        cut.Find("input[data-testid=change-new-value], [data-testid=change-new-value] input").Change("accounts@wattle.com.au");
        cut.Find("textarea[data-testid=change-reason], [data-testid=change-reason] textarea").Change("Not sure yet");
        cut.Find("[data-testid=change-save-draft]").Click();

        var request = await WaitForRequestAsync(cut);
        Assert.Equal(ChangeRequestStatus.Draft, request.Status);
        Assert.Null(request.SubmittedAt);
    }

    private async Task<ChangeRequest> WaitForRequestAsync(IRenderedComponent<MudDialogProvider> cut)
    {
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=change-save]")));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.ChangeRequests.SingleAsync();
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync(ChangeableField field)
    {
        var cut = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<RequestChangeDialog>
        {
            { d => d.CustomerId, _wattle.Id },
            { d => d.Field, field },
            { d => d.CountryCode, _wattle.CountryCode },
        };
        await cut.InvokeAsync(() => dialogs.ShowAsync<RequestChangeDialog>("Request a change", parameters));
        cut.WaitForAssertion(() => cut.Find("[data-testid=change-save]"));
        return cut;
    }
}

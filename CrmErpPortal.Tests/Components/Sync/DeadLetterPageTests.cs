using System.Security.Claims;
using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmErpPortal.Tests.Components.Sync;

/// <summary>The dead-letter list on a real SQLite hub: what failed, every attempt's answer, and cancel after a confirmation.</summary>
public sealed class DeadLetterPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db => db.Customers.Add(_tui));
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
        Context.Services.AddScoped<ListDeadLettersQuery>();
        Context.Services.AddScoped<DeadLetterCommand>();
        Context.AddAuthorization().SetAuthorized("Liam O'Connell").SetRoles(Roles.DataSteward).SetPolicies(Policies.Stewardship)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, "liam"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysNothingIsStuck_WhenThereAreNoDeadLetters()
    {
        var cut = Context.Render<DeadLetterPage>();

        cut.WaitForAssertion(() => Assert.Contains("No dead letters", cut.Find("[data-testid=dead-letters-empty]").TextContent));
    }

    [Fact]
    public async Task ListsADeadLetter_WithItsCustomerReasonAndLastAnswer_AndItsHistoryInOrder()
    {
        await SeedDeadLetterAsync();
        var cut = Context.Render<DeadLetterPage>();
        cut.WaitForElement("[data-testid=dead-letter-error]");

        cut.Find("[data-testid=dead-letter-history-toggle]").Click();

        Assert.Contains("Tui Bakery Ltd", cut.Find("tbody tr").TextContent);
        Assert.Contains("Customer raised their limit in writing", cut.Find("tbody tr").TextContent);
        Assert.Equal("ERP", cut.Find("[data-testid=dead-letter-system]").TextContent.Trim());
        Assert.Equal("The ERP refused the change (400): credit limit above the company maximum.", cut.Find("[data-testid=dead-letter-error]").TextContent.Trim());
        var attempts = cut.FindAll("[data-testid=dead-letter-attempt]").Select(a => a.TextContent).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Contains("server error", attempts[0]);
        Assert.Contains("rejected", attempts[1]);
    }

    [Fact]
    public async Task CancelsOnlyAfterConfirmation()
    {
        var message = await SeedDeadLetterAsync();
        var dialogs = Context.Render<MudDialogProvider>();
        var cut = Context.Render<DeadLetterPage>();
        cut.WaitForElement("[data-testid=dead-letter-cancel]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Cancel this change?", dialogs.Markup));
        Assert.Equal(OutboxStatus.DeadLettered, await StatusAsync(message.Id));

        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel the change").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=dead-letters-empty]"));
        Assert.Equal(OutboxStatus.Cancelled, await StatusAsync(message.Id));
    }

    private async Task<OutboxMessage> SeedDeadLetterAsync()
    {
        var request = HubRecords.ChangeRequest(_tui, "mei", Roles.CreditController, ChangeRequestStatus.Failed);
        request.Reason = "Customer raised their limit in writing";
        request.Fields.Add(new ChangeRequestField { FieldName = "CreditLimit", OldValue = "20000.00", NewValue = "35000.00", TargetSystem = ChangeTarget.Erp });
        var message = new OutboxMessage
        {
            ChangeRequestId = request.Id,
            TargetSystem = SourceSystem.Erp,
            ExternalId = Guid.NewGuid().ToString(),
            Operation = OutboxWriter.UpdateErpCustomer,
            PayloadJson = new OutboxPayload(_tui.Id, "NZ", "W/\"1\"", [new OutboxFieldChange("CreditLimit", "20000.00", "35000.00")]).ToJson(),
            IdempotencyKey = $"cr:{request.Id:N}:Erp",
            Status = OutboxStatus.DeadLettered,
            Attempts = 2,
            LastError = "The ERP refused the change (400): credit limit above the company maximum.",
            CreatedAt = HubRecords.Now,
            NextAttemptAt = HubRecords.Now,
        };
        message.History.Add(new OutboxAttempt { Number = 2, AttemptedAt = HubRecords.Now.AddMinutes(5), Outcome = OutboxAttemptOutcome.Rejected, HttpStatus = 400, Detail = message.LastError });
        message.History.Add(new OutboxAttempt { Number = 1, AttemptedAt = HubRecords.Now.AddMinutes(1), Outcome = OutboxAttemptOutcome.ServerError, HttpStatus = 503, Detail = "The ERP had an internal error (503); it will try again." });
        await _database.SeedAsync(db =>
        {
            db.ChangeRequests.Add(request);
            db.OutboxMessages.Add(message);
        });
        return message;
    }

    private async Task<OutboxStatus> StatusAsync(Guid id)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.Status).SingleAsync();
    }
}

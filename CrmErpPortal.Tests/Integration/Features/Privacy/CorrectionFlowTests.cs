using System.Net;
using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Privacy.Corrections;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.Integration.Features.Push;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>Correction requests through the real approvals flow and outbox, on a hub pulled from the emulators.</summary>
public sealed class CorrectionFlowTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Grace = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "grace"), new Claim(ClaimTypes.Name, "Grace Tupou"), new Claim(ClaimTypes.Role, Roles.PrivacyOfficer)], "Test"));

    private readonly PushHarness _h = new();

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task ARefusedCorrection_KeepsThePersonsStatement_AndTheExportCarriesIt()
    {
        var logged = await LogAsync("DisplayName", "Kiwi Plumbing (Aroha Ngata, sole trader)", "The business is mine alone, not a company");

        var decision = await _h.Service<DecideChangeRequestCommand>().RejectAsync(logged.ChangeRequestId!.Value, "Companies Office shows it as a company", PushHarness.Liam, CancellationToken.None);

        Assert.Null(decision.Error);
        var statement = Assert.Single(await _h.Service<GetCorrectionStatementsQuery>().ExecuteAsync([_h.CustomerId], CancellationToken.None));
        Assert.Equal(("DisplayName", "Companies Office shows it as a company"), (statement.FieldName, statement.RefusalReason));
        Assert.Contains("\"Kiwi Plumbing (Aroha Ngata, sole trader)\"", statement.Statement);
        Assert.Contains("The business is mine alone", statement.Statement);
        await using (var db = _h.Db())
        {
            await db.CreditProfiles.Where(p => p.CustomerId == _h.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(p => p.OverdueAmount, 500m));
        }

        var client = await _h.Portal.SignedInClientAsync("sam");
        var csv = await client.GetAsync("/dashboard/export/overdue.csv?country=NZ");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Correction statement", text);
        Assert.Contains("Name: Aroha Ngata asks that this read", text);
    }

    [Fact]
    public async Task AnApprovedCorrection_IsPushedToTheOwningSystem_AndLeavesNoStatement()
    {
        var logged = await LogAsync("Phone", "09 300 4321", "That is my new number");

        var messages = await _h.ApproveAsync(logged.ChangeRequestId!.Value, PushHarness.Liam);
        await _h.SendAsync(Assert.Single(messages));

        Assert.Contains("3004321", new string([.. ((string?)(await _h.CrmAccountAsync())!.Body["telephone1"] ?? "").Where(char.IsAsciiDigit)]));
        var request = await _h.RequestRowAsync(logged.ChangeRequestId.Value);
        Assert.Equal((ChangeSource.Privacy, ChangeRequestStatus.Done, "grace"), (request.Source, request.Status, request.RequestedBy));
        Assert.Empty(await _h.Service<GetCorrectionStatementsQuery>().ExecuteAsync([_h.CustomerId], CancellationToken.None));
        await using var db = _h.Db();
        Assert.Equal("+6493004321", (await db.Customers.SingleAsync(c => c.Id == _h.CustomerId)).PhoneE164);
    }

    [Fact]
    public async Task ABadValueSought_IsRefusedAtTheField_AndOnlyAPrivacyOfficerLogsOne()
    {
        var bad = await _h.Service<LogCorrectionCommand>().ExecuteAsync(
            new LogCorrectionInput(_h.CustomerId, "Email", "not an email", "Aroha", "typo"), Grace, CancellationToken.None);
        var notOfficer = await _h.Service<LogCorrectionCommand>().ExecuteAsync(
            new LogCorrectionInput(_h.CustomerId, "Email", "a@b.co.nz", "Aroha", "typo"), PushHarness.Liam, CancellationToken.None);

        Assert.False(bad.Saved);
        Assert.Contains("email", bad.Errors["ValueSought"]);
        Assert.False(notOfficer.Saved);
        await using var db = _h.Db();
        Assert.Equal(0, await db.CorrectionRequests.CountAsync());
        Assert.Equal(0, await db.ChangeRequests.CountAsync(r => r.Source == ChangeSource.Privacy));
    }

    private async Task<LogCorrectionResult> LogAsync(string field, string value, string reason)
    {
        var result = await _h.Service<LogCorrectionCommand>().ExecuteAsync(new LogCorrectionInput(_h.CustomerId, field, value, "Aroha Ngata", reason), Grace, CancellationToken.None);
        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        return result;
    }
}

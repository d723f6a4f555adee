using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Identifiers;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>NZAU.md §4.3: the audit is append-only and free of TFNs, whichever code path writes it.</summary>
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly PrivacyHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ATfnNeverLandsInTheAudit_ThroughTheWriter()
    {
        await _harness.Get<AuditWriter>().WriteAsync(PrivacyHarness.Aroha, "ChangeRequestDrafted", "Customer", "c1", default,
            afterJson: """{"Field":"Notes","NewValue":"TFN 123 456 782 from the phone call"}""");

        var stored = await StoredJsonAsync();

        Assert.DoesNotContain("123 456 782", stored, StringComparison.Ordinal);
        Assert.Contains(TfnRedactor.Placeholder, stored, StringComparison.Ordinal);
        Assert.Contains("from the phone call", stored, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATfnNeverLandsInTheAudit_WhenACommandAddsTheRowItself()
    {
        await using (var db = _harness.Db())
        {
            db.AuditEvents.Add(AuditEvents.By(PrivacyHarness.Aroha, "ChangeRequestDrafted", "Customer", "c1", _harness.Clock.GetUtcNow(),
                beforeJson: """{"TaxFileNumber":"12345678"}""", afterJson: """{"Reference":"123456782"}"""));
            await db.SaveChangesAsync();
        }

        await using var check = _harness.Db();
        var row = await check.AuditEvents.AsNoTracking().SingleAsync();
        Assert.DoesNotContain("12345678", row.BeforeJson!, StringComparison.Ordinal);
        Assert.DoesNotContain("123456782", row.AfterJson!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesToChangeAnAuditRow_AndKeepsItAsItWas()
    {
        await _harness.Get<PersonalDataViews>().RecordAsync(PrivacyHarness.Aroha, "Customer", "c1", "Call back", default);
        await using var db = _harness.Db();
        var row = await db.AuditEvents.SingleAsync();

        db.Entry(row).Property(a => a.UserName).CurrentValue = "Someone else";

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = _harness.Db();
        Assert.Equal("Aroha Ngata", (await check.AuditEvents.SingleAsync()).UserName);
    }

    [Fact]
    public async Task RefusesToDeleteAnAuditRow()
    {
        await _harness.Get<PersonalDataViews>().RecordAsync(PrivacyHarness.Aroha, "Customer", "c1", null, default);
        await using var db = _harness.Db();

        db.AuditEvents.Remove(await db.AuditEvents.SingleAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        await using var check = _harness.Db();
        Assert.Equal(1, await check.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task AViewKeepsItsPurpose()
    {
        await _harness.Get<PersonalDataViews>().RecordAsync(PrivacyHarness.Aroha, "Customer", "c1", "access-request", default);

        var row = await StoredJsonAsync();

        Assert.Equal("""{"Purpose":"access-request"}""", row);
    }

    private async Task<string> StoredJsonAsync()
    {
        await using var db = _harness.Db();
        return (await db.AuditEvents.AsNoTracking().SingleAsync()).AfterJson!;
    }
}

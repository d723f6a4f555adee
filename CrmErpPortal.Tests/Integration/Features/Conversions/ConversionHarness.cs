using System.Security.Claims;
using System.Text.Json.Nodes;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Sandbox.Storage;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>
/// The sandbox emulators with one customer in both systems (NZD, limit 10,000, nothing owed) and two stock items,
/// pulled into a real portal with the job server off; quotes are written into the CRM emulator and pulled in, and
/// every conversion goes through the real connectors.
/// </summary>
public sealed class ConversionHarness : IAsyncLifetime
{
    public const string Bolt = "1000-M10";
    public const string Pipe = "1100-20MM";
    public static readonly ClaimsPrincipal Aroha = User("aroha", "Aroha Ngata", Roles.SalesRep);
    public static readonly ClaimsPrincipal Liam = User("liam", "Liam Chen", Roles.DataSteward);
    public static readonly ClaimsPrincipal Mei = User("mei", "Mei Wong", Roles.CreditController);
    public static readonly ClaimsPrincipal Tom = User("tom", "Tom Ruru", Roles.CreditController);

    private readonly SandboxHost _sandbox = new();
    private int _quoteNumber;

    public Guid CrmAccountId { get; } = Guid.NewGuid();
    public Guid ErpCustomerId { get; } = Guid.NewGuid();
    public Guid CustomerId { get; private set; }
    public PortalAppFactory Portal { get; private set; } = default!;
    public RecordStore Crm => _sandbox.Systems.Crm.Store;
    public RecordStore Erp => _sandbox.Systems.Erp.Store;

    /// <summary>Set before <see cref="InitializeAsync"/> to shape the customer.</summary>
    public decimal CreditLimit { get; init; } = 10_000m;
    public string Blocked { get; init; } = " ";
    public string? BusinessNumber { get; init; } = "9429041535981";
    public bool InErp { get; init; } = true;
    public Dictionary<string, string> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await Crm.InsertAsync("accounts", CrmAccountId, SandboxRows.Account(CrmAccountId, "Kiwi Plumbing Ltd", "C10001", BusinessNumber));
        await Erp.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        if (InErp)
        {
            await Erp.InsertAsync("customers", ErpCustomerId, SandboxRows.Customer(ErpCustomerId, "C10001", "Kiwi Plumbing Limited", CreditLimit, blocked: Blocked, taxNumber: BusinessNumber));
        }

        foreach (var item in new[] { Item(Bolt, "Galvanised Hex Bolt M10 x 50 (Box 100)", 38.50m, 100m), Item(Pipe, "PVC Pressure Pipe 20 mm x 6 m", 12.30m, 5m) })
        {
            await Erp.InsertAsync("items", Guid.Parse(item["id"]!.GetValue<string>()), item);
        }
        Portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString())
            .With("Jobs:RunServer", "false");
        foreach (var (key, value) in Settings)
        {
            Portal.With(key, value);
        }

        _ = Portal.Server;
        await PullAsync();
        await using var db = Db();
        CustomerId = (await db.SourceLinks.SingleAsync(l => l.ExternalId == CrmAccountId.ToString())).CustomerId;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    public PortalDbContext Db() => Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public T Service<T>() where T : notnull => Portal.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task PullAsync()
    {
        using var scope = Portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>A quote (Won by default) written to the CRM and pulled in; returns (hub quote id, CRM quote id).</summary>
    public async Task<(Guid QuoteId, Guid CrmQuoteId)> AddQuoteAsync(
        IReadOnlyList<(string Product, decimal Quantity, decimal Price)> lines, int state = 2, string currency = "NZD", int validForDays = 20)
    {
        var id = Guid.NewGuid();
        var number = $"QUO-{++_quoteNumber + 5000:D5}-TEST";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await Crm.InsertAsync("quotes", id, new JsonObject
        {
            ["quoteid"] = id.ToString(),
            ["quotenumber"] = number,
            ["name"] = $"Kiwi Plumbing – {number}",
            ["_customerid_value"] = CrmAccountId.ToString(),
            ["_customerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"] = "account",
            ["currencycode"] = currency,
            ["totalamount"] = lines.Sum(l => l.Quantity * l.Price),
            ["effectivefrom"] = today.AddDays(-5).ToString("yyyy-MM-dd"),
            ["effectiveto"] = today.AddDays(validForDays).ToString("yyyy-MM-dd"),
            ["statecode"] = state,
            ["statuscode"] = state == 2 ? 4 : 2,
            ["createdon"] = DateTime.UtcNow.AddDays(-5).ToString("O"),
        });
        for (var n = 0; n < lines.Count; n++)
        {
            var lineId = Guid.NewGuid();
            await Crm.InsertAsync("quotedetails", lineId, new JsonObject
            {
                ["quotedetailid"] = lineId.ToString(),
                ["_quoteid_value"] = id.ToString(),
                ["productnumber"] = lines[n].Product,
                ["productdescription"] = lines[n].Product,
                ["quantity"] = lines[n].Quantity,
                ["priceperunit"] = lines[n].Price,
                ["extendedamount"] = lines[n].Quantity * lines[n].Price,
                ["lineitemnumber"] = n + 1,
            });
        }

        await PullAsync();
        await using var db = Db();
        return ((await db.Quotes.SingleAsync(q => q.CrmQuoteId == id.ToString())).Id, id);
    }

    public void CrmFaults(CrmErpPortal.Sandbox.Faults.FaultSettings settings) => _sandbox.Systems.Crm.Faults.Set(settings, DateTimeOffset.UtcNow);

    public void ErpFaults(CrmErpPortal.Sandbox.Faults.FaultSettings settings) => _sandbox.Systems.Erp.Faults.Set(settings, DateTimeOffset.UtcNow);

    public Task<ConvertQuoteResult> ConvertAsync(Guid quoteId, ClaimsPrincipal? user = null) =>
        Service<ConvertQuoteCommand>().ExecuteAsync(quoteId, user ?? Aroha, CancellationToken.None);

    public async Task<IReadOnlyList<StoredRecord>> ErpOrdersForAsync(Guid crmQuoteId) =>
        await Erp.FindByPropertyAsync("salesOrders", "externalDocumentNumber", crmQuoteId.ToString("N"));

    public async Task<IReadOnlyList<ConversionIssue>> OpenIssuesAsync(Guid quoteId)
    {
        await using var db = Db();
        return await db.ConversionIssues.AsNoTracking().Where(i => i.QuoteId == quoteId && i.Status == ConversionIssueStatus.Open).ToListAsync();
    }

    /// <summary>An override raised by Aroha for the quote and approved by Mei; returns the credit request id.</summary>
    public async Task<Guid> ApprovedOverrideAsync(Guid quoteId)
    {
        var raised = await Service<RaiseCreditRequestCommand>().ExecuteAsync(
            new RaiseCreditRequestInput(CustomerId, CreditRequestKind.Override, "Payment promised Friday", quoteId), Aroha, CancellationToken.None);
        Assert.True(raised.Saved, raised.Error);
        var decided = await Service<DecideCreditRequestCommand>().ApproveAsync(raised.CreditRequestId!.Value, "One-off", Mei, CancellationToken.None);
        Assert.True(decided.Succeeded, decided.Error);
        return raised.CreditRequestId.Value;
    }

    /// <summary>An open invoice of <paramref name="amount"/> (the customer's balance in the ERP).</summary>
    public Task OweAsync(decimal amount)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var id = Guid.NewGuid();
        return Erp.InsertAsync("salesInvoices", id, SandboxRows.Invoice(id, $"PS-INV{Random.Shared.Next(100000, 999999)}", ErpCustomerId, "C10001", amount, amount, today.AddDays(-10), today.AddDays(20)));
    }

    private static JsonObject Item(string number, string name, decimal price, decimal inventory) => new()
    {
        ["id"] = Guid.NewGuid().ToString(),
        ["number"] = number,
        ["displayName"] = name,
        ["type"] = "Inventory",
        ["blocked"] = false,
        ["baseUnitOfMeasureCode"] = "EA",
        ["unitPrice"] = price,
        ["priceIncludesTax"] = false,
        ["inventory"] = inventory,
    };

    private static ClaimsPrincipal User(string id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));
}

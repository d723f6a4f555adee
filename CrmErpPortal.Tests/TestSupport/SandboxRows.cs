using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>Rows written straight into the emulators' stores, in each system's wire shape (the sandbox storage convention).</summary>
public static class SandboxRows
{
    public static readonly Guid CompanyId = Guid.Parse("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

    public static JsonObject Account(Guid id, string name, string? accountNumber = null, string? businessNumber = null, string country = "New Zealand") => new()
    {
        ["accountid"] = id.ToString(),
        ["name"] = name,
        ["accountnumber"] = accountNumber,
        ["new_businessnumber"] = businessNumber,
        ["telephone1"] = "09 379 1234",
        ["emailaddress1"] = $"accounts@{name.Split(' ')[0].ToLowerInvariant()}.co.nz",
        ["address1_line1"] = "12 Smith Street",
        ["address1_city"] = "Auckland",
        ["address1_postalcode"] = "1010",
        ["address1_country"] = country,
        ["statecode"] = 0,
        ["statuscode"] = 1,
        ["createdon"] = "2025-01-01T00:00:00Z",
    };

    public static JsonObject Contact(Guid id, Guid accountId, string first, string last) => new()
    {
        ["contactid"] = id.ToString(),
        ["firstname"] = first,
        ["lastname"] = last,
        ["fullname"] = $"{first} {last}",
        ["jobtitle"] = "Accounts payable",
        ["emailaddress1"] = $"{first.ToLowerInvariant()}@example.co.nz",
        ["telephone1"] = "021 123 4567",
        ["_parentcustomerid_value"] = accountId.ToString(),
        ["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"] = "account",
        ["statecode"] = 0,
        ["createdon"] = "2025-01-01T00:00:00Z",
    };

    public static JsonObject Company() => new()
    {
        ["id"] = CompanyId.ToString(),
        ["name"] = "Tasman Trading Limited",
        ["displayName"] = "Tasman Trading Limited",
        ["businessProfileId"] = "",
        ["systemVersion"] = "26.0.0.0",
    };

    public static JsonObject Customer(Guid id, string number, string name, decimal creditLimit, string currency = "NZD", string blocked = " ", string? taxNumber = null) => new()
    {
        ["id"] = id.ToString(),
        ["number"] = number,
        ["displayName"] = name,
        ["type"] = "Company",
        ["addressLine1"] = "12 Smith St",
        ["addressLine2"] = "",
        ["city"] = "Auckland",
        ["state"] = "",
        ["country"] = "NZ",
        ["postalCode"] = "1010",
        ["phoneNumber"] = "+64 9 379 1234",
        ["email"] = "ap@example.co.nz",
        ["website"] = "",
        ["salespersonCode"] = "AN",
        ["creditLimit"] = creditLimit,
        ["taxLiable"] = true,
        ["taxRegistrationNumber"] = taxNumber ?? "",
        ["currencyCode"] = currency,
        ["paymentTermsId"] = "",
        ["blocked"] = blocked,
    };

    public static JsonObject Invoice(Guid id, string number, Guid customerId, string customerNumber, decimal total, decimal remaining, DateOnly invoiceDate, DateOnly dueDate, string status = "Open") => new()
    {
        ["id"] = id.ToString(),
        ["number"] = number,
        ["externalDocumentNumber"] = "",
        ["invoiceDate"] = invoiceDate.ToString("yyyy-MM-dd"),
        ["postingDate"] = invoiceDate.ToString("yyyy-MM-dd"),
        ["dueDate"] = dueDate.ToString("yyyy-MM-dd"),
        ["customerId"] = customerId.ToString(),
        ["customerNumber"] = customerNumber,
        ["customerName"] = "",
        ["currencyCode"] = "NZD",
        ["totalAmountExcludingTax"] = total / 1.15m,
        ["totalTaxAmount"] = total - total / 1.15m,
        ["totalAmountIncludingTax"] = total,
        ["remainingAmount"] = remaining,
        ["status"] = status,
    };

    public static JsonObject SalesOrder(Guid id, string number, Guid customerId, decimal total, string status = "Open", bool fullyShipped = false) => new()
    {
        ["id"] = id.ToString(),
        ["number"] = number,
        ["externalDocumentNumber"] = "",
        ["orderDate"] = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"),
        ["customerId"] = customerId.ToString(),
        ["currencyCode"] = "NZD",
        ["totalAmountIncludingTax"] = total,
        ["status"] = status,
        ["fullyShipped"] = fullyShipped,
    };

    public static async Task AddAsync(RecordStore store, string entitySet, params (Guid Id, JsonObject Body)[] rows)
    {
        foreach (var (id, body) in rows)
        {
            await store.InsertAsync(entitySet, id, body);
        }
    }
}

using System.Text.Json;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration.BusinessCentral;

/// <summary>Business Central API v2.0 JSON to the portal's ERP records.</summary>
public static class BusinessCentralMapping
{
    public static ErpCustomer ToCustomer(JsonElement row)
    {
        var financial = row.TryGetProperty("customerFinancialDetail", out var detail) && detail.ValueKind == JsonValueKind.Object
            ? detail
            : (JsonElement?)null;
        return new ErpCustomer(
            row.Id("id") ?? throw MissingKey("customer id"),
            row.Str("number") ?? string.Empty,
            row.Str("displayName") ?? string.Empty,
            NullIfBlank(row.Str("taxRegistrationNumber")),
            NullIfBlank(row.Str("phoneNumber")),
            NullIfBlank(row.Str("email")),
            new SourceAddress(row.Str("addressLine1"), row.Str("addressLine2"), row.Str("city"), row.Str("state"), row.Str("postalCode"), row.Str("country")),
            row.Str("currencyCode") is { Length: 3 } currency ? currency : "NZD",
            row.Dec("creditLimit") ?? 0m,
            financial?.Dec("balance") ?? row.Dec("balanceDue") ?? 0m,
            financial?.Dec("overdueAmount") ?? 0m,
            NullIfBlank(row.Str("paymentTermsId")),
            string.IsNullOrWhiteSpace(row.Str("blocked")) ? "None" : row.Str("blocked")!.Trim(),
            row.Str("@odata.etag") ?? string.Empty,
            row.Instant("lastModifiedDateTime") ?? DateTimeOffset.MinValue);
    }

    public static ErpAgedReceivable ToAgedReceivable(JsonElement row) => new(
        row.Id("customerId") ?? throw MissingKey("aged receivable customerId"),
        row.Str("currencyCode") is { Length: 3 } currency ? currency : "NZD",
        row.Dec("balanceDue") ?? 0m,
        row.Dec("currentAmount") ?? 0m,
        row.Dec("period1Amount") ?? 0m,
        row.Dec("period2Amount") ?? 0m,
        row.Dec("period3Amount") ?? 0m,
        row.Date("agedAsOfDate") ?? DateOnly.MinValue);

    public static ErpInvoice ToInvoice(JsonElement row) => new(
        row.Id("id") ?? throw MissingKey("invoice id"),
        row.Str("number") ?? string.Empty,
        row.Id("customerId") ?? Guid.Empty,
        row.Str("currencyCode") is { Length: 3 } currency ? currency : "NZD",
        row.Dec("totalAmountIncludingTax") ?? 0m,
        row.Dec("remainingAmount") ?? 0m,
        row.Date("invoiceDate"),
        row.Date("dueDate"),
        row.Str("status") ?? string.Empty,
        row.Instant("lastModifiedDateTime") ?? DateTimeOffset.MinValue);

    public static ErpSalesOrder ToSalesOrder(JsonElement row) => new(
        row.Id("id") ?? throw MissingKey("sales order id"),
        row.Str("number") ?? string.Empty,
        row.Id("customerId") ?? Guid.Empty,
        NullIfBlank(row.Str("externalDocumentNumber")),
        row.Str("currencyCode") is { Length: 3 } currency ? currency : "NZD",
        row.Dec("totalAmountIncludingTax") ?? 0m,
        row.Date("orderDate"),
        row.Str("status") ?? string.Empty,
        row.Bool("fullyShipped") ?? false,
        row.Instant("lastModifiedDateTime") ?? DateTimeOffset.MinValue);

    public static ErpSubscription ToSubscription(JsonElement row) => new(
        row.Str("subscriptionId") ?? throw MissingKey("subscriptionId"),
        row.Str("resource") ?? string.Empty,
        row.Str("notificationUrl") ?? string.Empty,
        row.Instant("expirationDateTime") ?? DateTimeOffset.MinValue,
        row.Str("@odata.etag") ?? "*");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static InvalidDataException MissingKey(string what) => new($"A Business Central row came without its {what}.");
}

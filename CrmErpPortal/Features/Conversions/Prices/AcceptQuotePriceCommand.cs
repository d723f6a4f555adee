using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Integration;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions.Prices;

/// <param name="LineNumbers">The lines to settle; null settles every line whose price differs.</param>
public sealed record AcceptQuotePriceInput(Guid QuoteId, PriceSide Side, IReadOnlyList<int>? LineNumbers = null);

public sealed record AcceptQuotePriceResult(int Accepted, string? Error, IReadOnlyList<Guid> OutboxMessageIds)
{
    public bool Succeeded => Error is null;

    public static AcceptQuotePriceResult Refused(string error) => new(0, error, []);
}

/// <summary>
/// "Accept the ERP price" / "Accept the CRM price" for a stuck quote's lines, from the queue. The decision is the
/// steward's or credit controller's own (their role is what the queue is for), recorded with both prices, who and
/// when, and audited in the same transaction; no second approver. Accepting the ERP price also writes an outbox
/// message that updates the CRM quote line (If-Match on the etag read now), sent like every other push; accepting the
/// CRM price lets exactly those lines, at exactly those prices, through this quote's price check.
/// </summary>
public sealed class AcceptQuotePriceCommand(
    IDbContextFactory<PortalDbContext> contexts, ICrmConnector crm, IErpConnector erp, IBackgroundJobClient jobs,
    IOptions<ConversionCheckOptions> options, TimeProvider clock)
{
    public static bool MayAccept(ClaimsPrincipal user) => Policies.RolesByPolicy[Policies.Conversions].Any(user.IsInRole);

    public async Task<AcceptQuotePriceResult> ExecuteAsync(AcceptQuotePriceInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!MayAccept(user))
        {
            return AcceptQuotePriceResult.Refused("Only data stewards and credit controllers working the queue can settle quote prices.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == input.QuoteId, cancellationToken);
        var customer = quote is null ? null : await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == quote.CustomerId, cancellationToken);
        if (quote is null || customer is null || !Guid.TryParse(quote.CrmQuoteId, out var crmQuoteId)
            || await crm.GetQuoteAsync(crmQuoteId, cancellationToken) is not { } detail)
        {
            return AcceptQuotePriceResult.Refused("This quote is no longer in the CRM.");
        }

        var numbers = detail.Lines.Select(l => l.ProductNumber).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var items = numbers.Count == 0 ? [] : await erp.ReadItemsAsync(numbers, cancellationToken);
        var sold = items.Where(i => !i.Blocked).GroupBy(i => i.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().UnitPrice, StringComparer.OrdinalIgnoreCase);
        var differing = detail.Lines
            .Where(l => l.ProductNumber is { } n && sold.TryGetValue(n, out var p) && ConversionChecks.PriceDiffers(l.UnitPrice, p, options.Value))
            .ToDictionary(l => l.LineNumber);
        if (input.LineNumbers?.FirstOrDefault(n => !differing.ContainsKey(n)) is { } settled && settled != 0)
        {
            return AcceptQuotePriceResult.Refused($"Line {settled} no longer differs from the ERP's price (or the ERP does not sell its item); reload the prices.");
        }

        var lines = input.LineNumbers is null ? [.. differing.Values] : input.LineNumbers.Distinct().Select(n => differing[n]).ToList();
        if (lines.Count == 0)
        {
            return AcceptQuotePriceResult.Refused("No line of this quote differs from the ERP's price any more: Retry converts it.");
        }

        var now = clock.GetUtcNow();
        var currency = detail.Quote.CurrencyCode ?? quote.CurrencyCode;
        var messages = new List<OutboxMessage>();
        var accepted = new List<QuotePriceAcceptance>();
        foreach (var line in lines)
        {
            var acceptance = new QuotePriceAcceptance
            {
                QuoteId = quote.Id, CrmQuoteId = quote.CrmQuoteId, LineNumber = line.LineNumber, ProductNumber = line.ProductNumber!, CrmQuoteLineId = line.Id?.ToString(),
                AcceptedSide = input.Side, CrmUnitPrice = line.UnitPrice, ErpUnitPrice = sold[line.ProductNumber!], CurrencyCode = currency,
                AcceptedBy = user.UserId(), AcceptedByName = user.DisplayName(), AcceptedAt = now,
            };
            if (input.Side == PriceSide.Erp)
            {
                var snapshot = line.Id is { } lineId ? await crm.ReadQuoteLineColumnsAsync(lineId, ["priceperunit", "ispriceoverridden"], cancellationToken) : null;
                if (snapshot is null)
                {
                    return AcceptQuotePriceResult.Refused($"Line {line.LineNumber} is no longer on the CRM quote; reload the prices.");
                }

                var message = PriceMessage(acceptance, customer, snapshot.Etag, now);
                acceptance.OutboxMessageId = message.Id;
                messages.Add(message);
            }

            accepted.Add(acceptance);
        }

        db.QuotePriceAcceptances.AddRange(accepted);
        db.OutboxMessages.AddRange(messages);
        db.AuditEvents.Add(AuditEvents.By(user, input.Side == PriceSide.Erp ? "QuoteErpPriceAccepted" : "QuoteCrmPriceAccepted", nameof(Quote), quote.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new
            {
                quote.CrmQuoteId,
                Side = input.Side.ToString(),
                CurrencyCode = currency,
                Lines = accepted.Select(a => new { a.LineNumber, a.ProductNumber, a.CrmUnitPrice, a.ErpUnitPrice, a.OutboxMessageId }),
            })));
        await db.SaveChangesAsync(cancellationToken);
        OutboxSendJob.Enqueue(jobs, messages.Select(m => m.Id));
        return new AcceptQuotePriceResult(accepted.Count, null, [.. messages.Select(m => m.Id)]);
    }

    private static OutboxMessage PriceMessage(QuotePriceAcceptance acceptance, Customer customer, string etag, DateTimeOffset now) => new()
    {
        TargetSystem = SourceSystem.Crm,
        ExternalId = acceptance.CrmQuoteLineId!,
        Operation = OutboxWriter.UpdateCrmQuoteLine,
        PayloadJson = new OutboxPayload(customer.Id, customer.CountryCode, etag,
            [new OutboxFieldChange(PushFieldMap.QuoteLineUnitPrice, Price(acceptance.CrmUnitPrice), Price(acceptance.ErpUnitPrice))]).ToJson(),
        IdempotencyKey = $"price:{acceptance.Id:N}",
        Status = OutboxStatus.Pending,
        NextAttemptAt = now,
        CreatedAt = now,
    };

    private static string Price(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
}

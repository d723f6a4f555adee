using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;
using CrmErpPortal.Integration.Http;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions;

public enum ConversionOutcome
{
    Converted,
    AlreadyConverted,
    Failed,
    NotAllowed,
    NotFound,
    Busy,
    Unavailable,
}

public sealed record ConvertQuoteResult(
    ConversionOutcome Outcome, string Message, string? ErpOrderNumber = null,
    IReadOnlyList<FailedCheck>? Failures = null, IReadOnlyList<StockShortfall>? Shortfalls = null, IReadOnlyList<string>? Warnings = null)
{
    public bool HasOrder => Outcome is ConversionOutcome.Converted or ConversionOutcome.AlreadyConverted;
}

/// <summary>
/// "Convert to order" (a rep on the 360 page, a steward's Retry, or the job that sees a CRM quote won): checks the quote
/// against live ERP figures and, if it passes, makes the ERP order and links it back to the CRM quote. Idempotent: the
/// ERP is asked for a document carrying the quote's id before anything is checked or created, and conversions of one
/// ERP customer run one at a time, so a retry, a duplicate event or a double click finds the order instead of making
/// a second, and two parts of a split order cannot both pass on the same exposure.
/// </summary>
public sealed class ConvertQuoteCommand(
    IDbContextFactory<PortalDbContext> contexts,
    ConversionFactsReader reader,
    ConversionRecorder recorder,
    Credit.CreditOverrides overrides,
    Prices.QuotePriceDecisions priceDecisions,
    ConversionLocks locks,
    IErpConnector erp,
    ICrmConnector crm,
    IOptions<ConversionCheckOptions> options,
    ILogger<ConvertQuoteCommand> logger)
{
    public static readonly ClaimsPrincipal System = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "system:conversions"), new Claim(ClaimTypes.Name, "Portal (automatic conversion)")], "System"));

    public static bool MayConvert(ClaimsPrincipal user) =>
        user.IsInRole(Roles.SalesRep) || user.IsInRole(Roles.DataSteward) || user.IsInRole(Roles.CreditController) || user.IsInRole(Roles.Admin);

    public Task<ConvertQuoteResult> ExecuteAsync(Guid quoteId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MayConvert(user)
            ? RunAsync(quoteId, user, cancellationToken)
            : Task.FromResult(new ConvertQuoteResult(ConversionOutcome.NotAllowed, "Only sales reps, data stewards and credit controllers can convert quotes."));

    /// <summary>For jobs: the sync saw the quote won.</summary>
    public Task<ConvertQuoteResult> ExecuteAsSystemAsync(Guid quoteId, CancellationToken cancellationToken) => RunAsync(quoteId, System, cancellationToken);

    private async Task<ConvertQuoteResult> RunAsync(Guid quoteId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        Quote? quote;
        Customer? customer;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken);
            customer = quote is null ? null : await db.Customers.AsNoTracking().Include(c => c.SourceLinks).SingleOrDefaultAsync(c => c.Id == quote.CustomerId, cancellationToken);
        }

        if (quote is null || customer is null || !Guid.TryParse(quote.CrmQuoteId, out var crmQuoteId))
        {
            return new ConvertQuoteResult(ConversionOutcome.NotFound, "This quote is no longer in the portal; it may have been deleted in the CRM.");
        }

        var erpLink = customer.SourceLinks.FirstOrDefault(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId is null);
        Guid? erpCustomerId = Guid.TryParse(erpLink?.ExternalId, out var parsed) ? parsed : null;
        using var held = await locks.AcquireAsync(erpLink?.ExternalId ?? customer.Id.ToString(), cancellationToken);
        if (held is null)
        {
            return new ConvertQuoteResult(ConversionOutcome.Busy, "Another conversion for this customer is still running; try again in a minute.");
        }

        try
        {
            return await ConvertAsync(quote, customer, crmQuoteId, erpCustomerId, user, cancellationToken);
        }
        catch (Exception e) when (e is SourceUnavailableException or SourceRequestException or HttpRequestException)
        {
            logger.LogWarning(e, "Conversion of quote {QuoteId} stopped at a source system", quoteId);
            return new ConvertQuoteResult(ConversionOutcome.Unavailable, $"Nothing was converted: {e.Message} Try again when the system answers.");
        }
    }

    private async Task<ConvertQuoteResult> ConvertAsync(Quote quote, Customer customer, Guid crmQuoteId, Guid? erpCustomerId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var key = crmQuoteId.ToString("N");
        if (await FindErpDocumentAsync(key, cancellationToken) is { } existing)
        {
            await recorder.RecordOrderAsync(quote.Id, existing, null, null, foundExisting: true, user, cancellationToken);
            await LinkBackAsync(quote.Id, crmQuoteId, existing.Number, cancellationToken);
            return new ConvertQuoteResult(ConversionOutcome.AlreadyConverted, $"This quote is already in the ERP as {existing.Number}; no second order was made.", existing.Number);
        }

        var approved = await overrides.FindUsableAsync(quote.CrmQuoteId, cancellationToken);
        var accepted = await priceDecisions.LatestAsync(quote.Id, cancellationToken);
        var facts = await reader.ReadAsync(customer, crmQuoteId, erpCustomerId, approved?.Facts, cancellationToken, accepted);
        if (facts is null)
        {
            return new ConvertQuoteResult(ConversionOutcome.NotFound, "The CRM no longer has this quote.");
        }

        var result = ConversionChecks.Run(facts, options.Value);
        if (!result.Passed)
        {
            await recorder.RecordFailedAsync(quote.Id, facts, result, user, cancellationToken);
            return new ConvertQuoteResult(ConversionOutcome.Failed, string.Join(' ', result.Failures.Select(f => f.Message)), null, result.Failures, result.Shortfalls, result.Warnings);
        }

        Guid? overrideId = null;
        if (result.OverrideUsed)
        {
            // Reserved before the order is made, so no second order can ride on it; given back if no order came of it.
            if (!await overrides.ReserveAsync(approved!.Id, cancellationToken))
            {
                return new ConvertQuoteResult(ConversionOutcome.Busy, "The credit override for this quote was used a moment ago; reload to see its order.");
            }

            overrideId = approved.Id;
        }

        ErpOrderRef order;
        try
        {
            order = await CreateOrderAsync(key, erpCustomerId!.Value, facts, cancellationToken);
        }
        catch when (overrideId is { } reserved)
        {
            if (await FindErpDocumentAsync(key, CancellationToken.None) is null)
            {
                await overrides.ReleaseAsync(reserved, CancellationToken.None);
            }

            throw;
        }

        await recorder.RecordOrderAsync(quote.Id, order, result, overrideId, foundExisting: false, user, cancellationToken);
        await LinkBackAsync(quote.Id, crmQuoteId, order.Number, cancellationToken);
        var note = result.Shortfalls.Count == 0 ? string.Empty : $" {result.Shortfalls.Count} line(s) are short of stock.";
        return new ConvertQuoteResult(ConversionOutcome.Converted, $"ERP order {order.Number} was created.{note}", order.Number, [], result.Shortfalls, result.Warnings);
    }

    /// <summary>BC makeOrder when the quote was copied to the ERP (it carries the CRM id), else a new order with the quote's lines.</summary>
    private async Task<ErpOrderRef> CreateOrderAsync(string key, Guid erpCustomerId, ConversionFacts facts, CancellationToken cancellationToken)
    {
        if (await erp.FindQuoteByExternalDocumentNumberAsync(key, cancellationToken) is { } erpQuote)
        {
            return await erp.MakeOrderFromQuoteAsync(erpQuote.Id, key, cancellationToken)
                ?? throw new InvalidOperationException($"The ERP accepted makeOrder for quote {erpQuote.Number} but no order carries the quote's id.");
        }

        var items = facts.Items.GroupBy(i => i.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.OrdinalIgnoreCase);
        var lines = facts.Quote.Lines.Select(l => new ErpOrderLineDraft(items[l.ProductNumber!], l.Quantity, l.UnitPrice)).ToList();
        return await erp.CreateSalesOrderAsync(new ErpOrderDraft(erpCustomerId, key, facts.Quote.CurrencyCode, lines), cancellationToken);
    }

    private async Task<ErpOrderRef?> FindErpDocumentAsync(string key, CancellationToken cancellationToken) =>
        await erp.FindOrderByExternalDocumentNumberAsync(key, cancellationToken)
        ?? await erp.FindInvoiceByExternalDocumentNumberAsync(key, cancellationToken);

    /// <summary>The order stands whatever the CRM says; a failed link is left for the stuck-conversion job to retry.</summary>
    private async Task LinkBackAsync(Guid quoteId, Guid crmQuoteId, string orderNumber, CancellationToken cancellationToken)
    {
        try
        {
            var crmOrderId = await crm.LinkQuoteToErpOrderAsync(crmQuoteId, orderNumber, cancellationToken);
            await recorder.RecordLinkedAsync(quoteId, crmOrderId, cancellationToken);
        }
        catch (Exception e) when (e is SourceUnavailableException or SourceRequestException or HttpRequestException)
        {
            logger.LogWarning(e, "ERP order {OrderNumber} is made; linking it back to CRM quote {CrmQuoteId} failed and will be retried", orderNumber, crmQuoteId);
        }
    }
}

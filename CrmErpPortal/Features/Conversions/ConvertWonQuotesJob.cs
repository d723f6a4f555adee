using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions;

/// <summary>
/// The follow-up to every CRM pull, webhook-driven or scheduled: converts quotes the CRM marked won recently that have
/// no ERP order and were not tried since they last changed, and retries the CRM link of orders already made. Like the
/// duplicate scoring job it needs no hook in the sync code. Idempotent: the command finds an existing order first.
/// </summary>
public sealed class ConvertWonQuotesJob(
    IDbContextFactory<PortalDbContext> contexts, ConvertQuoteCommand convert, IOptions<ConversionCheckOptions> options, TimeProvider clock, ILogger<ConvertWonQuotesJob> logger)
{
    public const int BatchSize = 50;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        foreach (var quoteId in due)
        {
            var result = await convert.ExecuteAsSystemAsync(quoteId, cancellationToken);
            logger.LogInformation("Won quote {QuoteId}: {Outcome}", quoteId, result.Outcome);
        }

        return due.Count;
    }

    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow() - options.Value.AutoConvertWonWithin;
        var won = await db.Quotes.AsNoTracking()
            .Where(q => q.State == QuoteState.Won && q.ErpOrderNumber == null && q.WonAt != null && q.WonAt >= since)
            .GroupJoin(db.QuoteConversions, q => q.Id, c => c.QuoteId, (q, c) => new { q.Id, q.SourceModifiedAt, Conversions = c })
            .SelectMany(x => x.Conversions.DefaultIfEmpty(), (x, c) => new { x.Id, x.SourceModifiedAt, LastAttemptAt = (DateTimeOffset?)c!.LastAttemptAt })
            .Take(BatchSize * 4)
            .ToListAsync(cancellationToken);
        var relink = await db.QuoteConversions.AsNoTracking().Where(c => c.Status == QuoteConversionStatus.OrderCreated)
            .Select(c => c.QuoteId).Take(BatchSize).ToListAsync(cancellationToken);
        // A failed quote is tried again only after it changed in the CRM (a fix there) or a person presses Retry.
        return [.. won.Where(q => q.LastAttemptAt is null || q.SourceModifiedAt > q.LastAttemptAt).Select(q => q.Id).Concat(relink).Distinct().Take(BatchSize)];
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Rows of a set in store-version order, in chunks after a version: the whole set, or only what the filter can narrow to cheaply.</summary>
public delegate Task<IReadOnlyList<StoredRecord>> BcRowSource(long afterVersion, int take, CancellationToken cancellationToken);

public static partial class BcRowSources
{
    public static BcRowSource WholeSet(RecordStore store, string storeSet) =>
        (after, take, ct) => store.PageAsync(storeSet, after, take, includeDeleted: false, ct);

    /// <summary>
    /// A filter that is a plain conjunction containing <c>lastModifiedDateTime gt|ge T</c> can only match rows modified
    /// after T, so read those through the modified-time index (the polling pattern must not scan a million rows).
    /// The full predicate still runs on every row, so this only narrows.
    /// </summary>
    public static BcRowSource ForFilter(RecordStore store, string storeSet, string? filter)
    {
        if (filter is null || HasOrOrNot().IsMatch(filter) || ModifiedSince().Match(filter) is not { Success: true } match
            || !DateTimeOffset.TryParse(match.Groups["t"].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
        {
            return WholeSet(store, storeSet);
        }

        var after = match.Groups["op"].Value == "ge" ? since.AddMilliseconds(-1) : since;
        return (version, take, ct) => store.ModifiedSinceAsync(storeSet, after, version, take, ct);
    }

    public static BcRowSource Fixed(IReadOnlyList<StoredRecord> rows) =>
        (after, take, _) => Task.FromResult<IReadOnlyList<StoredRecord>>(rows.Where(r => r.Version > after).OrderBy(r => r.Version).Take(take).ToList());

    [GeneratedRegex(@"(^|[\s(])(or|not)[\s(]", RegexOptions.IgnoreCase)]
    private static partial Regex HasOrOrNot();

    [GeneratedRegex(@"(^|[\s(])lastModifiedDateTime\s+(?<op>gt|ge)\s+(?<t>[0-9][0-9:.TZ+\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ModifiedSince();
}

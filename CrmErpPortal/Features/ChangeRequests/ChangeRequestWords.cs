using CrmErpPortal.Data.Entities;
using MudBlazor;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>How a request's status, source, kind and targets read on screen; one place so every list says the same.</summary>
public static class ChangeRequestWords
{
    public static string Status(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Draft => "Draft (not yet submitted)",
        ChangeRequestStatus.Pending => "Waiting for approval",
        ChangeRequestStatus.Approved => "Approved, queued",
        ChangeRequestStatus.Rejected => "Rejected",
        ChangeRequestStatus.Pushing => "Pushing",
        ChangeRequestStatus.Done => "Done",
        ChangeRequestStatus.Failed => "Failed",
        _ => "Conflict: needs a decision",
    };

    public static Color StatusColor(ChangeRequestStatus status) => status switch
    {
        ChangeRequestStatus.Done => Color.Success,
        ChangeRequestStatus.Pending or ChangeRequestStatus.Approved or ChangeRequestStatus.Pushing => Color.Info,
        ChangeRequestStatus.Failed or ChangeRequestStatus.Rejected => Color.Error,
        ChangeRequestStatus.Conflicted => Color.Warning,
        _ => Color.Default,
    };

    public static string Source(ChangeSource source) => source switch
    {
        ChangeSource.Customer360 => "Customer page",
        ChangeSource.DataQuality => "Data quality",
        ChangeSource.DriftReport => "Drift report",
        _ => source.ToString(),
    };

    public static string Label(string fieldName) => fieldName switch
    {
        Sync.Push.OutboxWriter.ErpCustomerLinkField => "Link to ERP customer (number)",
        Sync.Push.OutboxWriter.ErpCustomerCreateField => "New ERP customer (number)",
        _ => ChangeableFields.Find(fieldName)?.Label ?? fieldName,
    };

    /// <summary>A request's kind (its set of fields) in words, e.g. "Credit limit + Payment terms".</summary>
    public static string Kind(IEnumerable<string> fieldNames) => string.Join(" + ", fieldNames.Distinct().Order(StringComparer.Ordinal).Select(Label));

    public static string Target(ChangeTarget target) => target switch
    {
        ChangeTarget.Crm => "CRM",
        ChangeTarget.Erp => "ERP",
        _ => "CRM + ERP",
    };

    public static string Value(string? value) => string.IsNullOrWhiteSpace(value) ? "—" : value;

    /// <summary>"3 h", "2 d": how long a request has waited.</summary>
    public static string Age(TimeSpan age) => age.TotalMinutes < 60
        ? $"{Math.Max(0, (int)age.TotalMinutes)} min"
        : age.TotalHours < 48 ? $"{(int)age.TotalHours} h" : $"{(int)age.TotalDays} d";
}

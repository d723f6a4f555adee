using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Home;

public sealed record HomeTile(string Title, int Count, string NextStep, string Icon, string? Href);

/// <summary>What each role is shown on its home page, given the counts; kept apart from the queries so the choice is testable.</summary>
public static class HomeTiles
{
    public static IReadOnlyList<HomeTile> For(IReadOnlyCollection<string> roles, WorkCounts c)
    {
        var tiles = new List<HomeTile>();
        if (roles.Contains(Roles.SalesRep))
        {
            tiles.Add(new("Your customers", c.CustomersOwnedByUser, "Search for a customer to see contacts, credit, invoices and orders in one place.", MudBlazor.Icons.Material.Filled.Business, "/customers"));
            tiles.Add(new("Your change requests in progress", c.ChangeRequestsByUserInProgress, "Requests you made that are waiting for approval or being pushed to the CRM and ERP.", MudBlazor.Icons.Material.Filled.PendingActions, "/my-requests"));
            tiles.Add(new("Your stuck conversions", c.ConversionIssuesOwnedByUser, "Won quotes of yours that could not become ERP orders yet.", MudBlazor.Icons.Material.Filled.ReportProblem, "/my-conversions"));
        }

        if (roles.Contains(Roles.DataSteward))
        {
            tiles.Add(new("Suspected duplicates", c.OpenDuplicatePairs, "Pairs of customers that may be the same business, highest score first.", MudBlazor.Icons.Material.Filled.ContentCopy, "/duplicates"));
            tiles.Add(new("Stuck conversions", c.OpenConversionIssues, "Won quotes that could not become ERP orders; each has its cause and fix.", MudBlazor.Icons.Material.Filled.ReportProblem, "/conversions"));
            tiles.Add(new("Changes awaiting a data steward", c.ApprovalsAwaitingSteward, "Change requests from others that need your four-eyes approval.", MudBlazor.Icons.Material.Filled.FactCheck, "/approvals"));
            tiles.Add(new("Push conflicts and dead letters", c.OutboxConflictsAndDeadLetters, "Changes the CRM or ERP refused or that changed meanwhile; they need a decision.", MudBlazor.Icons.Material.Filled.SyncProblem, "/sync/dead-letters"));
        }

        if (roles.Contains(Roles.CreditController))
        {
            tiles.Add(new("Changes awaiting a credit controller", c.ApprovalsAwaitingCredit, "Credit limits, payment terms and blocks others asked to change.", MudBlazor.Icons.Material.Filled.FactCheck, "/approvals"));
            tiles.Add(new("Conversions blocked by credit", c.CreditBlockedConversions, "Orders held because the customer is blocked, on hold or over the limit.", MudBlazor.Icons.Material.Filled.CreditCardOff, "/conversions"));
            tiles.Add(new("Customers over their credit limit", c.CustomersOverCreditLimit, "Balances above the ERP credit limit at the last sync.", MudBlazor.Icons.Material.Filled.TrendingUp, null));
        }

        if (roles.Contains(Roles.Leadership))
        {
            tiles.Add(new("Customers in the hub", c.Customers, "Golden records across the CRM and the ERP. The dashboard has the figures behind them.", MudBlazor.Icons.Material.Filled.Groups, "/dashboard"));
            tiles.Add(new("Linked in both systems", c.CustomersLinkedInBoth, "Customers known to both the CRM and the ERP.", MudBlazor.Icons.Material.Filled.Link, "/dashboard"));
        }

        if (roles.Contains(Roles.Admin))
        {
            tiles.Add(new("Failed sync runs (24 h)", c.FailedSyncRunsLastDay, "Pulls from the CRM or ERP that failed; the sync monitor explains each one.", MudBlazor.Icons.Material.Filled.SyncProblem, "/sync"));
            tiles.Add(new("Outbox messages waiting", c.OutboxWaiting, "Approved changes queued or retrying towards the CRM and ERP.", MudBlazor.Icons.Material.Filled.Outbox, "/sync"));
            tiles.Add(new("Failed background jobs", c.FailedBackgroundJobs, "Jobs that threw; the jobs dashboard has the detail and a retry button.", MudBlazor.Icons.Material.Filled.Schedule, "/hangfire"));
        }

        if (roles.Contains(Roles.PrivacyOfficer))
        {
            tiles.Add(new("Unusual viewing alerts", c.OpenViewingAlerts, "Users who opened unusually many customers in a short time; look into each and acknowledge it.", MudBlazor.Icons.Material.Filled.ManageSearch, "/privacy/views"));
        }

        return tiles.DistinctBy(t => t.Title).ToList();
    }
}

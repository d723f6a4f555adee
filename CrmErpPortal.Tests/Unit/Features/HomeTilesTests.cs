using CrmErpPortal.Features.Home;
using CrmErpPortal.Security;

namespace CrmErpPortal.Tests.Unit.Features;

public sealed class HomeTilesTests
{
    private static readonly WorkCounts Counts = new(
        Customers: 120, CustomersLinkedInBoth: 80, CustomersOwnedByUser: 7, ChangeRequestsByUserInProgress: 2,
        ConversionIssuesOwnedByUser: 1, OpenDuplicatePairs: 37, OpenConversionIssues: 6, ApprovalsAwaitingSteward: 4,
        ApprovalsAwaitingCredit: 3, CreditBlockedConversions: 2, CustomersOverCreditLimit: 5, OutboxWaiting: 9,
        OutboxConflictsAndDeadLetters: 4, FailedSyncRunsLastDay: 1, FailedBackgroundJobs: 0, OpenViewingAlerts: 2);

    [Fact]
    public void ShowsAPrivacyOfficerTheOpenViewingAlerts_AndAdminNot()
    {
        var officer = HomeTiles.For([Roles.PrivacyOfficer], Counts);
        var admin = HomeTiles.For([Roles.Admin], Counts);

        var tile = Assert.Single(officer);
        Assert.Equal(("Unusual viewing alerts", 2, "/privacy/views"), (tile.Title, tile.Count, tile.Href));
        Assert.DoesNotContain(admin, t => t.Title == "Unusual viewing alerts");
    }

    [Fact]
    public void ShowsAStewardTheirQueues_WithTheirCounts()
    {
        var tiles = HomeTiles.For([Roles.DataSteward], Counts);

        Assert.Equal(37, tiles.Single(t => t.Title == "Suspected duplicates").Count);
        Assert.Equal(6, tiles.Single(t => t.Title == "Stuck conversions").Count);
        Assert.DoesNotContain(tiles, t => t.Title == "Failed background jobs");
    }

    [Fact]
    public void ShowsASalesRepOnlyTheirOwnWork()
    {
        var tiles = HomeTiles.For([Roles.SalesRep], Counts);

        Assert.Equal(["Your customers", "Your change requests in progress", "Your stuck conversions"], tiles.Select(t => t.Title));
        Assert.Equal(7, tiles[0].Count);
    }

    [Fact]
    public void LinksOnlyToPagesThatExist()
    {
        var tiles = HomeTiles.For(Roles.All.ToList(), Counts);

        Assert.All(tiles.Where(t => t.Href is not null), t => Assert.Contains(t.Href, CrmErpPortal.Components.Layout.NavCatalog.Entries.Select(e => e.Href)));
    }

    [Fact]
    public void GivesAUserWithoutRolesNoTiles()
    {
        var tiles = HomeTiles.For([], Counts);

        Assert.Empty(tiles);
    }
}

using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>
/// The map's two plans for the claims of a box or radius (<see cref="PointPlan"/>): walking the claims by date and
/// gathering the box's claim places first must give the same page, whichever the store chooses.
/// </summary>
public abstract partial class LedgerStoreContractTests
{
    public static TheoryData<string> PointQueries => ["radius around Toretsk", "radius around Kramatorsk", "view over Chasiv Yar", "view over Kyiv"];

    [SkippableTheory]
    [MemberData(nameof(PointQueries))]
    public async Task ListClaimsAsync_BoxOrRadiusOverAllTime_BothPlansGiveTheSamePage(string name)
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(1, 40).Select(DailySummary)]);
        var query = PointQuery(name);
        var store = (LedgerStoreCore)Store;

        var byDate = await store.ListClaimsAsync(query, PointPlan.ByDate);
        var byPoints = await store.ListClaimsAsync(query, PointPlan.ByPoints);

        Assert.Equal(byDate.Select(claim => claim.Id), byPoints.Select(claim => claim.Id));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_BusyRadiusOverAllTime_ChosenPlanGivesTheFullPage()
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(1, 40).Select(DailySummary)]);
        var query = PointQuery("radius around Toretsk");
        var store = (LedgerStoreCore)Store;

        var chosen = await store.ListClaimsAsync(query);

        Assert.Equal(7, chosen.Count);
        Assert.Equal((await store.ListClaimsAsync(query, PointPlan.ByPoints)).Select(claim => claim.Id), chosen.Select(claim => claim.Id));
    }

    /// <summary>A page from the middle (offset and limit) of claims by point, over all time.</summary>
    private static ClaimQuery PointQuery(string name) => name switch
    {
        "radius around Toretsk" => new ClaimQuery { Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24, Offset = 3, Limit = 7 },
        "radius around Kramatorsk" => new ClaimQuery { Lat = Kramatorsk.Lat, Lon = Kramatorsk.Lon, RadiusKm = 5, Offset = 0, Limit = 7 },
        "view over Chasiv Yar" => new ClaimQuery { Box = new GeoBox(48.55, 48.62, 37.80, 37.95), Offset = 2, Limit = 7 },
        "view over Kyiv" => new ClaimQuery { Box = new GeoBox(50.3, 50.6, 30.3, 30.8), Limit = 7 },
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}

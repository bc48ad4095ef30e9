using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>The corroboration part of the contract: events, overrides, verdicts, the audit log, evidence.</summary>
public abstract partial class LedgerStoreContractTests
{
    private static AuditEntry Audit(string action, string target, string? before = null, string? after = null) =>
        new(0, IngestTime, "analyst", action, target, before, after);

    [SkippableFact]
    public async Task ReplaceEventsAsync_SecondGrouping_ReplacesTheFirst()
    {
        await Store.SaveAsync(Batch());
        var claims = (await Store.ListClaimsAsync(new ClaimQuery())).Select(c => c.Id).Order().ToArray();
        await Store.ReplaceEventsAsync([new StoredEvent(claims[0], ClaimKind.TerritorialControl, [claims[0], claims[1]], IngestTime, IngestTime, "{}")]);

        await Store.ReplaceEventsAsync(
        [
            new StoredEvent(claims[0], ClaimKind.TerritorialControl, [claims[0]], IngestTime, IngestTime, "{\"a\":1}"),
            new StoredEvent(claims[1], ClaimKind.Strike, [claims[1]], null, null, "{\"b\":2}"),
        ]);

        var events = await Store.ListEventsAsync();
        Assert.Equal([claims[0], claims[1]], events.Select(e => e.Id));
        Assert.Equal([claims[1]], (await Store.GetEventAsync(claims[1]))!.ClaimIds.ToArray());
        Assert.Equal("{\"b\":2}", events[1].Document);
    }


    [SkippableFact]
    public async Task FindEventsAsync_ExceptIds_LeavesOutTheEventsReadAlready()
    {
        await Store.SaveAsync(Batch());
        var claims = (await Store.ListClaimsAsync(new ClaimQuery())).Select(c => c.Id).Order().ToArray();
        await Store.ReplaceEventsAsync(
        [
            new StoredEvent(claims[0], ClaimKind.TerritorialControl, [claims[0]], IngestTime, IngestTime, "{}") { Keys = ["b|ground|toretsk", "a|toretsk"] },
            new StoredEvent(claims[1], ClaimKind.TerritorialControl, [claims[1]], IngestTime, IngestTime, "{}") { Keys = ["b|ground|toretsk"] },
            new StoredEvent(claims[2], ClaimKind.Strike, [claims[2]], IngestTime, IngestTime, "{}") { Keys = ["a|toretsk"] },
        ]);
        var byKeyClaimOrId = new EventSelection { Keys = ["b|ground|toretsk", "a|toretsk"], ClaimIds = [claims[1]], Ids = [claims[2]] };

        var all = await Store.FindEventsAsync(byKeyClaimOrId);
        var rest = await Store.FindEventsAsync(byKeyClaimOrId with { ExceptIds = [claims[0], claims[1]] });
        var none = await Store.FindEventsAsync(byKeyClaimOrId with { ExceptIds = claims });

        Assert.Equal([claims[0], claims[1], claims[2]], all.Select(e => e.Id));
        var left = Assert.Single(rest);
        Assert.Equal(claims[2], left.Id);
        Assert.Equal("a|toretsk", Assert.Single(left.Keys));
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task SaveVerdictAsync_WritesTheVerdictAndItsAuditLine()
    {
        var verdict = new Verdict(VerdictTarget.Event, 12, VerdictValue.Refuted, "analyst", IngestTime, "still outside on the map");

        await Store.SaveVerdictAsync(verdict, Audit("verdict", "event:12", null, "{\"value\":\"refuted\"}"));

        Assert.Equal(verdict, Assert.Single(await Store.ListVerdictsAsync()));
        var line = Assert.Single(await Store.ListAuditAsync("event:12"));
        Assert.Equal(("analyst", "verdict", "{\"value\":\"refuted\"}"), (line.By, line.Action, line.After));
    }

    [SkippableFact]
    public async Task SaveEventOverrideAsync_KeepsOverridesInOrder()
    {
        await Store.SaveEventOverrideAsync(new EventOverride(0, OverrideKind.Merge, [3, 5], "analyst", IngestTime, "same assault"), Audit("event.merge", "event:3"));
        await Store.SaveEventOverrideAsync(new EventOverride(0, OverrideKind.Split, [5], "analyst", IngestTime.AddMinutes(1)), Audit("event.split", "event:3"));

        var overrides = await Store.ListEventOverridesAsync();

        Assert.Equal([OverrideKind.Merge, OverrideKind.Split], overrides.Select(o => o.Kind));
        Assert.Equal([3L, 5L], overrides[0].ClaimIds.ToArray());
        Assert.Equal(2, (await Store.ListAuditAsync("event:3")).Count);
    }

    [SkippableFact]
    public async Task ControlMaps_SavedTwiceUnderOneName_AreStoredOnce()
    {
        var map = new ControlMap("deepstatemap_data_20240801.geojson", new DateOnly(2024, 8, 1), "{\"type\":\"FeatureCollection\",\"features\":[]}");

        await Store.SaveControlMapsAsync([map]);
        await Store.SaveControlMapsAsync([map]);

        Assert.Equal(map, Assert.Single(await Store.ListControlMapsAsync()));
    }

    [SkippableFact]
    public async Task OccupationEntries_ReimportedList_ReplacesItsRows()
    {
        var zalizne = new OccupationEntry("UA14020110020077205", "м. Залізне Торецької міської територіальної громади", new DateOnly(2025, 2, 3), null, "list.tsv");
        var kurdiumivka = new OccupationEntry("UA14020110030015949", "с-ще Курдюмівка Торецької міської територіальної громади", new DateOnly(2022, 12, 2), null, "list.tsv");

        await Store.SaveOccupationEntriesAsync("list.tsv", [zalizne, kurdiumivka]);
        await Store.SaveOccupationEntriesAsync("list.tsv", [zalizne]);

        Assert.Equal(zalizne, Assert.Single(await Store.ListOccupationEntriesAsync()));
    }
}

using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>Analysts' merges of sources.</summary>
public abstract partial class LedgerStoreContractTests
{
    [SkippableFact]
    public async Task SaveSourceMergeAsync_WritesTheMergeAndItsAuditLine()
    {
        var merge = new SourceMerge("donetsky_kurier", "vostochny_vestnik", "analyst", IngestTime, "same admins");

        await Store.SaveSourceMergeAsync(merge, Audit("source.merge", "source:vostochny_vestnik", null, "{\"from\":\"donetsky_kurier\"}"));

        Assert.Equal(merge, Assert.Single(await Store.ListSourceMergesAsync()));
        Assert.Equal("source.merge", Assert.Single(await Store.ListAuditAsync("source:vostochny_vestnik")).Action);
    }

    [SkippableFact]
    public async Task ListSourceMergesAsync_KeepsTheOrderMade()
    {
        await Store.SaveSourceMergeAsync(new SourceMerge("b", "a", "analyst", IngestTime, null), Audit("source.merge", "source:a"));
        await Store.SaveSourceMergeAsync(new SourceMerge("a", "c", "analyst", IngestTime.AddMinutes(1), null), Audit("source.merge", "source:c"));

        Assert.Equal(["b", "a"], (await Store.ListSourceMergesAsync()).Select(m => m.From));
    }

    [SkippableFact]
    public async Task ImportJournalAsync_SourceMerges_AreKeptUnderTheirIdsOnce()
    {
        var journal = JournalOf(
            new StoredSourceMerge(3, new SourceMerge("pravdaua", "ukrainska_pravda", "olena", IngestTime, "the outlet's Telegram channel")),
            new StoredSourceMerge(7, new SourceMerge("rossiya24", "vgtrk", "taras", IngestTime.AddDays(2), null)));

        var added = (await Store.ImportJournalAsync(journal), await Store.ImportJournalAsync(journal));

        Assert.Equal((2, 0), added);
        Assert.Equal<StoredSourceMerge>(journal.SourceMerges, (await Store.ExportJournalAsync()).SourceMerges);
    }

    [SkippableFact]
    public async Task ImportJournalAsync_MergeOfASourceMergedAlready_KeepsTheStoredMerge()
    {
        var stored = new SourceMerge("pravdaua", "ukrainska_pravda", "olena", IngestTime, null);
        await Store.SaveSourceMergeAsync(stored, Audit("source.merge", "source:ukrainska_pravda"));

        var added = await Store.ImportJournalAsync(JournalOf(new StoredSourceMerge(9, stored with { Into = "kyiv_independent", By = "taras" })));

        Assert.Equal(0, added);
        Assert.Equal(stored, Assert.Single(await Store.ListSourceMergesAsync()));
    }

    private static LedgerJournal JournalOf(params StoredSourceMerge[] merges) => new([], [], [.. merges], []);
}

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
}

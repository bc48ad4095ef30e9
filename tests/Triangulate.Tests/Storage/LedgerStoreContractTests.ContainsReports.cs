using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>The lookup that lets an ingest skip analysing reports it would not store: it agrees with what a save counts as a duplicate.</summary>
public abstract partial class LedgerStoreContractTests
{
    [SkippableFact]
    public async Task ContainsReportsAsync_AgreesWithWhatSavingCountsAsDuplicate()
    {
        var stored = GeneralStaffRepelledAttacks();
        await Store.SaveAsync([stored]);
        var candidates = new[]
        {
            stored,
            stored with { Report = stored.Report with { Url = null } },
            stored with { Report = stored.Report with { Publisher = "pravda.com.ua", Url = "http://pravda.com.ua/news/2024/07/01/7463021?utm_medium=rss" } },
            stored with { Report = stored.Report with { Publisher = "pravda.com.ua", Url = null } },
            WithAppendedText(stored, "Оновлено."),
            KramatorskStrike(),
        };

        var found = await Store.ContainsReportsAsync([.. candidates.Select(candidate => candidate.Report)]);
        var saved = await Store.SaveAsync(candidates);

        Assert.Equal([true, true, true, false, false, false], found);
        Assert.Equal(found, saved.Select(outcome => outcome.Status == SaveStatus.Duplicate));
    }

    [SkippableFact]
    public async Task ContainsReportsAsync_NoReports_FindsNothing()
    {
        Assert.Empty(await Store.ContainsReportsAsync([]));
    }
}

using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Tests.Places;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Pipeline;

/// <summary>The usual areas learned from what a ledger holds, as an ingest reads them before analysing.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class LedgerAreasTests(GazetteerFixture fixture)
{
    // Ten daily summaries of one press service, each naming Toretsk and Chasiv Yar: twenty mentions in Donetsk oblast.
    private static IReadOnlyList<Analysis> Summaries(string publisher) =>
        [.. Enumerable.Range(1, 10).Select(DailySummary).Select(a => a with { Report = a.Report with { Publisher = publisher } })];

    [Fact]
    public async Task LearnAsync_PublisherWithEnoughMentionsInOneOblast_LearnsIt()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        await store.SaveAsync(Summaries("Пресслужба ОСУВ «Хортиця»"));

        var learned = await LedgerAreas.LearnAsync(store, fixture.Gazetteer);

        Assert.Equal(GazetteerFixture.DonetskOblast, Assert.Single(learned.Of("Пресслужба ОСУВ «Хортиця»")!.Areas).AreaId);
    }

    [Fact]
    public async Task LearnAsync_ReportsWithoutAPublisher_LearnNothing()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        await store.SaveAsync(Summaries(ReportDraft.UnknownPublisher));

        var learned = await LedgerAreas.LearnAsync(store, fixture.Gazetteer);

        Assert.True(learned.IsEmpty);
    }
}

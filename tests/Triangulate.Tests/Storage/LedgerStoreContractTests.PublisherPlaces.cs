using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>The counts of each publisher's confident mentions per place, from which its usual areas are learned.</summary>
public abstract partial class LedgerStoreContractTests
{
    private static readonly Place DonetskOblast = new(
        "katottg:UA14000000000091971", "Donetsk Oblast", PlaceKind.AdminArea, 48.0, 37.8, "UA",
        [new PlaceName("Донецька область", "uk"), new PlaceName("Donetsk Oblast", "en")], [], Subtype: "oblast", RadiusKm: 140);

    private static readonly Place Druzhkivka = new(
        "osm:node/256613834", "Druzhkivka", PlaceKind.Settlement, 48.61986, 37.52495, "UA",
        [new PlaceName("Дружківка", "uk"), new PlaceName("Druzhkivka", "en")], ["katottg:UA14000000000091971"]);

    private async Task<PublisherPlaceCount[]> CountsAsync() => Ordered(await Store.CountPlaceMentionsByPublisherAsync());

    private static PublisherPlaceCount[] Ordered(IEnumerable<PublisherPlaceCount> counts) =>
        [.. counts.OrderBy(c => c.Publisher, StringComparer.Ordinal).ThenBy(c => c.PlaceId, StringComparer.Ordinal)];

    [SkippableFact]
    public async Task CountPlaceMentionsByPublisherAsync_StoredReports_CountsEachPublishersMentionsPerPlace()
    {
        await Store.SaveAsync([DailySummary(1), DailySummary(2), DailySummary(3), KramatorskStrike()]);

        Assert.Equal(
            [
                new PublisherPlaceCount("Reuters", Kramatorsk.Id, 1),
                new PublisherPlaceCount("Пресслужба ОСУВ «Хортиця»", ChasivYar.Id, 3),
                new PublisherPlaceCount("Пресслужба ОСУВ «Хортиця»", Toretsk.Id, 3),
            ],
            await CountsAsync());
    }

    [SkippableFact]
    public async Task CountPlaceMentionsByPublisherAsync_UnsureOrAreaMentions_AreLeftOut()
    {
        var strike = WithAppendedText(KramatorskStrike(), "The Donetsk Oblast governor said a drone also hit Druzhkivka.");
        var text = strike.Report.Text;
        var oblast = new PlaceMention(SpanOf(text, "Donetsk Oblast"), "Donetsk Oblast", DonetskOblast, 0.99, PlacePrecision.Region);
        var unsure = new PlaceMention(SpanOf(text, "Druzhkivka"), "Druzhkivka", Druzhkivka, 0.79);
        await Store.SaveAsync([strike with { Places = [.. strike.Places, oblast, unsure] }]);

        Assert.Equal([new PublisherPlaceCount("Reuters", Kramatorsk.Id, 1)], await CountsAsync());
    }

    [SkippableFact]
    public async Task CountPlaceMentionsByPublisherAsync_RevisedReport_CountsOnlyItsLatestRevision()
    {
        var original = RybarAdvanceSouthOfChasivYar();
        await Store.SaveAsync([original]);
        await Store.SaveAsync([WithAppendedText(original, "Информация уточняется.")]);

        Assert.Equal(
            [new PublisherPlaceCount("РИА Новости", ChasivYar.Id, 1), new PublisherPlaceCount("РИА Новости", Ivanivske.Id, 1)],
            await CountsAsync());
    }

    /// <summary>
    /// The property: however reports come — new, sent again, revised in a later batch or in the same one, their revisions
    /// naming fewer places or the same places with other confidence and precision — the count the store keeps after each
    /// batch is the count of the ledger's latest revisions, recounted from what it exports.
    /// </summary>
    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task CountPlaceMentionsByPublisherAsync_RandomBatchesRevisionsAndRepeats_EqualsACountOfTheLatestRevisions(int seed)
    {
        var random = new Random(seed);
        foreach (var batch in RandomBatches(random))
        {
            await Store.SaveAsync(batch);

            var records = await Store.ExportAsync(0, 10_000);
            Assert.Equal(Recount(records), await CountsAsync());
        }
        Assert.Contains(await Store.ExportAsync(0, 10_000), record => record.Report.PreviousRevisionId is not null);
    }

    /// <summary>A ledger copied into another page by page (a revision in a later page than the one it replaces) counts as its source does.</summary>
    [SkippableFact]
    public async Task CountPlaceMentionsByPublisherAsync_LedgerImportedInPages_CountsAsItsSource()
    {
        var random = new Random(4);
        foreach (var batch in RandomBatches(random))
        {
            await Store.SaveAsync(batch);
        }
        var records = await Store.ExportAsync(0, 10_000);
        await using var copy = await CreateOtherStoreAsync();

        foreach (var page in records.Chunk(3))
        {
            await copy.ImportAsync(page);
        }
        await copy.ImportAsync(records);

        var counts = await CountsAsync();
        Assert.Equal(Recount(records), counts);
        Assert.Equal(counts, Ordered(await copy.CountPlaceMentionsByPublisherAsync()));
    }

    /// <summary>A ledger written before the count was kept gets it built from its reports when opened, and later batches adjust it.</summary>
    [SkippableFact]
    public async Task MigrateAsync_LedgerBeforeTheKeptCount_BuildsItFromTheLatestRevisions()
    {
        var random = new Random(5);
        var batches = RandomBatches(random);
        foreach (var batch in batches.Take(4))
        {
            await Store.SaveAsync(batch);
        }
        var counts = await CountsAsync();
        await RunSqlAsync("DROP TABLE publisher_place_counts; DELETE FROM schema_version WHERE name = 'publisher_place_counts';");

        await using var reopened = await OpenSameLedgerAsync();
        var records = await reopened.ExportAsync(0, 10_000);

        Assert.Contains(records, record => record.Report.PreviousRevisionId is not null);
        Assert.Equal(Recount(records), counts);
        Assert.Equal(counts, Ordered(await reopened.CountPlaceMentionsByPublisherAsync()));
        foreach (var batch in batches.Skip(4))
        {
            await reopened.SaveAsync(batch);
        }
        Assert.Equal(Recount(await reopened.ExportAsync(0, 10_000)), Ordered(await reopened.CountPlaceMentionsByPublisherAsync()));
    }

    /// <summary>A kept count changed behind the store's back is named by the integrity check; the ledger it was counted from is sound.</summary>
    [SkippableFact]
    public async Task CheckIntegrityAsync_KeptCountDisagreeingWithTheMentions_NamesThePublisherAndPlace()
    {
        await Store.SaveAsync([KramatorskStrike()]);
        Assert.Empty(await Store.CheckIntegrityAsync());

        await RunSqlAsync("UPDATE publisher_place_counts SET mentions = mentions + 2");

        Assert.Equal([$"publisher_place_counts counts 3 mentions of {Kramatorsk.Id} by Reuters, its reports 1"], await Store.CheckIntegrityAsync());
    }

    /// <summary>
    /// Ten batches of one to five analyses, each a report of the fixtures as it is (new, or sent again), or revised: its
    /// text extended under the same URL (a report without URL becomes another report) and its mentions varied — some
    /// dropped, confidence above or below <see cref="LearnedAreas.MinimumConfidence"/>, some told as an area.
    /// </summary>
    private static List<List<Analysis>> RandomBatches(Random random)
    {
        Analysis[] originals = [.. Batch(), .. Enumerable.Range(0, 6).Select(DailySummary)];
        var batches = new List<List<Analysis>>();
        for (var number = 0; number < 10; number++)
        {
            var batch = new List<Analysis>();
            for (var size = random.Next(1, 6); batch.Count < size;)
            {
                var original = originals[random.Next(originals.Length)];
                batch.Add(random.Next(2) == 0 ? original : WithVariedMentions(WithAppendedText(original, $"Оновлено {number}.{batch.Count}."), random));
            }
            batches.Add(batch);
        }
        return batches;
    }

    private static Analysis WithVariedMentions(Analysis analysis, Random random) =>
        analysis with
        {
            Places = [.. analysis.Places
                .Where(_ => random.Next(4) > 0)
                .Select(mention => mention with
                {
                    Confidence = random.Next(3) switch { 0 => 0.7, 1 => LearnedAreas.MinimumConfidence, _ => 0.95 },
                    Precision = random.Next(4) == 0 ? PlacePrecision.Region : mention.Precision,
                })],
        };

    /// <summary>The count recounted from an export: counted mentions of the reports no exported revision replaces.</summary>
    private static PublisherPlaceCount[] Recount(IReadOnlyList<ReportRecord> records)
    {
        var replaced = records.Select(record => record.Report.PreviousRevisionId).OfType<long>().ToHashSet();
        return Ordered(records
            .Where(record => !replaced.Contains(record.Report.Id))
            .SelectMany(record => record.Places
                .Where(mention => mention.Place is not null && mention.Confidence >= LearnedAreas.MinimumConfidence && mention.Precision != PlacePrecision.Region)
                .Select(mention => (record.Report.Publisher, PlaceId: mention.Place!.Id)))
            .GroupBy(key => key)
            .Select(group => new PublisherPlaceCount(group.Key.Publisher, group.Key.PlaceId, group.Count())));
    }
}

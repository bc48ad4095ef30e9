using Triangulate.Model;
using Triangulate.Places;
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

    private async Task<PublisherPlaceCount[]> CountsAsync() =>
        [.. (await Store.CountPlaceMentionsByPublisherAsync(LearnedAreas.MinimumConfidence))
            .OrderBy(c => c.Publisher, StringComparer.Ordinal).ThenBy(c => c.PlaceId, StringComparer.Ordinal)];

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
}

using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>A publisher's usual areas, learned from how many of its mentions lie in each oblast.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class LearnedAreasTests(GazetteerFixture fixture)
{
    private const string Channel = "Херсонський вісник";

    private const string KhersonOblast = "katottg:UA65000000000030969";
    private const string ZaporizhzhiaOblast = "katottg:UA23000000000064947";

    // Settlements of the bundled gazetteer, by oblast; Kyiv, a city of special status, lies in none.
    private const string Kherson = "osm:node/255466573";
    private const string Beryslav = "osm:node/337686273";
    private const string NovaKakhovka = "osm:node/337687341";
    private const string Zaporizhzhia = "osm:node/27122612";
    private const string Orikhiv = "osm:node/337674434";
    private const string Kupiansk = "osm:node/337548383";
    private const string Odesa = "osm:node/26150437";
    private const string Lviv = "osm:node/26150791";
    private const string Dnipro = "osm:node/337597818";
    private const string Sumy = "osm:node/265057614";
    private const string Kyiv = "osm:node/26150422";

    private static PublisherPlaceCount Count(string placeId, int mentions, string publisher = Channel) => new(publisher, placeId, mentions);

    private PublisherAreas? Learned(params PublisherPlaceCount[] counts) => LearnedAreas.Learn(counts, fixture.Gazetteer).Of(Channel);

    [Fact]
    public void Learn_ClearMajorityInOneOblast_LearnsThatOblastWithItsCounts()
    {
        var learned = Learned(Count(Kherson, 10), Count(Beryslav, 5), Count(NovaKakhovka, 3), Count(Zaporizhzhia, 2), Count(Kyiv, 3));

        Assert.Equal(23, learned!.Located);
        Assert.Equal([new AreaShare(KhersonOblast, 18)], learned.Areas.ToArray());
    }

    [Fact]
    public void Learn_TwoOblastsHoldingNearlyAll_LearnsBothLargestFirst()
    {
        var learned = Learned(Count(Kherson, 12), Count(Zaporizhzhia, 6), Count(Orikhiv, 4), Count(Kupiansk, 2));

        Assert.Equal([new AreaShare(KhersonOblast, 12), new AreaShare(ZaporizhzhiaOblast, 10)], learned!.Areas.ToArray());
    }

    [Fact]
    public void Learn_PublisherSpreadOverTheCountry_LearnsNone()
    {
        var learned = Learned(
            Count(Kherson, 6), Count(Zaporizhzhia, 5), Count(Kupiansk, 5), Count(Odesa, 5), Count(Lviv, 4), Count(Dnipro, 4), Count(Sumy, 4));

        Assert.Null(learned);
    }

    [Fact]
    public void Learn_FewerMentionsThanTheMinimum_LearnsNone()
    {
        var learned = Learned(Count(Kherson, 12), Count(Beryslav, 7));

        Assert.Null(learned);
    }

    [Fact]
    public void Learn_MentionsOfPlacesInNoOblast_CountAgainstTheAreas()
    {
        // Twelve of twenty-two in Kherson oblast is 55%: Kyiv's ten keep it below a majority.
        var learned = Learned(Count(Kherson, 12), Count(Kyiv, 10));

        Assert.Null(learned);
    }

    [Fact]
    public void Learn_PlacesTheGazetteerDoesNotKnow_AreLeftOut()
    {
        var learned = Learned(Count(Kherson, 20), Count("osm:node/1", 50));

        Assert.Equal(20, learned!.Located);
        Assert.Equal([new AreaShare(KhersonOblast, 20)], learned.Areas.ToArray());
    }

    [Fact]
    public void Learn_SeveralPublishers_LearnsEachFromItsOwnMentions()
    {
        var learned = LearnedAreas.Learn([Count(Kherson, 20), Count(Zaporizhzhia, 20, "Запорізькі новини")], fixture.Gazetteer);

        Assert.Equal(KhersonOblast, Assert.Single(learned.Of(Channel)!.Areas).AreaId);
        Assert.Equal(ZaporizhzhiaOblast, Assert.Single(learned.Of("Запорізькі новини")!.Areas).AreaId);
    }

    [Fact]
    public void Explain_LearnedArea_NamesTheAreaAndTheCountsBehindIt()
    {
        var learned = Learned(Count(Kherson, 18), Count(Kyiv, 5));

        Assert.Equal("Kherson Oblast (18 of 23 located mentions)", learned!.Explain(fixture.Gazetteer));
    }
}

using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary><see cref="PlaceFinder.Resolve"/> on Latin spellings of both forms, context in any form, and namesakes.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceResolveTests(GazetteerFixture fixture)
{
    private const string Krasnohorivka = "osm:node/256617191";
    private const string KostiantynivkaDonetsk = "osm:node/256613898";
    private const string KostiantynivkaSumy = "osm:node/337511116";

    [Theory]
    [InlineData("Krasnogorovka")]
    [InlineData("krasnohorivka")]
    [InlineData("Krasnohorivka village")]
    [InlineData("Krasnogorovka station")]
    public void Resolve_SpellingOfEitherForm_FindsKrasnohorivka(string name)
    {
        Assert.Equal(Krasnohorivka, fixture.Finder.Resolve(name)[0].Place.Id);
    }

    [Fact]
    public void Resolve_RussianOrdinal_MeetsTheUkrainianOne()
    {
        Assert.All(fixture.Finder.Resolve("Pavlovka Vtoraya"), c => Assert.Equal("Pavlivka Druha", c.Place.Name));
    }

    [Theory]
    [InlineData("Sumy Oblast")]
    [InlineData("sumy region")]
    [InlineData("Сумська обл.")]
    [InlineData("на Сумщині")]
    public void Resolve_OblastInAnyForm_PicksTheNamesakeInside(string context)
    {
        Assert.Equal(KostiantynivkaSumy, fixture.Finder.Resolve("Kostiantynivka", context)[0].Place.Id);
    }

    [Fact]
    public void Resolve_NoContext_PicksTheFrontLineTown()
    {
        Assert.Equal(KostiantynivkaDonetsk, fixture.Finder.Resolve("Konstantinovka")[0].Place.Id);
    }

    [Fact]
    public void Resolve_NamedArea_ExplainsThatItDecided()
    {
        var best = fixture.Finder.Resolve("Kostiantynivka", "Sumy Oblast")[0];
        Assert.EndsWith("by the area named", best.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DirectionAsContext_PicksTheNamesakeNearIt()
    {
        var best = fixture.Finder.Resolve("Kolodiazne", "in the Kupiansk direction")[0];
        Assert.Contains("Куп’янський район", best.Place.AdminPath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Maâk", "Maiak")]
    [InlineData("Zorja", "Zoria")]
    [InlineData("Xotinʹ", "Khotin")]
    [InlineData("Shìdne", "Skhidne")]
    [InlineData("Huliaypillia", "Huliaipole")]
    public void Resolve_RomanisationTheKeyOnceMissed_FindsThePlace(string spelling, string name)
    {
        Assert.Equal(name, fixture.Finder.Resolve(spelling)[0].Place.Name);
    }

    [Fact]
    public void Resolve_NameOfTwoWordsThatAPlaceAbroadSpellsSo_StillFindsTheVillagesByKey()
    {
        var best = fixture.Finder.Resolve("Zelenyy Hay", "Kharkiv Oblast")[0];
        Assert.Equal("Zelenyi Hai", best.Place.Name);
        Assert.StartsWith("Харківська область", best.Place.AdminPath, StringComparison.Ordinal);
    }

    // GeoNames lists Oleksiivka among the alternate names of Chystiakove (once so named), a town of 54 000.
    [Fact]
    public void Resolve_NameAPlaceBearsOnlyAsAnAlternate_YieldsToThePlacesThatBearItAsTheirOwn()
    {
        var candidates = fixture.Finder.Resolve("Oleksiivka");
        Assert.Equal("Oleksiivka", candidates[0].Place.Name);
        var chystiakove = Assert.Single(candidates, c => c.Place.Name == "Chystiakove");
        Assert.Contains("another place's own", chystiakove.Explanation, StringComparison.Ordinal);
    }

    // Novokostiantynivka by Sumy lay near the front line for 15 months; its namesake in Zaporizhzhia Oblast, a larger
    // village in a front-line oblast, never did.
    [Fact]
    public void Resolve_NoContext_AVillageNearTheFrontOutsideTheFrontLineOblastsCountsAsInTheFrontLineArea()
    {
        var best = fixture.Finder.Resolve("Novokostiantynivka")[0];
        Assert.StartsWith("Сумська область", best.Place.AdminPath, StringComparison.Ordinal);
        Assert.Contains("near the front on the maps", best.Explanation, StringComparison.Ordinal);
    }

    // Two Novotoretskes lie in Pokrovsk raion: one of 1 000 people by Shakhove, one of 100 by Hrodivka. In January 2025
    // the line ran by the smaller one only; undated, the larger one comes first.
    [Fact]
    public void Resolve_Dated_TheNamesakeNearTheFrontThatMonthOutranksALargerOne()
    {
        const string novotoretskeByHrodivka = "osm:node/256615849";

        var undated = fixture.Finder.Resolve("Novotoretske")[0];
        var dated = fixture.Finder.Resolve("Novotoretske", date: new DateOnly(2025, 1, 15))[0];

        Assert.NotEqual(novotoretskeByHrodivka, undated.Place.Id);
        Assert.Equal(novotoretskeByHrodivka, dated.Place.Id);
        Assert.EndsWith("by nearness to the front line", dated.Explanation, StringComparison.Ordinal);
    }

    // Donetsk Oblast has two Hnativkas of like size, both near the line in September 2025: the one in Pokrovsk raion
    // lay 5 km from the nearest settlement across it, the one in Kramatorsk raion 11 km. Dated, the one on the line is
    // meant, where before the order of ids chose.
    [Fact]
    public void Resolve_Dated_OfNamesakesBothNearTheFrontTheOneNearerTheLineComesFirst()
    {
        const string hnativkaInPokrovskRaion = "osm:node/256615879";

        var best = fixture.Finder.Resolve("Hnativka", "Donetsk Oblast", new DateOnly(2025, 9, 15))[0];

        Assert.Equal(hnativkaInPokrovskRaion, best.Place.Id);
        Assert.EndsWith("by nearness to the front line", best.Explanation, StringComparison.Ordinal);
    }

    // A report of December 2026 comes after the last map (2026-08): the months the line spent by each namesake
    // weigh as for an undated report, where before they weighed nothing.
    [Fact]
    public void Resolve_DatedAfterTheMaps_WeighsTheMonthsNearTheLineAsUndated()
    {
        var undated = fixture.Finder.Resolve("Novotoretske")[0];
        var later = fixture.Finder.Resolve("Novotoretske", date: new DateOnly(2026, 12, 7))[0];

        Assert.Equal(undated.Place.Id, later.Place.Id);
        Assert.Equal(undated.Score, later.Score);
        Assert.Contains("of the months mapped", later.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_LeadingAdjectiveInAnotherEnding_IsTheTown()
    {
        var mention = Assert.Single(fixture.Find("The occupants launched an air strike in the area of Chasovyi Yar."));
        Assert.Equal(("Chasovyi Yar", "Chasiv Yar"), (mention.Text, mention.Place?.Name));
    }

    // One Paraskoviivka lies by Bakhmut, 14 km from Chasiv Yar; the other within 20 km of Kurakhove, Heorhiivka and
    // Krasnohorivka.
    [Fact]
    public void Find_NamesakeAmongSeveralPlacesNamedNearby_OutranksOneBesideASingleOne()
    {
        var mentions = fixture.Find("An air strike hit Chasiv Yar. West of Kurakhove attacks were repelled near Paraskoviivka, Heorhiivka and Krasnohorivka.");
        var paraskoviivka = Assert.Single(mentions, m => m.Text == "Paraskoviivka");
        Assert.Equal("osm:node/256616829", paraskoviivka.Place?.Id);
    }

    [Theory]
    [InlineData("Geneva", "CH")]
    [InlineData("Istanbul", "TR")]
    [InlineData("Tiraspol", "MD")]
    [InlineData("Sudzha", "RU")]
    public void Resolve_PlaceAbroadThatReportsName_IsFound(string name, string country)
    {
        Assert.Equal(country, fixture.Finder.Resolve(name)[0].Place.CountryCode);
    }

    [Fact]
    public void Resolve_Country_IsACountry()
    {
        Assert.Equal(PlaceKind.Country, fixture.Finder.Resolve("Switzerland")[0].Place.Kind);
    }

    // Two villages are named Новодонецьке in Donetsk Oblast; GeoNames lists the ISO 9 spelling Novodonecʹke for the larger
    // one only, yet it spells the smaller one's name as well.
    [Fact]
    public void Resolve_RomanisationAttestedForOneNamesake_MatchesEveryPlaceOfThatNameAlike()
    {
        var namesakes = fixture.Finder.Resolve("Novodonecʹke", "Donetsk Oblast").Where(c => c.Place.Name == "Novodonetske").ToList();
        Assert.Equal(2, namesakes.Count);
        Assert.All(namesakes, c => Assert.Contains("spelled exactly so", c.Explanation, StringComparison.Ordinal));
        Assert.All(namesakes, c => Assert.DoesNotContain("former or derived", c.Explanation, StringComparison.Ordinal));
    }

    // ISO 9 writes Надія as Nadìâ; its letters fold to Nadia, an English word, which the marks show it is not.
    [Fact]
    public void Resolve_TransliterationWhoseMarksFoldToAnEnglishWord_FindsTheVillage()
    {
        var best = fixture.Finder.Resolve("Nadìâ", "Luhansk Oblast")[0];
        Assert.Equal("Nadiia", best.Place.Name);
        Assert.StartsWith("Луганська область", best.Place.AdminPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_EnglishWordWithAVillagesKey_IsNoPlace()
    {
        Assert.DoesNotContain(fixture.Find("Russian forces advanced near Toretsk."), m => m.Text == "Russian");
    }

    [Fact]
    public void Find_RussianFormInEnglishReport_IsTheUkrainianVillage()
    {
        var mention = Assert.Single(fixture.Find("The defence ministry said its troops liberated Kurdyumovka."));
        Assert.Equal("Kurdiumivka", mention.Place?.Name);
        Assert.Contains("Донецька", mention.Place?.AdminPath, StringComparison.Ordinal);
    }

    // Two villages named Stavky in Donetsk Oblast: by Horlivka, at the front in July 2024, and by Lyman, from February 2025.
    [Theory]
    [InlineData(2024, 7, "osm:node/256613754")]
    [InlineData(2025, 6, "osm:node/256613911")]
    public void Find_DateOfTheReport_PicksTheNamesakeAtTheFrontThatMonth(int year, int month, string stavky)
    {
        var mentions = fixture.Finder.Find(new Report(null, "test", null, new DateTimeOffset(year, month, 15, 0, 0, 0, TimeSpan.Zero), "en", null,
            "Russian assault groups attacked near Stavky.", new InputLocation("test.txt")));
        Assert.Equal(stavky, Assert.Single(mentions).Place?.Id);
    }
}

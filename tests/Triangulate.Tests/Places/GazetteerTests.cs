using Triangulate.Model;
using Triangulate.Places;
using static Triangulate.Tests.Places.GazetteerFixture;

namespace Triangulate.Tests.Places;

[Collection(GazetteerCollection.Name)]
public sealed class GazetteerTests(GazetteerFixture fixture)
{
    [Fact]
    public void ById_Oblast_HasAnEnglishPrimaryName()
    {
        Assert.Equal("Donetsk Oblast", fixture.Gazetteer.ById(DonetskOblast)?.Name);
    }

    [Fact]
    public void With_AliasOfKnownPlace_FindsThePlaceByIt()
    {
        var grown = fixture.Gazetteer.With([], [PlaceAlias.Of(Toretsk, "Дзержа", null, "analyst")]);

        Assert.Equal([Toretsk], grown.ByName("Дзержа").Select(p => p.Id));
        Assert.Empty(fixture.Gazetteer.ByName("Дзержа"));
    }

    [Fact]
    public void With_PlaceOfKnownId_ReplacesTheKnownOne()
    {
        var moved = fixture.Gazetteer.ById(NiuYork)! with { Lat = 48.33, Lon = 37.84 };

        var grown = fixture.Gazetteer.With([moved], []);

        Assert.Equal(48.33, grown.ById(NiuYork)?.Lat);
        Assert.Equal(fixture.Gazetteer.Places.Length, grown.Places.Length);
    }

    [Fact]
    public void With_AliasOfUnknownId_IsIgnored()
    {
        var grown = fixture.Gazetteer.With([], [new PlaceAlias("geonames:1", new PlaceName("Nowhereville", "en"))]);

        Assert.Empty(grown.ByName("Nowhereville"));
    }
}

using System.Text.Json;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

public sealed class PlaceJsonConverterTests
{
    private static readonly Place Pokrovsk = new(
        "osm:node/337509728", "Pokrovsk", PlaceKind.Settlement, 48.2825, 37.1758, "UA",
        [new PlaceName("Покровськ", "uk", Source: "osm"), new PlaceName("Красноармейск", "ru", ValidTo: new DateOnly(2016, 5, 12), Source: "osm")],
        ["katottg:UA14000000000091971"], "Донецька область / Покровський район", 60_000, "city");

    [Fact]
    public void Serialize_PlaceWrittenBefore_WritesWhatTheOptionsWithoutTheCacheWrite()
    {
        var plain = new JsonSerializerOptions(LedgerJson.Options);
        plain.Converters.Remove(plain.Converters.OfType<PlaceJsonConverter>().Single());
        var mention = new PlaceMention(new Span(10, 18), "Покровськ", Pokrovsk, 0.9, PlacePrecision.Exact);
        LedgerJson.Serialize(Pokrovsk);

        Assert.Equal(JsonSerializer.Serialize(mention, plain), LedgerJson.Serialize(mention));
    }

    [Fact]
    public void Deserialize_CachedPlace_RoundTripsItsNames()
    {
        LedgerJson.Serialize(Pokrovsk);

        var back = LedgerJson.Deserialize<Place>(LedgerJson.Serialize(Pokrovsk));

        Assert.Equal<PlaceName>(Pokrovsk.Names, back.Names);
    }
}

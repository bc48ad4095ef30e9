using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Tests.Places;

public sealed class GeoNamesDumpTests
{
    private const string Village = "704617\tKostyantynivka\tKostyantynivka\tKonstantinovka,Kostiantynivka,Константиновка,Костянтинівка,コスチャンティニフカ\t48.52777\t37.7069\tP\tPPL\tUA\t\t14\t\t\t\t67691\t\t199\tEurope/Kyiv\t2023-10-10";
    private const string Oblast = "709716\tDonetsk Oblast\tDonetsk Oblast\tДонецкая область\t48.0\t37.75\tA\tADM1\tUA\t\t14\t\t\t\t4100280\t\t163\tEurope/Kyiv\t2022-06-12";
    private const string Lake = "9990002\tStavok\tStavok\t\t48.7\t37.4\tH\tLK\tUA\t\t14\t\t\t\t0\t\t170\tEurope/Kyiv\t2024-01-15";
    private const string Abroad = "563708\tDzerzhinsk\tDzerzhinsk\tДзержинск\t56.24143\t43.45539\tP\tPPLA2\tRU\t\t51\t\t\t\t240762\t\t100\tEurope/Moscow\t2023-01-01";

    [Fact]
    public void KindOf_TellsAPlaceTableFromAlternateNames()
    {
        Assert.Equal(GeoNamesDump.FileKind.Places, GeoNamesDump.KindOf(Village));
        Assert.Equal(GeoNamesDump.FileKind.AlternateNames, GeoNamesDump.KindOf("1557211\t704617\tuk\tКостянтинівка\t1\t\t\t\t\t"));
        Assert.Equal(GeoNamesDump.FileKind.Unknown, GeoNamesDump.KindOf("name,lat,lon"));
    }

    [Fact]
    public void ReadPlaces_KeepsSettlementsAndAreasOnly()
    {
        var places = GeoNamesDump.ReadPlaces([Village, Oblast, Lake]).ToList();

        Assert.Equal([PlaceKind.Settlement, PlaceKind.AdminArea], places.Select(p => p.Kind));
    }

    [Fact]
    public void ReadPlaces_Country_DropsOtherCountries()
    {
        var places = GeoNamesDump.ReadPlaces([Village, Abroad], "UA").ToList();

        Assert.Equal(["geonames:704617"], places.Select(p => p.Id));
    }

    [Fact]
    public void ReadPlaces_KeepsLatinAndCyrillicNamesOnly()
    {
        var place = Assert.Single(GeoNamesDump.ReadPlaces([Village]));

        Assert.Contains(place.Names, n => n.Text == "Костянтинівка" && n.Language == "uk");
        Assert.DoesNotContain(place.Names, n => n.Text.StartsWith('コ'));
    }

    [Fact]
    public void ReadAlternateNames_KeepsWantedPlacesInReportLanguages()
    {
        string[] lines =
        [
            "1557211\t704617\tuk\tКостянтинівка\t1\t\t\t\t\t",
            "1557212\t704617\tde\tKonstantinowka\t\t\t\t\t\t",
            "1557213\t999999\tru\tГдето\t\t\t\t\t\t",
            "1557214\t704617\tru\tКонстантиновка\t\t\t\t1\t\t2016-05-19",
        ];

        var aliases = GeoNamesDump.ReadAlternateNames(lines, id => id == "geonames:704617").ToList();

        Assert.Equal(["Костянтинівка", "Константиновка"], aliases.Select(a => a.Name.Text));
        Assert.True(aliases[1].Name.IsFormer);
    }
}

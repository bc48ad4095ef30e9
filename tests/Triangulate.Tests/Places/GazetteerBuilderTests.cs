using Triangulate.Places.Build;

namespace Triangulate.Tests.Places;

/// <summary>How the builder files OpenStreetMap settlements under oblasts when OSM's region table fails it (Rivne Oblast).</summary>
public sealed class GazetteerBuilderTests : IDisposable
{
    private const string Rivne = "UA56000000000066151";
    private const string Volyn = "UA07000000000024379";

    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    // A codifier of two oblasts: Дубно only in Rivne's, Городище in both, as the real codifier has it.
    private Katottg Codifier()
    {
        var path = Path.Combine(folder.Path, "katottg.csv");
        File.WriteAllLines(path,
        [
            "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта",
            $"{Rivne};;;;;O;Рівненська",
            $"{Volyn};;;;;O;Волинська",
            $"{Rivne};UA56020000000011586;UA56020050000087443;UA56020050010012345;;M;Дубно",
            $"{Rivne};UA56020000000011586;UA56020050000087443;UA56020050020012345;;C;Городище",
            $"{Volyn};UA07080000000034745;UA07080170000013585;UA07080170030012345;;C;Городище",
            $"{Volyn};UA07080000000034745;UA07080170000013585;UA07080170040012345;;M;Луцьк",
        ]);
        return Katottg.Load(path);
    }

    [Fact]
    public void AssignMissingOblasts_RowsWithoutRegion_TakeTheOblastWhoseCodifierHoldsTheirName()
    {
        var lutsk = new OsmSettlement("osm:node/1", "city", "Lutsk", "Луцьк", 50.747, 25.325) { OblastCode = Volyn };
        // Dubno lies nearer to Lutsk than to any Rivne settlement OSM files; only the codifier knows it is Rivne's.
        var dubno = new OsmSettlement("osm:node/2", "town", "Dubno", "Дубно", 50.417, 25.735);
        var horodyshcheNearDubno = new OsmSettlement("osm:node/3", "village", "Horodyshche", "Городище", 50.45, 25.76);
        List<OsmSettlement> settlements = [lutsk, dubno, horodyshcheNearDubno];

        GazetteerBuilder.AssignMissingOblasts(settlements, new Grid<OsmSettlement>(settlements, s => (s.Lat, s.Lon)), Codifier());

        Assert.Equal(Rivne, dubno.OblastCode);
        Assert.Equal(Rivne, horodyshcheNearDubno.OblastCode);
        Assert.Equal(Volyn, lutsk.OblastCode);
    }

    [Fact]
    public void ParentIds_TownWhoseRowRepeatsItsOblastCodeAsRaionAndHromada_IsFiledUnderTheOblastOnce()
    {
        // The exclusion zone's towns, as the real codifier lists them: no raion or hromada, the oblast's code in their place.
        const string kyivOblast = "UA32000000000030281";
        const string chornobyl = "UA32000000020050699";
        var path = Path.Combine(folder.Path, "katottg-zone.csv");
        File.WriteAllLines(path,
        [
            "Перший рівень;Другий рівень;Третій рівень;Четвертий рівень;Додатковий рівень;Категорія об’єкта;Назва об’єкта",
            $"{kyivOblast};;;;;O;Київська",
            $"{kyivOblast};{kyivOblast};{kyivOblast};{chornobyl};;M;Чорнобиль",
        ]);

        Assert.Equal($"katottg:{kyivOblast}", Assert.Single(Katottg.Load(path).ParentIds(chornobyl)));
    }

    [Fact]
    public void AssignMissingOblasts_NameTheCodifierLacks_TakesTheNearestPlacedSettlementsOblast()
    {
        var lutsk = new OsmSettlement("osm:node/1", "city", "Lutsk", "Луцьк", 50.747, 25.325) { OblastCode = Volyn };
        var hamlet = new OsmSettlement("osm:node/4", "hamlet", "Khutir", "Хутір Новий", 50.76, 25.34);
        List<OsmSettlement> settlements = [lutsk, hamlet];

        GazetteerBuilder.AssignMissingOblasts(settlements, new Grid<OsmSettlement>(settlements, s => (s.Lat, s.Lon)), Codifier());

        Assert.Equal(Volyn, hamlet.OblastCode);
    }

    [Theory]
    [InlineData("Kharkiv Oblast", "Харківська область", true)]
    [InlineData("Zaporizhia Oblast", "Запорізька область", true)]
    [InlineData("Resivne Oblast", "Рівненська область", false)]
    public void NamesAlike_RegionTableEnglishName_IsKeptOnlyWhenItBeginsAsTheUkrainian(string english, string ukrainian, bool alike)
    {
        Assert.Equal(alike, GazetteerBuilder.NamesAlike(english, ukrainian));
    }

    [Fact]
    public void CentreName_OblastWithAMisspeltName_IsNamedForTheCityItsAdjectiveNames()
    {
        var oblast = new KatottgUnit(Rivne, 'O', "Рівненська", Rivne, null, null);
        OsmSettlement[] members =
        [
            new("osm:node/5", "city", "Dubno", "Дубно", 50.417, 25.735),
            new("osm:node/6", "city", "Rivne", "Рівне", 50.619, 26.252),
            new("osm:node/7", "village", "Rivnenske", "Рівненське", 50.7, 26.3),
        ];

        Assert.Equal("Rivne", Katottg.CentreName(oblast, members));
    }

    [Theory]
    [InlineData("Нікополь", "Нікопольщина")]
    [InlineData("Бахмут", "Бахмутщина")]
    [InlineData("Краматорськ", "Краматорщина")]
    [InlineData("Суми", "Сумщина")]
    [InlineData("Синельникове", "Синельниківщина")]
    [InlineData("Донецьк", null)]
    public void RegionalName_RaionCentre_GivesTheLandAroundItsName(string town, string? regional)
    {
        Assert.Equal(regional, Katottg.RegionalName(town));
    }
}

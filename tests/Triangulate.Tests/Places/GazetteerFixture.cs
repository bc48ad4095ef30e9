using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>The shipped gazetteer, loaded once for all place tests, and helpers to run the finder on a text.</summary>
public sealed class GazetteerFixture
{
    public const string Toretsk = "osm:node/256613774";
    public const string ChasivYar = "osm:node/256613727";
    public const string IvanivskeNearChasivYar = "osm:node/256614663";
    public const string Bakhmut = "osm:node/256613679";
    public const string Pokrovsk = "osm:node/256613916";
    public const string Myrnohrad = "osm:node/256613817";
    public const string NiuYork = "osm:node/256613811";
    public const string Luhansk = "osm:node/253874196";
    public const string DonetskOblast = "katottg:UA14000000000091971";
    public const string LuhanskOblast = "katottg:UA44000000000018893";

    public GazetteerFixture()
    {
        Gazetteer = Gazetteer.LoadDefault();
        Finder = new PlaceFinder(Gazetteer);
    }

    public Gazetteer Gazetteer { get; }

    public PlaceFinder Finder { get; }

    public IReadOnlyList<PlaceMention> Find(string text, string language = "en") =>
        Finder.Find(new Report(null, "test", null, null, language, null, text, new InputLocation("test.txt")));

    public static string SeedText() =>
        File.ReadAllText(RepositoryPaths.Seed("000_dd5ccbe65ea12fac.txt"));
}

[CollectionDefinition(Name)]
public sealed class GazetteerCollection : ICollectionFixture<GazetteerFixture>
{
    public const string Name = "gazetteer";
}

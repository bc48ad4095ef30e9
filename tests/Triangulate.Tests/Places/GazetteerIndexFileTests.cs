using Triangulate.Places;

namespace Triangulate.Tests.Places;

[Collection(GazetteerCollection.Name)]
public sealed class GazetteerIndexFileTests(GazetteerFixture fixture)
{
    private static string ShippedGazetteer => Path.Combine(AppContext.BaseDirectory, Gazetteer.DefaultRelativePath);

    private static string Describe(GazetteerIndex index) => string.Join('\n',
        index.NamesByFirstStem.Concat(index.UkrainianNamesBySkeleton).Concat(index.NamesByLatinKey).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
            p.Key + ": " + string.Join("; ", p.Value.Select(n => $"{string.Join(' ', n.Stems)}/{n.LastNormal}/{n.PlaceIndex}/{n.Secondary}/{n.Alternate}"))));

    [Fact]
    public void TryRead_ShippedIndex_EqualsTheIndexBuiltFromTheNames()
    {
        var shipped = GazetteerIndexFile.TryRead(GazetteerIndexFile.PathFor(ShippedGazetteer), GazetteerIndexFile.Fingerprint(File.ReadAllBytes(ShippedGazetteer)));
        Assert.NotNull(shipped);
        Assert.Equal(Describe(Gazetteer.BuildIndex(fixture.Gazetteer.Places)), Describe(shipped));
    }

    [Fact]
    public void TryRead_IndexOfAnotherGazetteer_IsIgnored()
    {
        var index = GazetteerIndexFile.TryRead(GazetteerIndexFile.PathFor(ShippedGazetteer), GazetteerIndexFile.Fingerprint("another gazetteer"u8));
        Assert.Null(index);
    }

    [Fact]
    public void PathFor_GazetteerFile_IsTheIndexBesideIt()
    {
        Assert.Equal(Path.Combine("data", "gazetteer", "gazetteer.index.gz"), GazetteerIndexFile.PathFor(Path.Combine("data", "gazetteer", "gazetteer.tsv.gz")));
    }
}

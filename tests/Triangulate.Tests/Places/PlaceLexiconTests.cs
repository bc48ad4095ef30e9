using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>The place lexicon's data files (data/lexicon/places.*.json) and how it reads a grouping's quoted name.</summary>
public sealed class PlaceLexiconTests
{
    [Fact]
    public void Load_FileNotJson_NamesTheFile()
    {
        using var temp = new TempDirectory();
        temp.Write("places.en.json", "{ \"grouping_words\": [");

        var error = Assert.Throws<InvalidDataException>(() => PlaceLexicon.Load(temp.Path));

        Assert.Contains("places.en.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAGrouping_WordsFromTheLoadedFile_DecideIt()
    {
        using var temp = new TempDirectory();
        temp.Write("places.en.json", "{ \"grouping_words\": [\"battlegroup\"], \"grouping_acronyms\": [\"BG\"] }");
        var lexicon = PlaceLexicon.Load(temp.Path);
        const string text = "The battlegroup \"Dnipro\" and the bg \"Sever\" held Bakhmut.";

        Assert.True(lexicon.NamesAGrouping(text, text.IndexOf("Dnipro", StringComparison.Ordinal)));
        Assert.False(lexicon.NamesAGrouping(text, text.IndexOf("Sever", StringComparison.Ordinal)));
        Assert.False(lexicon.NamesAGrouping(text, text.IndexOf("Bakhmut", StringComparison.Ordinal)));
    }
}

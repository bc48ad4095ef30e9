using Triangulate.Places;

namespace Triangulate.Tests.Places;

public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Павлівка Друга", "Павловка Вторая")]
    [InlineData("Миколаївка", "Николаевка")]
    [InlineData("Катеринівка", "Екатериновка")]
    [InlineData("Трохимівка", "Трофимовка")]
    [InlineData("Новоолександрівка", "Новоалександровка")]
    [InlineData("Костянтинівка", "Константиновка")]
    public void RussianFromUkrainian_NamesOfOtherRootsOrOrdinals_TakeTheRussianWord(string ukrainian, string russian)
    {
        Assert.Equal(russian, Transliteration.RussianFromUkrainian(ukrainian));
    }

    [Theory]
    [InlineData("Костянтинопіль", "Константинополь")]
    [InlineData("Олександропіль", "Александрополь")]
    public void RussianFromUkrainian_GreekPolInIkavistForm_TakesPol(string ukrainian, string russian)
    {
        Assert.Equal(russian, Transliteration.RussianFromUkrainian(ukrainian));
    }

    [Fact]
    public void RussianFormsFromUkrainian_NeuterAdjectiveInOve_GivesBothRussianEndings()
    {
        Assert.Equal(["Кленово", "Кленовое"], Transliteration.RussianFormsFromUkrainian("Кленове"));
    }

    [Fact]
    public void Schemes_UkrainianName_WritesEachScheme()
    {
        var schemes = Transliteration.Schemes("Костянтинівка", "uk").ToDictionary(s => s.Scheme, s => s.Latin);
        Assert.Equal("Kostiantynivka", schemes["ua-2010"]);
        Assert.Equal("Kostyantynivka", schemes["bgn-pcgn-1965-uk"]);
        Assert.Equal("Kostântinìvka", schemes["iso9-uk"]);
        Assert.Equal("Kostjantynivka", schemes["scholarly-uk"]);
    }

    [Fact]
    public void Schemes_RussianName_WritesGostB()
    {
        var schemes = Transliteration.Schemes("Щербиновка", "ru").ToDictionary(s => s.Scheme, s => s.Latin);
        Assert.Equal("Shherbinovka", schemes["gost-7.79b-ru"]);
        Assert.Equal("Ŝerbinovka", schemes["iso9-ru"]);
    }
}

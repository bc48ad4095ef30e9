using Triangulate.Places;

namespace Triangulate.Tests.Places;

public sealed class LatinKeyTests
{
    [Theory]
    [InlineData("Krasnohorivka", "Krasnogorovka")]
    [InlineData("Kostiantynivka", "Kostyantynivka")]
    [InlineData("Vyshneve", "Vyshnyove")]
    [InlineData("Pryvokzalne", "Privokzalne")]
    [InlineData("Klenove", "Klenovoe")]
    [InlineData("Vesele", "Veselye")]
    [InlineData("Kurdiumivka", "Kurdyumovka")]
    [InlineData("Avdiivka", "Avdeyevka")]
    [InlineData("Kreminna", "Kremennaya")]
    [InlineData("Vovchansk", "Volchansk")]
    [InlineData("Vuhledar", "Ugledar")]
    [InlineData("Kharkiv", "Harkìv")]
    [InlineData("Marinka", "Mar'inka")]
    public void Of_TwoSpellingsOfOneName_ShareTheKey(string one, string other)
    {
        Assert.Equal(LatinKey.Of(one), LatinKey.Of(other));
    }

    [Fact]
    public void Of_PokrovskAndPokrovske_DifferByTheFinalVowel()
    {
        Assert.NotEqual(LatinKey.Of("Pokrovsk"), LatinKey.Of("Pokrovske"));
    }

    [Fact]
    public void Of_GostCz_IsTs()
    {
        Assert.Equal(LatinKey.Of("Novodonetskoe"), LatinKey.Of("Novodoneczkoe"));
    }

    [Fact]
    public void Of_ScholarlyX_IsKhOnlyWhenAskedFor()
    {
        Assert.Equal(LatinKey.Of("Kurakhivka"), LatinKey.Of("Kuraxivka", xIsKh: true));
        Assert.Equal(LatinKey.Of("Aleksandrovka"), LatinKey.Of("Alexandrovka"));
    }

    [Fact]
    public void Of_IsoSh_IsSKhOnlyWhenAskedFor()
    {
        Assert.Equal(LatinKey.Of("Skhidne"), LatinKey.Of("Shìdne", shIsSKh: true));
        Assert.NotEqual(LatinKey.Of("Skhidne"), LatinKey.Of("Shìdne"));
    }

    [Fact]
    public void Of_IsoShAsSKh_KeepsTheHacek()
    {
        Assert.Equal(LatinKey.Of("Shevchenka"), LatinKey.Of("Ševčenka", shIsSKh: true));
    }

    [Theory]
    [InlineData("Klishchiivka", "Kliščijivka")]
    [InlineData("Pishchane", "Piščane")]
    public void Of_ScholarlySc_IsShch(string national, string scholarly)
    {
        Assert.Equal(LatinKey.Of(national), LatinKey.Of(scholarly));
    }

    [Theory]
    [InlineData("Huliaipole", "Huliaypillia")]
    [InlineData("Krasnopillia", "Krasnopol'ye")]
    public void Of_DoubledL_IsOneL(string one, string other)
    {
        Assert.Equal(LatinKey.Of(one), LatinKey.Of(other));
    }

    [Theory]
    [InlineData("Maâk")]
    [InlineData("Majak")]
    [InlineData("Maiak")]
    [InlineData("Zorja")]
    public void Distinctive_TwoConsonantsOfAMarkedTransliteration_Is(string word)
    {
        Assert.True(LatinKey.Distinctive(LatinKey.Of(word), word));
    }

    [Theory]
    [InlineData("Make")]
    [InlineData("Mike")]
    public void Distinctive_TwoConsonantsOfAnUnmarkedWord_IsNot(string word)
    {
        Assert.False(LatinKey.Distinctive(LatinKey.Of(word), word));
    }

    [Theory]
    [InlineData("Chasiv")]
    [InlineData("Chasov")]
    [InlineData("Chasovyi")]
    [InlineData("Chasovoy")]
    public void Leading_AdjectiveInAnyEnding_IsOneKey(string word)
    {
        Assert.Equal(LatinKey.Of("Chasiv"), LatinKey.Leading(LatinKey.Of(word)));
    }

    [Fact]
    public void Of_WordWithCyrillicLetters_IsEmpty()
    {
        Assert.Equal("", LatinKey.Of("Торецьк"));
    }

    [Fact]
    public void Distinctive_TwoConsonants_IsNot()
    {
        Assert.False(LatinKey.Distinctive(LatinKey.Of("Kyiv")));
        Assert.True(LatinKey.Distinctive(LatinKey.Of("Toretsk")));
    }

    [Fact]
    public void OfName_UkrainianAndRussianCyrillic_MeetTheirLatinSpellings()
    {
        Assert.Equal(LatinKey.OfName("Chervonaya Polyana", "en"), LatinKey.OfName("Червона Поляна", "uk"));
        Assert.Equal(LatinKey.OfName("Pavlovka Vtoraya", "en"), LatinKey.OfName("Павловка Вторая", "ru"));
    }
}

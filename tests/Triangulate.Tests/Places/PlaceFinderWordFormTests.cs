using Triangulate.Places;
using static Triangulate.Tests.Places.GazetteerFixture;

namespace Triangulate.Tests.Places;

/// <summary>
/// Word shapes of real reports (the development split of data/real) that the finder read as the wrong place or as no
/// place: a town's genitive against a neuter adjectival village, acronyms, a first name in a list of villages, a maker's
/// designation after a town, a Latin name run into an English word.
/// </summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceFinderWordFormTests(GazetteerFixture fixture)
{
    private IReadOnlyList<string> Written(string text, string language) => [.. fixture.Find(text, language).Select(m => m.Text)];

    // real-0167 (Ukrainian air force): «з … простору Брянська» is the genitive of Брянськ, not the Crimean village Брянське.
    [Fact]
    public void Find_GenitiveOfTownInSk_IsNotNeuterAdjectivalVillage()
    {
        var mentions = fixture.Find("Ракету ворог запустив із повітряного простору Брянська та Курська.", "uk");
        Assert.DoesNotContain(mentions, m => m.Place?.Name is "Brianske" or "Kurskoe" or "Krasiuky");
    }

    [Fact]
    public void NotAFormOf_GenitiveOfTownInSk_RejectsOnlyNeuterAdjectivalNames()
    {
        Assert.True(PlaceText.NotAFormOf("брянська", "брянське"));
        Assert.True(PlaceText.NotAFormOf("курска", "курское"));
        Assert.False(PlaceText.NotAFormOf("курська", "курськ"));
        Assert.False(PlaceText.NotAFormOf("покровського", "покровське"));
    }

    // real-0420: ТЕС is a power plant (теплова електростанція), not the village Тесів.
    [Fact]
    public void Find_CyrillicAcronym_IsNotAVillageSharingItsStem()
    {
        Assert.Empty(Written("Вранці росіяни атакували одну з ТЕС ДТЕК.", "uk"));
    }

    [Fact]
    public void Find_CyrillicAcronymSpelledAsAName_StaysAPlace()
    {
        Assert.Contains("ДНР", Written("Российские войска наступают в ДНР.", "ru"));
    }

    // real-0212 (Kherson administration): Станіслав is a first name, and here a village in a list of villages.
    [Fact]
    public void Find_FirstNameListedAmongVillages_IsAVillage()
    {
        var written = Written("Під ворожим вогнем опинилися Зимівник, Білозерка, Антонівка, Станіслав, Берислав, Золота Балка.", "uk");
        Assert.Contains("Станіслав", written);
        Assert.Contains("Берислав", written);
    }

    [Fact]
    public void Find_FirstNameBeforeSurname_StaysAPerson()
    {
        Assert.DoesNotContain("Станіслав", Written("Про це повідомив Станіслав Прокудін, начальник ОВА.", "uk"));
    }

    // real-0392: a surname after a first name in the genitive (лейтенанта Юрія Коропа) is no village Коропи.
    [Fact]
    public void Find_SurnameAfterFirstNameInGenitive_IsNotAVillage()
    {
        Assert.DoesNotContain("Коропа", Written("З полону звільнили старшого лейтенанта Юрія Коропа.", "uk"));
    }

    // real-0102: «в Белгороде Ил-76» — Ил-76 is an aircraft, not the surname of a person named Belgorod.
    [Fact]
    public void Find_TownBeforeMakersDesignation_StaysAPlace()
    {
        var mention = Assert.Single(fixture.Find("На борту упавшего в Белгороде Ил-76 находились пленные.", "ru"));
        Assert.Equal("Belgorod", mention.Place?.Name);
    }

    // real-0390: «Донецкой Народной Республики» is a title; Республіка is also a village's name.
    [Fact]
    public void Find_RepublicInAStatesTitle_IsNotAVillage()
    {
        Assert.DoesNotContain("Республики", Written("Рассказано об успехах группировки Донецкой Народной Республики.", "ru"));
    }

    // real-0401: «Кроме того» opens a clause; Кромы is a town in Oryol oblast.
    [Fact]
    public void Find_WordKromeMidText_IsNotKromy()
    {
        Assert.DoesNotContain("Кроме", Written("Выход к морю «полностью заблокирован»; Кроме того, Конашенков рассказал об ударе.", "ru"));
    }

    // real-0308: "Novoye in the Zaporozhye Region" is Nove, not Novyy Uoyan by a key run into the word "in".
    [Fact]
    public void Find_LatinNameBeforeLowerCaseWord_DoesNotTakeTheWordIntoTheName()
    {
        var mentions = fixture.Find("Units liberated the settlements of Sladkoye and Novoye in the Zaporozhye Region.", "en");
        Assert.Contains(mentions, m => m.Text == "Novoye" && m.Place?.CountryCode == "UA");
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Novoye ", StringComparison.Ordinal));
    }

    // real-0359 (Ukrinform, Voloshyn): troops moved from the Kherson sector to the Orikhiv one; not the village Khersonske.
    [Fact]
    public void Find_SectorAdjectiveBeforeAnotherSector_NamesItsTown()
    {
        var mentions = fixture.Find("Ворог перекидає війська з Херсонського на Оріхівський напрямок.", "uk");
        Assert.Equal(["Kherson", "Orikhiv"], mentions.Select(m => m.Place?.Name));
    }

    // Objects fronted before the verb (real-0233, Dnipropetrovsk OVA; VIINA's Ukrainian and Russian rows).
    [Theory]
    [InlineData("Нікопольщину ворог знову атакував безпілотниками та артилерією.", "uk", "Nikopol Raion")]
    [InlineData("Херсонщину знову обстріляли росіяни.", "uk", "Kherson Oblast")]
    [InlineData("Авдіївку залишили українські війська.", "uk", "Avdiivka")]
    [InlineData("Авдеевку оставили украинские войска.", "ru", "Avdiivka")]
    public void Find_AccusativeOfFeminineNameOpeningTheSentence_IsThePlace(string text, string language, string place)
    {
        Assert.Contains(fixture.Find(text, language), m => m.Place?.Name == place);
    }
}

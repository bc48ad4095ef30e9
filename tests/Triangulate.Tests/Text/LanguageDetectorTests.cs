using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Окупанти обстріляли Херсон")]
    [InlineData("ЗСУ відбили атаку")]
    [InlineData("Ворог атакував Харків дронами")]
    [InlineData("Сили оборони знищили склад боєприпасів")]
    [InlineData("Вночі над Києвом працювала ППО")]
    [InlineData("Внаслідок удару загинули двоє людей")]
    [InlineData("Уламки ракети впали на житловий будинок")]
    [InlineData("Генштаб: ворог втратив ще 1200 окупантів")]
    [InlineData("У Запоріжжі пролунали вибухи")]
    [InlineData("Росія вдарила по енергетиці")]
    [InlineData("Загинуло 4 людини")]
    [InlineData("Удари по аеродрому Луцька")]
    [InlineData("Пошкоджено Одеський НПЗ та нафтосховище")]
    [InlineData("Ми з'ясовуємо деталі")]
    [InlineData("Обстріл тривав усю ніч")]
    public void Detect_ShortUkrainian_ReturnsUk(string text) => Assert.Equal("uk", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Оккупанты обстреляли Херсон")]
    [InlineData("ВСУ отбили атаку")]
    [InlineData("Враг атаковал Харьков дронами")]
    [InlineData("Силы обороны уничтожили склад боеприпасов")]
    [InlineData("Ночью над Киевом работала ПВО")]
    [InlineData("В результате удара погибли два человека")]
    [InlineData("Обломки ракеты упали на жилой дом")]
    [InlineData("Минобороны России сообщило об ударе")]
    [InlineData("В Запорожье прогремели взрывы")]
    [InlineData("Россия ударила по энергетике")]
    [InlineData("Пожар на нефтебазе в Макеевке")]
    [InlineData("В Ровенской области уничтожили нефтебазу")]
    [InlineData("Губернатор заявил о пострадавших")]
    [InlineData("Обстрел продолжался всю ночь")]
    [InlineData("Это не подтверждено")]
    public void Detect_ShortRussian_ReturnsRu(string text) => Assert.Equal("ru", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("Russian forces shelled Kherson overnight")]
    [InlineData("Ukraine says it repelled the attack")]
    [InlineData("Drones hit an oil depot in Bryansk Oblast")]
    [InlineData("Explosions heard in Melitopol, mayor says")]
    [InlineData("The General Staff reported 1,200 losses")]
    [InlineData("Air defense downed 30 of 35 drones")]
    [InlineData("Two killed as missile strikes Odesa")]
    [InlineData("Reuters could not verify the claim")]
    [InlineData("Power outages reported in Kharkiv after strike on substation")]
    [InlineData("Moscow says it took Avdiivka, Kyiv denies")]
    [InlineData("Shelling of Nikopol continued")]
    [InlineData("ISW: Russian advances near Pokrovsk")]
    public void Detect_ShortEnglish_ReturnsEn(string text) => Assert.Equal("en", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12:45 — 3/4 ✅ 🔥")]
    public void Detect_NoLetters_ReturnsUnd(string text) => Assert.Equal("und", LanguageDetector.Detect(text));

    [Fact]
    public void Detect_RussianTextWithEnglishLink_IgnoresLink()
    {
        Assert.Equal("ru", LanguageDetector.Detect("Пожар на нефтебазе. Источник: https://example.com/ru/photo_news/voyiska_rf_obstrelyali_neftebazu_v_chernigove"));
    }

    [Fact]
    public void Detect_UkrainianWithEnglishNames_StaysUkrainian()
    {
        Assert.Equal("uk", LanguageDetector.Detect("Ракети ATACMS уразили аеродром, повідомляє Defence Express"));
    }

    [Fact]
    public void Detect_ViinaSample_AgreesWithOutletLanguage()
    {
        // Labels come from the outlet and its URL's language section; the sample is mixed Ukrainian and Russian.
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", "Text", "viina-language-sample.tsv"))
            .Skip(1)
            .Select(line => line.Split('\t'))
            .ToList();

        var agreeing = rows.Count(row => LanguageDetector.Detect(row[2]) == row[0]);

        Assert.Equal(300, rows.Count);
        Assert.True(agreeing >= rows.Count * 0.95, $"{agreeing} of {rows.Count} agree");
    }
}

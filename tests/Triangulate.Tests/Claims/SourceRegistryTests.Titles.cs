using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>Offices named without their holder, resolved to whoever held them on the report's day.</summary>
public sealed partial class SourceRegistryTests
{
    [Theory]
    [InlineData("министр обороны России", "2023-06-01", "shoigu")]
    [InlineData("министр обороны России", "2025-03-01", "belousov")]
    [InlineData("министра обороны России", "2025-03-01", "belousov")]
    [InlineData("міністр оборони Росії", "2022-04-01", "shoigu")]
    [InlineData("Russia's defence minister", "2025-03-01", "belousov")]
    [InlineData("головнокомандувач ЗСУ", "2023-01-15", "zaluzhnyi")]
    [InlineData("головнокомандувача ЗСУ", "2024-06-01", "syrskyi")]
    [InlineData("губернатора Курской области", "2024-09-01", "smirnov_kursk")]
    [InlineData("губернатор Курской области", "2025-02-01", "khinshtein")]
    [InlineData("начальника ГУР", "2025-05-01", "budanov")]
    [InlineData("начальник ГУР", "2026-02-01", "ivashchenko")]
    public void HolderOf_TitleOnADay_IsWhoHeldTheOffice(string title, string day, string id) =>
        Assert.Equal(id, Registry.HolderOf(title, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))?.Id);

    [Fact]
    public void HolderOf_OfficeHeldByNobodyThatDay_IsNull() =>
        Assert.Null(Registry.HolderOf("министр обороны России", new DateOnly(2024, 5, 13)));

    [Fact]
    public void FindTitlesIn_TitleBeforeTheVerb_GivesSpanAndTheDaysHolder()
    {
        const string text = "Об этом заявил министр обороны России, выступая в Москве.";

        var match = Assert.Single(Registry.FindTitlesIn(text, new Span(0, text.Length)));

        Assert.Equal("министр обороны России", match.Written);
        Assert.Equal(("shoigu", "belousov"), (match.HolderOn(new DateOnly(2023, 1, 1))?.Id, match.HolderOn(new DateOnly(2024, 12, 1))?.Id));
    }

    [Fact]
    public void FromJson_TitlePeriodByYearAndMonth_CoversTheWholePeriod()
    {
        const string json = """
            [{ "id": "x", "name": "X", "kind": "official", "side": "UA", "gender": "m", "aliases": [],
               "titles": [{ "from": "2023-02", "to": "2024", "en": ["test governor"] }] }]
            """;

        var title = Assert.Single(SourceRegistry.FromJson(json).Find("x")!.Titles);

        Assert.Equal((new DateOnly(2023, 2, 1), new DateOnly(2024, 12, 31)), (title.From, title.To));
    }

    [Fact]
    public void FromJson_MalformedTitleDate_IsAnErrorNamingTheEntry() =>
        Assert.Contains("'x'", Assert.Throws<FormatException>(() => SourceRegistry.FromJson("""
            [{ "id": "x", "name": "X", "kind": "official", "side": "UA", "aliases": [], "titles": [{ "from": "spring 2023", "en": ["t"] }] }]
            """)).Message, StringComparison.Ordinal);

    [Fact]
    public void With_LedgerCopyOfABundledSource_KeepsItsTitles()
    {
        var shoigu = Registry.Find("shoigu")!;

        var grown = Registry.With([shoigu with { Aliases = shoigu.Aliases.Add("Шойгу С. К."), Titles = [] }], new Dictionary<string, string>());

        Assert.Equal("shoigu", grown.HolderOf("министр обороны России", new DateOnly(2023, 6, 1))?.Id);
    }
}

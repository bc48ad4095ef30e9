using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

public sealed partial class SourceRegistryTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.LoadDefault();

    [Theory]
    [InlineData("Кимаковского", "kimakovsky")]
    [InlineData("Кимаковский", "kimakovsky")]
    [InlineData("Kimakovsky", "kimakovsky")]
    [InlineData("Кімаковський", "kimakovsky")]
    [InlineData("Кимаковського", "kimakovsky")]
    [InlineData("Russia 24", "rossiya24")]
    [InlineData("России 24", "rossiya24")]
    [InlineData("Генштабу ЗСУ", "ua_general_staff")]
    [InlineData("Трегубова", "trehubov")]
    [InlineData("Sirskyi", "syrskyi")]
    [InlineData("Aleksey Smirnov", "smirnov_kursk")]
    public void Resolve_InflectedOrTransliteratedName_FindsCanonicalSource(string name, string id) =>
        Assert.Equal(id, Registry.Resolve(name)?.Id);

    [Fact]
    public void ResolvePublisher_OutletsHostName_FindsTheOutlet() =>
        Assert.Equal("ukrainska_pravda", Registry.ResolvePublisher("pravda.com.ua")?.Id);

    [Fact]
    public void FindIn_DefenceForcesInLocative_FindsTheDefenceForces()
    {
        const string text = "у Силах оборони це заперечують";

        Assert.Equal(["ua_defence_forces"], Registry.FindIn(text, new Span(0, text.Length)).Select(match => match.Source.Id));
    }

    [Fact]
    public void Resolve_UnknownName_ReturnsNull() =>
        Assert.Null(Registry.Resolve("Иван Петров"));

    [Fact]
    public void FindIn_TvChannelInQuotes_GivesSpanAndWrittenForm()
    {
        const string text = "Об этом в эфире телеканала «Россия 24» заявил Игорь Кимаковский.";

        var matches = Registry.FindIn(text, new Span(0, text.Length));

        Assert.Equal(["rossiya24", "kimakovsky"], matches.Select(match => match.Source.Id));
        Assert.Equal("Россия 24", matches[0].Written);
    }

    [Fact]
    public void FindIn_LongerNameWins_OverItsPart()
    {
        const string text = "Міноборони Росії заявило про удар.";

        var match = Assert.Single(Registry.FindIn(text, new Span(0, text.Length)));

        Assert.Equal("ru_mod", match.Source.Id);
    }

    [Fact]
    public void Load_Kimakovsky_HasRoleSideAndAffiliation()
    {
        var kimakovsky = Registry.Find("kimakovsky");

        Assert.Equal((SourceKind.Official, Side.RU), (kimakovsky?.Kind, kimakovsky?.Side));
        Assert.Equal(["dpr_administration"], kimakovsky?.AffiliatedWith);
    }

    private static readonly Source Vestnik = new("vestnik", "Vostochny Vestnik", SourceKind.MilbloggerChannel, Side.RU, ["Восточный вестник"]);

    private static readonly Source Kurier = new("kurier", "Donetsky Kurier", SourceKind.MilbloggerChannel, Side.RU, ["Донецкий курьер"], AffiliatedWith: ["dpr_administration"]);

    [Fact]
    public void With_AddedSource_IsResolvedByItsAliasInAnyCase() =>
        Assert.Equal("vestnik", Registry.With([Vestnik], new Dictionary<string, string>()).Resolve("Восточного вестника")?.Id);

    [Fact]
    public void With_Merge_ResolvesTheMergedNameToTheSurvivor() =>
        Assert.Equal("vestnik", Registry.With([Vestnik, Kurier], new Dictionary<string, string> { ["kurier"] = "vestnik" }).Resolve("Донецкого курьера")?.Id);

    [Fact]
    public void With_Merge_FindsTheSurvivorByTheMergedId() =>
        Assert.Equal("vestnik", Registry.With([Vestnik, Kurier], new Dictionary<string, string> { ["kurier"] = "vestnik" }).Find("kurier")?.Id);

    [Fact]
    public void With_Merge_SurvivorInheritsTheAffiliations() =>
        Assert.True(Registry.With([Vestnik, Kurier], new Dictionary<string, string> { ["kurier"] = "vestnik" }).IsAffiliated("vestnik", "dpr_administration"));

    [Fact]
    public void With_MergeCycle_MakesOneSourceUnderTheFirstId()
    {
        var registry = Registry.With([Vestnik, Kurier], new Dictionary<string, string> { ["kurier"] = "vestnik", ["vestnik"] = "kurier" });

        Assert.Equal(("kurier", "kurier"), (registry.Find("vestnik")?.Id, registry.Find("kurier")?.Id));
    }

    [Theory]
    [InlineData("Rybar", "rybar")]
    [InlineData("Восточный вестник", "vostochny_vestnik")]
    [InlineData("Two  Majors!", "two_majors")]
    public void IdFor_Name_GivesLowerCaseLatinWords(string name, string id) =>
        Assert.Equal(id, SourceRegistry.IdFor(name));

    [Theory]
    [InlineData("Укрінформ — Війна", "ukrinform")]
    [InlineData("Ukrinform", "ukrinform")]
    [InlineData("The Kyiv Independent – Frontline", "kyiv_independent")]
    public void ResolvePublisher_FeedTitle_FindsTheOutlet(string publisher, string id) =>
        Assert.Equal(id, Registry.ResolvePublisher(publisher)?.Id);

    [Fact]
    public void ResolvePublisher_UnknownOutletWithTitle_ReturnsNull() =>
        Assert.Null(Registry.ResolvePublisher("Donbas Herald — Front Line"));

    [Fact]
    public void OutletName_FeedTitle_KeepsThePartBeforeTheDash() =>
        Assert.Equal("Donbas Herald", SourceRegistry.OutletName("Donbas Herald — Front Line"));
}

using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Text;
using Xunit.Abstractions;

namespace Triangulate.Tests.Claims;

/// <summary>The bundled registry's data: its size, its ids and affiliations, its names, and the forms generated for them.</summary>
public sealed class SourceRegistryDataTests(ITestOutputHelper output)
{
    private static readonly SourceRegistry Registry = SourceRegistry.LoadDefault();

    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, SourceRegistry.DefaultDirectory);

    private static readonly NameForms Forms = NameForms.Parse(File.ReadAllText(Path.Combine(Directory, NameForms.FileName)), NameForms.FileName);

    /// <summary>The ids of the first registry, which tests and stored ledgers use.</summary>
    private static readonly string[] StoredIds =
    [
        "vgtrk", "rossiya24", "zvezda", "tass", "ria", "ru_mod", "ua_mod", "ua_general_staff", "rybar", "operation_z", "wargonzo", "dva_mayora",
        "deepstate", "isw", "ukrinform", "ukrainska_pravda", "suspilne", "kyiv_independent", "reuters", "ap", "meduza", "dpr_administration",
        "kimakovsky", "pushilin", "trehubov", "voloshyn", "kovalov", "konashenkov", "astafyev", "ua_defence_forces", "ua_armed_forces",
        "khortytsia", "ua_national_resistance_center", "ua_pow_coordination_hq", "united_news", "dobriak", "kherson_rma", "khinshtein",
        "ru_150th_division", "ua_93rd_brigade", "ua_5th_assault_brigade", "readovka", "trukha", "operatyvnyi_zsu", "militarnyi", "izvestia",
        "lenta", "gazeta_ru", "rbc", "bbc", "syrskyi", "gladkov", "fedorov_zaporizhzhia", "syniehubov", "filashkin", "lysak",
    ];

    [Fact]
    public void Load_Bundled_HoldsAtLeast450SourcesOfEveryKindOnEverySide()
    {
        foreach (var group in Registry.Sources.GroupBy(source => (source.Side, source.Kind)).OrderBy(group => group.Key))
        {
            output.WriteLine($"{group.Key.Side,-6} {group.Key.Kind,-18} {group.Count(),4}");
        }
        output.WriteLine($"total {Registry.Sources.Length}, people {Registry.Sources.Count(source => Registry.IsPerson(source.Id))}, with titles {Registry.Sources.Count(source => !source.Titles.IsEmpty)}");

        Assert.True(Registry.Sources.Length >= 450, $"{Registry.Sources.Length} sources");
        Assert.All(new[] { Side.RU, Side.UA, Side.Other }, side => Assert.True(Registry.Sources.Count(source => source.Side == side) >= 100, side.ToString()));
        // Platforms (Telegram, Facebook) are relays the speech lexicon names, not parties of the registry.
        Assert.All(Enum.GetValues<SourceKind>().Where(kind => kind is not (SourceKind.Unknown or SourceKind.Publisher or SourceKind.Platform)),
            kind => Assert.Contains(Registry.Sources, source => source.Kind == kind));
    }

    [Fact]
    public void Load_Bundled_EveryIdIsUnique() =>
        Assert.Equal(Registry.Sources.Length, Registry.Sources.Select(source => source.Id).Distinct().Count());

    [Fact]
    public void Load_Bundled_KeepsTheIdsStoredLedgersUse() =>
        Assert.All(StoredIds, id => Assert.Equal(id, Registry.Find(id)?.Id));

    [Fact]
    public void Load_Bundled_EveryAffiliationIsARegistryId() =>
        Assert.Empty(Registry.Sources.SelectMany(source => source.AffiliatedWith.Where(id => Registry.Find(id) is null).Select(id => $"{source.Id} → {id}")));

    [Fact]
    public void Load_Bundled_NoNameStandsForTwoSources()
    {
        var shared = Registry.Sources
            .SelectMany(source => source.Aliases.Prepend(source.Name).Select(alias => (Key: Key(alias), source.Id)))
            .GroupBy(pair => pair.Key)
            .Where(group => group.Select(pair => pair.Id).Distinct().Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(pair => pair.Id).Distinct())}");

        Assert.Empty(shared);
    }

    [Fact]
    public void Load_Bundled_EveryRussianOrUkrainianNameAndTitleHasItsGeneratedForms()
    {
        var names = Registry.Sources.SelectMany(source =>
            source.Aliases.Prepend(source.Name).Select(alias => (alias, Registry.IsPerson(source.Id) ? Gender(source.Id) : '-'))
                .Concat(source.Titles.Where(title => title.Language != "en").Select(title => (alias: title.Text, '-'))));
        var missing = names
            .Where(name => TextTokens.IsCyrillic(name.alias) && Forms.Of(name.alias, name.Item2) is not { } forms
                || (Forms.Of(name.alias, name.Item2) is { } known && known.Length != RegistryWords.Of(name.alias, new Span(0, name.alias.Length)).Length))
            .Select(name => name.alias)
            .Distinct();

        Assert.Empty(missing);
    }

    [Fact]
    public void Resolve_EveryNameOfAPersonAndEachOfItsForms_FindsThatPerson()
    {
        var wrong = new List<string>();
        foreach (var person in Registry.Sources.Where(source => Registry.IsPerson(source.Id)))
        {
            foreach (var alias in person.Aliases.Prepend(person.Name).Distinct())
            {
                var words = RegistryWords.Of(alias, new Span(0, alias.Length)).Select(token => token.Text).ToArray();
                var variants = new List<string> { alias };
                if (Forms.Of(alias, Gender(person.Id)) is { } forms && forms.Length == words.Length)
                {
                    for (var i = 0; i < words.Length; i++)
                    {
                        variants.AddRange(forms[i].Forms.Select(form => string.Join(' ', words.Select((word, j) => j == i ? Capitalised(form) : word))));
                    }
                }
                wrong.AddRange(variants.Where(variant => Registry.Resolve(variant)?.Id != person.Id).Select(variant => $"{variant} → {Registry.Resolve(variant)?.Id ?? "nothing"} (not {person.Id})"));
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Load_Bundled_NoPersonIsNamedByAGivenNameAlone()
    {
        var people = Registry.Sources.Where(source => Registry.IsPerson(source.Id)).ToList();
        var givenNames = people
            .SelectMany(person => person.Aliases.Prepend(person.Name))
            .Select(alias => RegistryWords.Of(alias, new Span(0, alias.Length)))
            .Where(words => words.Length >= 2)
            .Select(words => RegistryWords.Fold(words[0].Text))
            .ToHashSet();

        Assert.Empty(people.SelectMany(person => person.Aliases.Where(alias => !alias.Contains(' ', StringComparison.Ordinal) && givenNames.Contains(RegistryWords.Fold(alias)))));
    }

    [Fact]
    public void Load_Bundled_EveryTitlePeriodEndsAfterItStarts() =>
        Assert.Empty(Registry.Sources.SelectMany(source => source.Titles.Where(title => title.From > title.To).Select(title => $"{source.Id}: {title.Text}")));

    /// <summary>The gender each person's entry gives (the registry itself only says whether a source is a person).</summary>
    private static readonly Dictionary<string, char> Genders = System.IO.Directory.GetFiles(Directory, "*.json")
        .SelectMany(file => JsonDocument.Parse(File.ReadAllText(file)).RootElement.EnumerateArray().ToList())
        .Where(element => element.TryGetProperty("gender", out _))
        .ToDictionary(element => element.GetProperty("id").GetString()!, element => element.GetProperty("gender").GetString()![0]);

    private static char Gender(string id) => Genders[id];

    private static string Key(string alias) =>
        string.Join(' ', RegistryWords.Of(alias, new Span(0, alias.Length)).Select(token => RegistryWords.Fold(token.Text)));

    private static string Capitalised(string form) => char.ToUpperInvariant(form[0]) + form[1..];
}

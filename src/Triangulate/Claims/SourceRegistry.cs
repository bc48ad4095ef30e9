using System.Collections.Frozen;
using System.Globalization;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>A registry source found in a text: the source, the words as written and their span.</summary>
public sealed record SourceMatch(Source Source, Span Span, string Written)
{
    public SourceRef ToRef() => new(Source.Name, Source.Kind, Source.Side, Source.Role, Source.Id, Written, Span);
}

/// <summary>An office named in a text ("министра обороны России"): its span, the words as written, and who held it when.</summary>
public sealed record TitleMatch(Span Span, string Written, ImmutableArray<TitleHolder> Holders)
{
    /// <summary>Everyone who held the office on <paramref name="day"/>.</summary>
    public ImmutableArray<Source> HoldersOn(DateOnly day) =>
        [.. Holders.Where(holder => holder.Title.HeldOn(day)).Select(holder => holder.Source).DistinctBy(source => source.Id)];

    /// <summary>The one person who held the office on <paramref name="day"/>, or null when nobody or several did.</summary>
    public Source? HolderOn(DateOnly day) => HoldersOn(day) is [var only] ? only : null;
}

/// <summary>A source and one of its titles.</summary>
public sealed record TitleHolder(Source Source, SourceTitle Title);

/// <summary>
/// The known sources (outlets, channels, commands, officials) with their names in every language. Finds them in text
/// whatever the grammatical case ("Кимаковского", "телеканала «России 24»", "Міністерству оборони України") by the
/// forms a morphological resource made for each name (<see cref="NameForms"/>), and by a stem rule for names it
/// lacks; finds offices named without their holder ("министр обороны России") and who held them on a day.
/// Loaded once from data/sources (one JSON file per group of sources, plus forms.tsv), shared read-only.
/// </summary>
public sealed class SourceRegistry
{
    /// <summary>The folder of the bundled registry, relative to the application.</summary>
    public const string DefaultDirectory = "data/sources";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Every name and alias of every source.</summary>
    private readonly NameIndex<Source> _names;

    /// <summary>Every title of every source, a title's holders under its first spelling.</summary>
    private readonly NameIndex<ImmutableArray<TitleHolder>> _titles;

    private readonly NameForms _forms;

    /// <summary>The gender ('m' or 'f') of each source that is a person, by id.</summary>
    private readonly FrozenDictionary<string, char> _genders;

    private readonly FrozenDictionary<string, Source> _byId;

    private readonly FrozenSet<string> _subjectOnly;

    /// <summary>Ids of sources merged away, each with the id of the source that now speaks for it.</summary>
    private readonly FrozenDictionary<string, string> _mergedInto;

    /// <param name="subjectOnly">
    /// Ids of sources whose names also name the acting forces ("ЗСУ", "Ukraine's military"): they speak only as the
    /// subject of a saying word, never merely by being named in an attributed sentence.
    /// </param>
    public SourceRegistry(IEnumerable<Source> sources, IEnumerable<string>? subjectOnly = null)
        : this(sources, subjectOnly, FrozenDictionary<string, string>.Empty, NameForms.None, FrozenDictionary<string, char>.Empty)
    {
    }

    private SourceRegistry(
        IEnumerable<Source> sources,
        IEnumerable<string>? subjectOnly,
        FrozenDictionary<string, string> mergedInto,
        NameForms forms,
        FrozenDictionary<string, char> genders)
    {
        Sources = [.. sources];
        _subjectOnly = (subjectOnly ?? []).ToFrozenSet(StringComparer.Ordinal);
        _mergedInto = mergedInto;
        _forms = forms;
        _genders = genders;
        _names = new NameIndex<Source>(
            Sources.SelectMany(source => source.Aliases.Prepend(source.Name).Distinct(StringComparer.Ordinal)
                .Select(alias => (alias, _genders.GetValueOrDefault(source.Id, '-'), source))),
            forms);
        _titles = new NameIndex<ImmutableArray<TitleHolder>>(
            Sources.SelectMany(source => source.Titles.Select(title => new TitleHolder(source, title)))
                .GroupBy(holder => TitleKey(holder.Title.Text), StringComparer.Ordinal)
                .Select(group => (group.First().Title.Text, '-', group.ToImmutableArray())),
            forms);
        _byId = Sources.DistinctBy(source => source.Id).ToFrozenDictionary(source => source.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<Source> Sources { get; }

    /// <summary>A registry from one JSON array of entries, matched with <paramref name="forms"/> (none: by the stem rule).</summary>
    public static SourceRegistry FromJson(string json, NameForms? forms = null) => FromEntries(ReadEntries(json, "registry JSON"), forms ?? NameForms.None);

    /// <summary>
    /// The registry in <paramref name="directory"/>: every *.json file in it (a JSON array of entries each), in the
    /// ordinal order of their names, and the forms in forms.tsv when present. A malformed file is an error naming it.
    /// </summary>
    public static SourceRegistry Load(string directory)
    {
        var entries = Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => ReadEntries(File.ReadAllText(file), file));
        var formsFile = Path.Combine(directory, NameForms.FileName);
        var forms = File.Exists(formsFile) ? NameForms.Parse(File.ReadAllText(formsFile), formsFile) : NameForms.None;
        return FromEntries([.. entries], forms);
    }

    private static ImmutableArray<SourceEntry> ReadEntries(string json, string origin)
    {
        try
        {
            return JsonSerializer.Deserialize<ImmutableArray<SourceEntry>>(json, JsonOptions);
        }
        catch (JsonException error)
        {
            throw new FormatException($"{origin}: not a JSON array of registry entries ({error.Message})", error);
        }
    }

    private static SourceRegistry FromEntries(ImmutableArray<SourceEntry> entries, NameForms forms) =>
        new(
            entries.Select(entry => new Source(
                entry.Id, entry.Name, entry.Kind, ParseSide(entry.Side), entry.Aliases.IsDefault ? [] : entry.Aliases, entry.Role, entry.AffiliatedWith, entry.Areas,
                [.. (entry.Titles.IsDefault ? [] : entry.Titles).SelectMany(period => period.Expand(entry.Id))])),
            entries.Where(entry => entry.SubjectOnly).Select(entry => entry.Id),
            FrozenDictionary<string, string>.Empty,
            forms,
            entries.Where(entry => entry.Gender is not null)
                .DistinctBy(entry => entry.Id)
                .ToFrozenDictionary(entry => entry.Id, entry => ParseGender(entry.Id, entry.Gender!), StringComparer.Ordinal));

    /// <summary>Whether the source is a person (its entry gives a gender), whose names are declined as a person's.</summary>
    public bool IsPerson(string id) => _genders.ContainsKey(_mergedInto.GetValueOrDefault(id, id));

    /// <summary>Whether <paramref name="id"/> names a force as well as a speaker, so that it speaks only as a saying word's subject.</summary>
    public bool IsSubjectOnly(string id) => _subjectOnly.Contains(_mergedInto.GetValueOrDefault(id, id));

    /// <summary>Whether <paramref name="id"/> belongs to <paramref name="organisation"/>, directly or through the organisations it belongs to.</summary>
    public bool IsAffiliated(string id, string organisation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current) || Find(current) is not { } source)
            {
                continue;
            }
            if (source.AffiliatedWith.Contains(organisation))
            {
                return true;
            }
            foreach (var parent in source.AffiliatedWith)
            {
                pending.Push(parent);
            }
        }
        return false;
    }

    /// <summary>
    /// The other persons whose name ends in the same surname as <paramref name="person"/>'s ("Nazar Voloshyn" and
    /// "Vladyslav Voloshyn", "Dmytro Kuleba" and "Oleksii Kuleba"): a surname alone may mean any of them.
    /// </summary>
    public ImmutableArray<Source> Namesakes(Source person) =>
        BySurname.Value.TryGetValue(Surname(person.Name), out var sharing) ? [.. sharing.Where(other => other.Id != person.Id)] : [];

    private Lazy<FrozenDictionary<string, ImmutableArray<Source>>> BySurname => _surnames ??= new(() =>
        Sources.Where(source => IsPerson(source.Id)).DistinctBy(source => source.Id)
            .GroupBy(source => Surname(source.Name), StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.OrdinalIgnoreCase));

    private Lazy<FrozenDictionary<string, ImmutableArray<Source>>>? _surnames;

    /// <summary>The last word of a person's name as the registry writes it: the surname.</summary>
    internal static string Surname(string name) => name[(name.LastIndexOf(' ') + 1)..];

    /// <summary>The registry shipped beside the assembly (data/sources).</summary>
    public static SourceRegistry LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, DefaultDirectory));

    /// <summary>The ids that find <paramref name="id"/>: its own and those of the sources merged into it.</summary>
    public ImmutableArray<string> IdsOf(string id) =>
        [id, .. _mergedInto.Where(pair => pair.Value == id).Select(pair => pair.Key).Order(StringComparer.Ordinal)];

    /// <summary>A registry id made from a name: Latin letters and digits in lower case joined by underscores ("Rybar" → "rybar").</summary>
    public static string IdFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var latin = Places.Transliteration.UkrainianNational(Places.Transliteration.RussianPlain(name)).ToLowerInvariant();
        var kept = latin.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join('_', new string(kept).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The source with this id, or the source it was merged into.</summary>
    public Source? Find(string id)
    {
        var current = _mergedInto.GetValueOrDefault(id, id);
        return _byId.GetValueOrDefault(current);
    }

    /// <summary>
    /// This registry grown by a ledger's sources (replacing same-id entries) and analysts' merges: a merged source's
    /// names become names of the source it was merged into, and its id finds that source, so that claims stored before
    /// the merge resolve to one origin with those extracted after it.
    /// </summary>
    /// <param name="mergedInto">Merged source id → the id it was merged into; chains are followed, unknown targets ignored.</param>
    public SourceRegistry With(IReadOnlyList<Source> added, IReadOnlyDictionary<string, string> mergedInto)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(mergedInto);
        if (added.Count == 0 && mergedInto.Count == 0)
        {
            return this;
        }
        // A ledger's copy of a bundled source (an alias added by an analyst) keeps the bundled titles.
        var replacements = added.ToDictionary(
            source => source.Id,
            source => source.Titles.IsEmpty && Find(source.Id) is { } bundled && bundled.Id == source.Id ? source with { Titles = bundled.Titles } : source,
            StringComparer.Ordinal);
        // The bundled order is kept: it breaks ties between equally long names when finding sources in text.
        var ordered = Sources.Select(source => replacements.GetValueOrDefault(source.Id, source))
            .Concat(added.Where(source => !Sources.Any(known => known.Id == source.Id)))
            .ToList();
        var byId = ordered.ToDictionary(source => source.Id, StringComparer.Ordinal);
        string Survivor(string id)
        {
            var path = new List<string> { id };
            while (mergedInto.TryGetValue(path[^1], out var next) && byId.ContainsKey(next))
            {
                if (path.IndexOf(next) is var seen and >= 0)
                {
                    // A cycle of merges: its members are one source, under the first of their ids.
                    return path[seen..].Min(StringComparer.Ordinal)!;
                }
                path.Add(next);
            }
            return path[^1];
        }
        var survivorOf = byId.Keys.ToDictionary(id => id, Survivor, StringComparer.Ordinal);
        var merged = byId.Values.Where(source => survivorOf[source.Id] != source.Id).ToLookup(source => survivorOf[source.Id], StringComparer.Ordinal);
        var survivors = ordered
            .Where(source => survivorOf[source.Id] == source.Id)
            .Select(source =>
            {
                var absorbed = merged[source.Id].ToList();
                var aliases = (source.Aliases.IsDefault ? [] : source.Aliases)
                    .Concat(absorbed.SelectMany(m => (m.Aliases.IsDefault ? [] : m.Aliases).Prepend(m.Name)));
                return source with
                {
                    Aliases = [.. aliases.Distinct(StringComparer.Ordinal)],
                    AffiliatedWith = [.. source.AffiliatedWith.Concat(absorbed.SelectMany(m => m.AffiliatedWith))
                        .Select(id => survivorOf.GetValueOrDefault(id, id))
                        .Where(id => id != source.Id)
                        .Distinct(StringComparer.Ordinal)],
                };
            });
        var redirects = survivorOf.Where(pair => pair.Key != pair.Value).ToFrozenDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new SourceRegistry(survivors, _subjectOnly.Where(id => survivorOf.GetValueOrDefault(id, id) == id), redirects, _forms, _genders);
    }

    /// <summary>Every registry source named in <paramref name="text"/> within <paramref name="range"/>, longest names first, no overlaps.</summary>
    public ImmutableArray<SourceMatch> FindIn(string text, Span range) =>
        [.. _names.FindIn(text, range).Select(found => new SourceMatch(found.Value, found.Span, found.Written))];

    /// <summary>
    /// Resolves a whole name ("Кимаковского", "Russia 24") to its registry source: one of the source's names, else its
    /// words in another order, else the name less a closing bracketed qualifier; null when unknown.
    /// </summary>
    public Source? Resolve(string name) =>
        _names.TryResolve(name, out var source) || _names.TryResolveInAnyOrder(name, out source) ? source
        : WithoutQualifier(name) is { } bare ? Resolve(bare) : null;

    /// <summary>
    /// A name without the bracketed qualifier that closes it ("Skhid Group of Forces (Ukraine)"), which tells namesakes
    /// apart as an encyclopaedia does rather than being part of the name; null when it has none.
    /// </summary>
    private static string? WithoutQualifier(string name) =>
        name.TrimEnd() is var trimmed && trimmed.EndsWith(')') && trimmed.LastIndexOf('(') is > 0 and var open ? trimmed[..open].TrimEnd() : null;

    /// <summary>
    /// The one body of <paramref name="side"/> whose names hold <paramref name="bare"/> as whole words in any case form
    /// with at most two words around it: "defence ministry" is the Russian Defence Ministry for Russia's side, «Генштаб»
    /// Ukraine's General Staff for Ukraine's, «военного ведомства» Russia's defence ministry; null when none or several fit.
    /// </summary>
    public Source? SidedBody(string bare, Side side)
    {
        var words = TextTokens.Words(bare).Select(token => token.Text).ToArray();
        if (words.Length == 0 || side is not (Side.RU or Side.UA))
        {
            return null;
        }
        var folded = Array.ConvertAll(words, TextTokens.Fold);
        // Plain loops: this runs over every body for each unresolved speaker, where LINQ's allocations added up.
        Source? only = null;
        foreach (var (source, names) in BodyNames.Value)
        {
            if (source.Side == side && HoldsRunInAny(names, words, folded))
            {
                if (only is not null)
                {
                    return null;
                }
                only = source;
            }
        }
        return only;
    }

    private static bool HoldsRunInAny(NameWord[][] names, string[] run, string[] foldedRun)
    {
        foreach (var name in names)
        {
            if (HoldsRun(name, run, foldedRun))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of every name of every body (no person), split and prepared for matching once on first use rather than per question.</summary>
    private Lazy<ImmutableArray<(Source Source, NameWord[][] Names)>> BodyNames => _bodyNames ??= new(() =>
        [.. Sources.Where(source => !IsPerson(source.Id))
            .Select(source => (source, source.Aliases.Prepend(source.Name).Select(name => TextTokens.Words(name).Select(token => new NameWord(token.Text)).ToArray()).ToArray()))]);

    private Lazy<ImmutableArray<(Source Source, NameWord[][] Names)>>? _bodyNames;

    private static bool HoldsRun(NameWord[] name, string[] run, string[] foldedRun)
    {
        if (name.Length <= run.Length || name.Length > run.Length + 2)
        {
            return false;
        }
        for (var at = 0; at <= name.Length - run.Length; at++)
        {
            if (RunAt(name, run, foldedRun, at))
            {
                return true;
            }
        }
        return false;
    }

    private static bool RunAt(NameWord[] name, string[] run, string[] foldedRun, int at)
    {
        for (var i = 0; i < run.Length; i++)
        {
            if (!name[at + i].Matches(run[i], foldedRun[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Every office named in <paramref name="text"/> within <paramref name="range"/> ("министра обороны России"), with all who held it.</summary>
    public ImmutableArray<TitleMatch> FindTitlesIn(string text, Span range) =>
        [.. _titles.FindIn(text, range).Select(found => new TitleMatch(found.Span, found.Written, found.Value))];

    /// <summary>
    /// Every title that names <paramref name="bodyId"/> among its words ("глава Минобороны России" names the Russian
    /// Ministry of Defence, "голова ОП" the Office of the President), with its holder; so that an office described in
    /// other words ("Глава Минобороны", «очільник ОП») finds who held it.
    /// </summary>
    public ImmutableArray<TitleHolder> TitlesNaming(string bodyId) =>
        TitlesByBody.Value.TryGetValue(bodyId, out var titles) ? titles : [];

    /// <summary>The titles of every person by the bodies their words name, found once on first use.</summary>
    private Lazy<FrozenDictionary<string, ImmutableArray<TitleHolder>>> TitlesByBody => _titlesByBody ??= new(() =>
        Sources.SelectMany(source => source.Titles.Select(title => new TitleHolder(source, title)))
            .SelectMany(holder => FindIn(holder.Title.Text, new Span(0, holder.Title.Text.Length))
                .Where(match => !IsPerson(match.Source.Id))
                .Select(match => (Body: match.Source.Id, Holder: holder)))
            .GroupBy(pair => pair.Body, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Holder).ToImmutableArray(), StringComparer.Ordinal));

    private Lazy<FrozenDictionary<string, ImmutableArray<TitleHolder>>>? _titlesByBody;

    /// <summary>
    /// The one person who held the office <paramref name="title"/> names, whole and in any case, on
    /// <paramref name="day"/> ("the Russian defence minister" → Shoigu in 2023, Belousov in 2025); null when the
    /// registry knows no such office, or nobody or several held it that day.
    /// </summary>
    public Source? HolderOf(string title, DateOnly day) =>
        _titles.TryResolve(title, out var holders) ? new TitleMatch(new Span(0, title.Length), title, holders).HolderOn(day) : null;

    /// <summary>
    /// Resolves a report's publisher, which may be a feed's title rather than the outlet's name ("Укрінформ — Війна",
    /// "The Moscow Times — Ukraine War"): the whole name first, else the part before the title's dash.
    /// </summary>
    public Source? ResolvePublisher(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return Resolve(publisher) ?? (OutletName(publisher) is var outlet && outlet != publisher ? Resolve(outlet) : null);
    }

    /// <summary>The outlet's part of a publisher's name: "Укрінформ — Війна" → "Укрінформ"; a name without a title dash is itself.</summary>
    public static string OutletName(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var dash = publisher.IndexOfAny(['—', '–']);
        return dash > 0 ? publisher[..dash].Trim() : publisher;
    }

    /// <summary>The key that makes spellings of one title one office: its words folded.</summary>
    private static string TitleKey(string title) =>
        string.Join(' ', RegistryWords.Of(title, new Span(0, title.Length)).Select(token => RegistryWords.Fold(token.Text)));

    private static char ParseGender(string id, string gender) => gender switch
    {
        "m" => 'm',
        "f" => 'f',
        _ => throw new FormatException($"registry entry '{id}': gender '{gender}' is neither m nor f"),
    };

    private static Side ParseSide(string? side) => side?.ToUpperInvariant() switch
    {
        "RU" => Side.RU,
        "UA" => Side.UA,
        "OTHER" => Side.Other,
        _ => Side.Unknown,
    };

    private sealed record SourceEntry(
        string Id,
        string Name,
        SourceKind Kind,
        string? Side,
        ImmutableArray<string> Aliases,
        string? Role,
        ImmutableArray<string> AffiliatedWith,
        bool SubjectOnly = false,
        ImmutableArray<string> Areas = default,
        string? Gender = null,
        ImmutableArray<TitlePeriod> Titles = default);

    /// <summary>
    /// An entry's office over one period, named in each language: {"from": "2024-05-14", "to": null, "en": [...],
    /// "ru": [...], "uk": [...]}. Dates may be a year, a month or a day ("2022", "2022-11", "2022-11-09"): a start is
    /// read as the period's first day, an end as its last.
    /// </summary>
    private sealed record TitlePeriod(
        string? From,
        string? To,
        ImmutableArray<string> En = default,
        ImmutableArray<string> Ru = default,
        ImmutableArray<string> Uk = default)
    {
        public IEnumerable<SourceTitle> Expand(string id)
        {
            var from = ParseDate(id, From, end: false);
            var to = ParseDate(id, To, end: true);
            return new[] { ("en", En), ("ru", Ru), ("uk", Uk) }
                .SelectMany(language => (language.Item2.IsDefault ? [] : language.Item2).Select(text => new SourceTitle(text, language.Item1, from, to)));
        }

        private static DateOnly? ParseDate(string id, string? text, bool end)
        {
            if (text is null)
            {
                return null;
            }
            foreach (var (format, last) in DateFormats)
            {
                if (DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
                {
                    return end ? last(first) : first;
                }
            }
            throw new FormatException($"registry entry '{id}': title date '{text}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }

        /// <summary>The date formats of a title's period, each with the last day of the period a date in it starts.</summary>
        private static readonly (string Format, Func<DateOnly, DateOnly> Last)[] DateFormats =
        [
            ("yyyy-MM-dd", day => day),
            ("yyyy-MM", day => day.AddMonths(1).AddDays(-1)),
            ("yyyy", day => day.AddYears(1).AddDays(-1)),
        ];
    }
}

using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// One name of one place in the index: the stems of its words; whether it is secondary: a former name, or one
/// derived by rule rather than attested (a documented former name "Красное" outranks a rule-made translation "Красное");
/// and whether it is only an alternate: one of GeoNames' undated alternate names of a place that the codifier or
/// OpenStreetMap names otherwise, and not a spelling of those names, often a historic name (Олексіївка for Chystiakove).
/// </summary>
internal sealed record IndexedName(string[] Stems, string LastNormal, int PlaceIndex, bool Secondary, bool Alternate = false);

/// <summary>
/// The name index: names by the stem of their first word, Ukrainian names by their first word's consonants, and every
/// name by the <see cref="LatinKey"/> of its first word (a name's words then hold their Latin keys, not stems).
/// </summary>
internal sealed record GazetteerIndex(
    Dictionary<string, IndexedName[]> NamesByFirstStem,
    Dictionary<string, IndexedName[]> UkrainianNamesBySkeleton,
    Dictionary<string, IndexedName[]> NamesByLatinKey);

/// <summary>A name added to a place (bundled or stored) by an analyst or an import.</summary>
public sealed record PlaceAlias(string PlaceId, PlaceName Name)
{
    /// <summary>An alias in the given language, or else the one its letters suggest (Ukrainian, Russian or English).</summary>
    public static PlaceAlias Of(string placeId, string text, string? language, string source) =>
        new(placeId, new PlaceName(text, language ?? LanguageOf(text), Source: source));

    private static string LanguageOf(string text) =>
        text.Any(PlaceText.IsCyrillic) ? Build.GazetteerBuilder.CyrillicLanguage(text) : "en";
}

/// <summary>
/// The loaded gazetteer: places by id, and every name of every place indexed by the stem of its first word so that
/// the finder matches inflected mentions in one pass. Immutable once loaded; share one instance.
/// </summary>
public sealed class Gazetteer
{
    public const string DefaultRelativePath = "data/gazetteer/gazetteer.tsv.gz";

    // Plain dictionaries, never written after construction: freezing them would cost more at load than it saves in lookups.
    private readonly Dictionary<string, int> indexById;
    private readonly Dictionary<string, IndexedName[]> namesByFirstStem;
    private readonly Dictionary<string, IndexedName[]> ukrainianNamesBySkeleton;
    private readonly Dictionary<string, IndexedName[]> namesByLatinKey;

    private static readonly HashSet<string> LatinKeyCountries = ["UA", "RU", "BY", "MD"];

    // Shorter consonant skeletons match too many unrelated words.
    internal const int MinimumSkeleton = 4;

    private Gazetteer(List<Place> places, GazetteerIndex? index = null, IReadOnlySet<string>? englishWords = null, FrontLine? frontLine = null)
    {
        EnglishWords = englishWords ?? new HashSet<string>(StringComparer.Ordinal);
        FrontLine = frontLine ?? FrontLine.None;
        Places = [.. places];
        indexById = new Dictionary<string, int>(places.Count, StringComparer.Ordinal);
        for (var i = 0; i < places.Count; i++)
        {
            indexById[places[i].Id] = i;
        }

        (namesByFirstStem, ukrainianNamesBySkeleton, namesByLatinKey) = index ?? BuildIndex(places);
    }

    /// <summary>The name index built from the places' names; <see cref="GazetteerIndexFile"/> keeps a precomputed copy.</summary>
    internal static GazetteerIndex BuildIndex(IReadOnlyList<Place> places)
    {
        var index = new Dictionary<string, List<IndexedName>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int, string, bool, bool)>();
        var skeletons = new Dictionary<string, List<IndexedName>>(StringComparer.Ordinal);
        var latinKeys = new Dictionary<(string Key, int Place), (bool Secondary, bool Alternate)>();
        for (var i = 0; i < places.Count; i++)
        {
            var ownKeys = OwnKeys(places[i]);
            foreach (var name in places[i].Names)
            {
                var secondary = name.IsFormer || name.Source == Build.GazetteerBuilder.DerivedNameSource;
                var alternate = ownKeys.Count > 0 && name.Source == Build.GeoNamesRow.NameSource && !ownKeys.Contains(NameKey(name));
                AddLatinKey(latinKeys, places[i], name, i, secondary, alternate);
                var tokens = PlaceText.Tokenise(name.Text);
                // One- and two-letter names ("In", "По") are words far more often than places.
                if (tokens.Count == 0 || (tokens.Count == 1 && tokens[0].Normal.Length < 3))
                {
                    continue;
                }

                var stems = tokens.ConvertAll(t => t.Stem).ToArray();
                if (!seen.Add((string.Join(' ', stems), i, tokens[^1].Normal, secondary, alternate)))
                {
                    continue;
                }

                Add(index, new IndexedName(stems, tokens[^1].Normal, i, secondary, alternate));
                var obliques = name.Language == "uk" ? PlaceText.UkrainianObliqueStems(tokens[^1].Normal) : [];
                if (tokens.Count > 1)
                {
                    obliques = obliques.Concat(PlaceText.ObliqueStemsOfNounInAi(tokens[^1].Normal));
                }

                foreach (var oblique in obliques.Where(oblique => oblique != stems[^1]))
                {
                    Add(index, new IndexedName([.. stems[..^1], oblique], tokens[^1].Normal, i, secondary, alternate));
                }

                // Areas abroad by their consonants too: Ukrainian writes a Russian region's name both as its standard
                // spelling and as the press does (Бєлгородська область, Білгородській області; Бєлгородщина, Білгородщина).
                if (name.Language == "uk" && (places[i].CountryCode == "UA" || places[i].Kind == PlaceKind.AdminArea) && !name.IsFormer)
                {
                    string[] skeleton = [.. stems.Select(PlaceText.Skeleton)];
                    if (skeleton[0].Length >= MinimumSkeleton)
                    {
                        Add(skeletons, new IndexedName(skeleton, "", i, Secondary: false, alternate));
                    }
                }

                // A short word loses too much to its "ending" (Крым → кр), so it is also found by its whole form (Крыму → крым).
                if (tokens.Count == 1 && stems[0].Length <= 3 && stems[0] != tokens[0].Normal)
                {
                    Add(index, new IndexedName([tokens[0].Normal], tokens[0].Normal, i, secondary, alternate));
                }
            }
        }

        var byLatinKey = new Dictionary<string, List<IndexedName>>(StringComparer.Ordinal);
        foreach (var ((key, place), (secondary, alternate)) in latinKeys)
        {
            Add(byLatinKey, new IndexedName(key.Split(' '), "", place, secondary, alternate));
        }

        return new GazetteerIndex(
            index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            skeletons.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            byLatinKey.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }

    // Latin keys come from the Cyrillic names of places in Ukraine and its neighbours, where reports romanise names in
    // many ways; foreign exonyms in other languages would make unrelated words places ("Russian" is Rjasan's key).
    // Many spellings of one place share a key (Kostiantynivka, Kostyantynivka): one entry, secondary (or alternate)
    // only if all its names are. Names of two consonants are kept: a spelling marked as a transliteration finds them
    // (Maâk, Zorja; see LatinKey.Marked). The leading word of a longer name is keyed without its ending (LatinKey.Leading).
    private static void AddLatinKey(Dictionary<(string Key, int Place), (bool Secondary, bool Alternate)> keys, Place place, PlaceName name, int index, bool secondary, bool alternate)
    {
        if (!LatinKeyCountries.Contains(place.CountryCode) || !name.Text.Any(PlaceText.IsCyrillic))
        {
            return;
        }

        var words = LatinKey.OfName(name.Text, name.Language);
        if (words.Length == 0 || words.Any(w => w.Length == 0) || LatinKey.Consonants(string.Concat(words)) < LatinKey.MarkedConsonants)
        {
            return;
        }

        if (words.Length > 1)
        {
            words[0] = LatinKey.Leading(words[0]);
        }

        var key = (string.Join(' ', words), index);
        keys[key] = keys.TryGetValue(key, out var known) ? (known.Secondary && secondary, known.Alternate && alternate) : (secondary, alternate);
    }

    /// <summary>A place the codifier or OpenStreetMap names: every settlement in Ukraine.</summary>
    internal static bool HasOwnNames(Place place) => place.Names.Any(IsOwn);

    private static bool IsOwn(PlaceName name) => name.Source is Build.OsmSettlement.NameSource or Build.Katottg.NameSource;

    // The Latin keys of a place's own names and of the Russian forms derived from them: a GeoNames name with one of these
    // keys spells the same name (Krasnopol'e for Краснопілля) and is no mere alternate. The gazetteer stores no derived
    // form where GeoNames attests a Russian name, so the form is derived here too: the town Kostiantynivka's attested
    // Константиновка is its own name, not one borrowed from the villages whose derived Russian name it also is.
    private static HashSet<string> OwnKeys(Place place)
    {
        HashSet<string> keys = [.. place.Names.Where(n => IsOwn(n) || n.Source == Build.GazetteerBuilder.DerivedNameSource).Select(NameKey)];
        if (place.Names.Any(n => n.Source == Build.GeoNamesRow.NameSource))
        {
            foreach (var own in place.Names.Where(n => IsOwn(n) && n.Language == "uk"))
            {
                keys.UnionWith(Transliteration.RussianFormsFromUkrainian(own.Text).Select(ru => NameKey(new PlaceName(ru, "ru"))));
            }
        }

        return keys;
    }

    private static string NameKey(PlaceName name) => string.Join(' ', LatinKey.OfName(name.Text, name.Language));

    internal GazetteerIndex Index => new(namesByFirstStem, ukrainianNamesBySkeleton, namesByLatinKey);

    public ImmutableArray<Place> Places { get; }

    /// <summary>English words (normalised) that share a place's Latin key but spell no place's name (<see cref="Build.EnglishWords"/>).</summary>
    internal IReadOnlySet<string> EnglishWords { get; }

    /// <summary>The settlements near the front line month by month (<see cref="Places.FrontLine"/>), shipped beside the gazetteer.</summary>
    public FrontLine FrontLine { get; }

    private static void Add(Dictionary<string, List<IndexedName>> index, IndexedName name)
    {
        if (!index.TryGetValue(name.Stems[0], out var list))
        {
            index[name.Stems[0]] = list = [];
        }

        list.Add(name);
    }

    /// <summary>
    /// Loads a gazetteer file, with the precomputed name index beside it when that index was built from this very file
    /// (<see cref="GazetteerIndexFile"/>); otherwise the index is built from the names.
    /// </summary>
    public static Gazetteer Load(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var places = GazetteerFile.Read(new MemoryStream(bytes, writable: false));
        var indexPath = GazetteerIndexFile.PathFor(path);
        var index = File.Exists(indexPath) ? GazetteerIndexFile.TryRead(indexPath, GazetteerIndexFile.Fingerprint(bytes)) : null;
        var wordsPath = Path.Combine(Path.GetDirectoryName(path) ?? ".", Build.EnglishWords.FileName);
        var words = File.Exists(wordsPath)
            ? File.ReadLines(wordsPath).Where(l => !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : null;
        return new Gazetteer(places, index, words, FrontLine.LoadBeside(path));
    }

    /// <summary>Writes the precomputed name index beside a gazetteer file; run it whenever the gazetteer is rebuilt.</summary>
    public static string WriteIndex(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var places = GazetteerFile.Read(new MemoryStream(bytes, writable: false));
        var indexPath = GazetteerIndexFile.PathFor(path);
        using var stream = File.Create(indexPath);
        GazetteerIndexFile.Write(stream, BuildIndex(places), GazetteerIndexFile.Fingerprint(bytes));
        return indexPath;
    }

    internal static Gazetteer FromPlaces(IEnumerable<Place> places) => new([.. places]);

    /// <summary>
    /// Loads the gazetteer shipped beside the executable, or else the one in the repository's data/ found by walking
    /// up from the working directory.
    /// </summary>
    public static Gazetteer LoadDefault()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, DefaultRelativePath);
        if (File.Exists(beside))
        {
            return Load(beside);
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        throw new FileNotFoundException($"No gazetteer found beside the executable or above {Environment.CurrentDirectory}.", DefaultRelativePath);
    }

    /// <summary>
    /// This gazetteer grown by places and names kept elsewhere (the ledger): a place whose id is known already replaces
    /// the known one; an alias of an unknown id is ignored.
    /// </summary>
    public Gazetteer With(IReadOnlyList<Place> added, IReadOnlyList<PlaceAlias> aliases)
    {
        if (added.Count == 0 && aliases.Count == 0)
        {
            return this;
        }

        var places = new List<Place>(Places.Length + added.Count);
        places.AddRange(Places);
        var index = new Dictionary<string, int>(indexById, StringComparer.Ordinal);
        foreach (var place in added)
        {
            if (index.TryGetValue(place.Id, out var known))
            {
                places[known] = place;
            }
            else
            {
                index[place.Id] = places.Count;
                places.Add(place);
            }
        }

        foreach (var alias in aliases)
        {
            if (index.TryGetValue(alias.PlaceId, out var at) && !places[at].Names.Any(n => n.Text == alias.Name.Text && n.Language == alias.Name.Language))
            {
                places[at] = places[at] with { Names = places[at].Names.Add(alias.Name) };
            }
        }

        return new Gazetteer(places, englishWords: EnglishWords, frontLine: FrontLine);
    }

    public Place? ById(string id) => indexById.TryGetValue(id, out var i) ? Places[i] : null;

    /// <summary>Places having a name (any language, current or former) that normalises and stems to the same key.</summary>
    public ImmutableArray<Place> ByName(string name)
    {
        var stems = PlaceText.NameKey(name);
        return stems.Length == 0
            ? []
            : [.. NamesStartingWith(stems[0]).Where(n => n.Stems.AsSpan().SequenceEqual(stems)).Select(n => n.PlaceIndex).Distinct().Select(i => Places[i])];
    }

    /// <summary>Ukrainian names of Ukrainian places and of areas abroad whose first word has this consonant skeleton.</summary>
    internal IndexedName[] UkrainianNamesWithSkeleton(ReadOnlySpan<char> skeleton) =>
        ukrainianNamesBySkeleton.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(skeleton, out var names) ? names : [];

    /// <summary>Names whose first word has this Latin key (<see cref="LatinKey"/>), any language or script.</summary>
    internal IndexedName[] NamesWithLatinKey(string key) =>
        namesByLatinKey.TryGetValue(key, out var names) ? names : [];

    internal IndexedName[] NamesStartingWith(string stem) =>
        namesByFirstStem.TryGetValue(stem, out var names) ? names : [];
}

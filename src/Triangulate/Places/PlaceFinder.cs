using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// A place a name may mean, with the share of belief the finder gives it (the scores of one name sum to 1) and what
/// made up its score; the best candidate's explanation also says which of these set it above the runner-up.
/// </summary>
public sealed record PlaceCandidate(Place Place, double Score, string Explanation = "");

/// <summary>
/// Finds gazetteer names in a report's text (inflected forms, former names, transliterations) and resolves each
/// to one place, using the areas and other places the same report names (or else the areas its sources usually
/// report on), a prior for the front-line oblasts and population. Pure and thread-safe.
/// </summary>
/// <param name="sourceContextOf">
/// What the source registry knows of a report (<see cref="SourceContext"/>): names inside its source spans are never
/// places, and its sources' usual areas count as named when the report names none. Must be pure, as the finder is.
/// </param>
public sealed class PlaceFinder(Gazetteer gazetteer, Func<Report, SourceContext>? sourceContextOf = null) : IPlaceFinder
{
    private readonly PlaceRanker ranker = new(gazetteer);

    private readonly NonPlaceNames nonPlaceNames = new(gazetteer);

    // The places the codifier or OpenStreetMap names, whose own names outrank GeoNames' undated alternates of another place.
    private readonly bool[] ownNames = [.. gazetteer.Places.Select(Gazetteer.HasOwnNames)];

    // Each settlement's current Ukrainian name, normalised: the name its namesakes share.
    private readonly string?[] ukrainianNames = [.. gazetteer.Places.Select(CurrentUkrainianName)];

    // The rivers by the stem of the one word of a name beside a word for a river (Dnipro River, река Днепр, річка
    // Дніпро): what a name after a word for a bank or a river reads as (на левом берегу Днепра, the east bank of the Dnieper).
    private readonly FrozenDictionary<string, int[]> riversByStem = RiversByStem(gazetteer);

    private readonly WordForms wordForms = new();

    // Village names that are also ordinary words; they count as places only after a word such as "village" or "село".
    private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.Ordinal,
        [.. new[]
        {
            "Мир", "Победа", "Перемога", "Дружба", "Дружное", "Дружне", "Північне", "Северное", "Південне", "Южное",
            "Східне", "Восточное", "Західне", "Западное", "Нове", "Новое", "Нова", "Новий", "Новый", "Зоря", "Заря",
            "Зірка", "Звезда", "Слава", "Свобода", "Надежда", "Надія", "Прогрес", "Прогресс", "Труд", "Праця", "Мирне",
            "Мирное", "Щастя", "Счастье", "Весна", "Степове", "Степное", "Луч", "Промінь", "Жовтень", "Октябрь",
            "Сонячне", "Солнечное", "Центральне", "Центральное", "Шахта", "Комуна", "Коммуна", "Майдан", "Армія",
            "Nova", "Zoria", "Zorya", "Peace", "Mir", "Victory", "Pobeda", "Druzhba", "Pivnichne", "Severnoye",
            "Progress", "Pravda", "Sloboda", "Svoboda", "Nadiya", "Slava", "Maidan", "Central", "Mirne", "Mirnoye",
            "Komuna", "Luch", "Zarya", "Sonyachne", "Stepove", "Vesna", "Pivdenne", "Центр", "Гірник", "Горняк", "Tsentr",
            "Город", "Місто", "Джерело", "Источник", "Кривой", "Кривий", "Крива", "Град", "Республика", "Республіка", "Кроме", "Начало",
        }.Select(w => PlaceText.Stem(PlaceText.Normalise(w)))]);

    // Nouns that open news sentences ("Пожежа на нафтобазі…", "Обстріл Херсона…") and are also hamlets' names: at a
    // sentence's start they count as places only with the evidence a common word needs.
    private static readonly FrozenSet<string> EventNouns = FrozenSet.Create(StringComparer.Ordinal,
        [.. new[]
        {
            "Пожежа", "Пожар", "Вибух", "Взрыв", "Атака", "Обстріл", "Обстрел", "Удар", "Бій", "Бой", "Напад", "Нападение",
            "Штурм", "Наступ", "Наступление", "Прорив", "Прорыв", "Загроза", "Угроза", "Тривога", "Тревога", "Евакуація",
            "Эвакуация", "Втрати", "Потери", "Оборона", "Влучання", "Попадание", "Руйнування", "Разрушения",
        }.Select(w => PlaceText.Stem(PlaceText.Normalise(w)))]);

    // Short words that follow a sentence's first word when it is a noun opening a clause (Пожежа на…, Вибух у…).
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
        "на", "в", "у", "во", "під", "под", "біля", "возле", "около", "поблизу", "вблизи", "через", "по", "з", "із", "с", "со",
        "від", "от", "до", "за", "над", "при", "після", "после");

    // Places smaller than this are rare enough in reports that a sentence's first word only shares their name.
    private const long HamletPopulation = 1000;

    internal static readonly FrozenSet<string> SettlementCues = FrozenSet.Create(StringComparer.Ordinal,
        "село", "селі", "села", "селом", "с", "смт", "селище", "селища", "селищі", "поселок", "поселка", "поселке",
        "пос", "пгт", "деревня", "хутор", "хутора", "хуторі", "village", "town", "settlement", "hamlet", "городе",
        "город", "города", "місто", "міста", "місті", "населенный", "населений", "пункт", "пункта", "пункту");

    // Words after which a place is where troops head ("в сторону Прогресса", "у напрямку Нового", "towards Progress").
    private static readonly FrozenSet<string> MovementCues = FrozenSet.Create(StringComparer.Ordinal,
        "сторону", "направлении", "направлению", "напрямку", "напрямі", "towards", "toward");

    // Words after which names are a river's or a canal's (реки Кривой Торец, каналом Северский Донец — Донбасс).
    private static readonly FrozenSet<string> WaterBefore = FrozenSet.Create(StringComparer.Ordinal,
        "река", "реки", "реке", "рекой", "реку", "річка", "річки", "річці", "річкою", "річку", "river", "канал", "канала",
        "каналу", "каналом", "канале", "каналі", "берег", "берега", "берегу", "березі", "берегом", "bank", "banks");

    // Nouns of a front's sector or direction, named by the adjective of a town before them (на Гуляйпільському
    // напрямку, на Покровском направлении, the Vremivske direction, the Pokrovske sector).
    private static readonly FrozenSet<string> SectorNouns = FrozenSet.Create(StringComparer.Ordinal,
        "напрямку", "напрямок", "напрямі", "напрямках", "напрямки", "ділянці", "ділянку", "направлении", "направление",
        "направления", "направлениях", "направлениям", "участке", "direction", "directions", "sector", "sectors", "axis");

    /// <summary>
    /// Working space for one report, which a thread reuses for the next: the words (a dense report has ~170 000, and a
    /// new list for each would grow the large-object heap and set off full collections of a heap holding the
    /// gazetteer), the candidates of the name at hand (Андріївка has a hundred places), and the names looked up.
    /// </summary>
    private sealed class Scratch
    {
        /// <summary>
        /// How a candidate place bears the name: a former or derived name, exactly as written, only as an alternate, or
        /// as its own current name written so (or romanised so).
        /// </summary>
        public readonly record struct Flags(bool Secondary, bool Exact, bool Alternate, bool Own);

        public List<Token> Tokens { get; } = [];

        public Dictionary<int, Flags> Candidates { get; } = [];

        /// <summary>A capitalised word that begins no name of several words finds the same places wherever it recurs.</summary>
        public Dictionary<string, NameLookup> Lookups { get; } = new(StringComparer.Ordinal);

        /// <summary>The same words find the same candidates: a name of several words repeated shares its columns.</summary>
        public Dictionary<(string Key, string First, string Last, NameMatching Matching), NameColumns> ColumnsByWords { get; } = [];

        public void Clear()
        {
            Tokens.Clear();
            Lookups.Clear();
            ColumnsByWords.Clear();
        }
    }

    [ThreadStatic]
    private static Scratch? reusable;

    public ImmutableArray<PlaceMention> Find(Report report)
    {
        var scratch = reusable ?? new Scratch();
        reusable = null;
        try
        {
            PlaceText.Tokenise(report.Text, wordForms, scratch.Tokens);
            return Find(report.Text, scratch, sourceContextOf?.Invoke(report) ?? SourceContext.None, DayOf(report.Published));
        }
        finally
        {
            scratch.Clear();
            reusable = scratch;
        }
    }

    private ImmutableArray<PlaceMention> Find(string text, Scratch scratch, SourceContext sources, DateOnly? date)
    {
        var tokens = scratch.Tokens;
        var matches = Match(text, scratch, sources.SourceNames);
        if (matches.Count == 0)
        {
            return [];
        }

        var inUkraine = WarSetting.InUkraineAtWar(tokens);

        // A name ranks the same wherever it recurs in one report, so each distinct name is ranked once, twice over:
        // alone, then with the areas and other places the report names as context. The areas the report's sources
        // usually report on stand in for named ones only when it names none, and only in the second ranking, so that
        // they never move the places that serve as context (two namesakes in one oblast are told apart by neighbours).
        var alone = new Dictionary<string, PlaceRanker.Ranking>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            if (!alone.ContainsKey(match.Key))
            {
                alone[match.Key] = ranker.Rank(match, FrozenSet<string>.Empty, [], inUkraine, date);
            }
        }

        // The city a report was filed from ("MOSCOW, October 7. /TASS/.", "LUGANSK, May 22", "KYIV (Reuters) -") says where
        // the reporter sat, not where the war is: a namesake beside it is not the one meant (Nikolskoye by Moscow).
        var filedFrom = FiledFrom(text, matches);
        IReadOnlySet<string> areas = alone.Where(r => r.Value.Best.Kind == PlaceKind.AdminArea && r.Key != filedFrom).Select(r => r.Value.Best.Id).ToHashSet(StringComparer.Ordinal);
        if (areas.Count == 0)
        {
            areas = sources.UsualAreas;
        }

        var context = alone.Where(c => c.Value.Best.Kind is PlaceKind.Settlement or PlaceKind.Feature && c.Key != filedFrom).Select(c => (c.Key, c.Value.Best)).ToList();
        var inContext = new Dictionary<string, PlaceRanker.Ranking>(StringComparer.Ordinal);
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(matches.Count);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var writtenBySpan = written.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in matches)
        {
            if (!inContext.TryGetValue(match.Key, out var ranked))
            {
                inContext[match.Key] = ranked = ranker.Rank(match, areas, context, inUkraine, date);
            }

            // A name written the same way twice is one string: dense text repeats a few names thousands of times.
            var span = new Span(match.Start, match.End);
            if (!writtenBySpan.TryGetValue(text.AsSpan(match.Start, match.End - match.Start), out var mentionText))
            {
                written.Add(mentionText = span.Slice(text));
            }

            mentions.Add(new PlaceMention(
                span,
                mentionText,
                ranked.Best,
                Math.Round(ranked.Confidence * (match.CommonWord ? 0.6 : 1.0) * MatchingFactor(match.Matching), 3),
                ranked.Best.Kind is PlaceKind.AdminArea or PlaceKind.Country ? PlacePrecision.Region : PlacePrecision.Exact,
                EstimatedLat: ranked.Best.Lat,
                EstimatedLon: ranked.Best.Lon,
                UncertaintyKm: ranked.Best.RadiusKm,
                RunnerUpId: ranked.RunnerUp?.Id));
        }

        RelativeLocations.Apply(text, mentions);
        return mentions.MoveToImmutable();
    }

    /// <summary>
    /// The key of the name a report's dateline opens with, a word in capitals before a comma, a bracket, a colon or a dash
    /// ("MOSCOW, October 7. /TASS/.", "KYIV (Reuters) -", «ДОНЕЦК, 20 декабря»), when the report names it nowhere else;
    /// else null.
    /// </summary>
    private static string? FiledFrom(string text, List<NameMatch> matches)
    {
        var first = matches[0];
        if (!text.AsSpan(0, first.Start).IsWhiteSpace() || first.End - first.Start < 3 || text.AsSpan(first.Start, first.End - first.Start).ContainsAnyInRange('a', 'z')
            || text.AsSpan(first.Start, first.End - first.Start).ContainsAnyInRange('а', 'я') || text.AsSpan(first.End).TrimStart(' ') is not [',' or '(' or ':' or '-' or '—' or '–', ..])
        {
            return null;
        }

        for (var m = 1; m < matches.Count; m++)
        {
            if (matches[m].Key == first.Key)
            {
                return null;
            }
        }

        return first.Key;
    }

    /// <summary>The day whose front line weighs for a report published at this time: its date in UTC.</summary>
    public static DateOnly? DayOf(DateTimeOffset? published) => published is { } time ? DateOnly.FromDateTime(time.UtcDateTime) : null;

    /// <summary>
    /// Every place a name may mean, best first, scored as the finder scores a mention: the areas and places that the
    /// context (an oblast's name, a sentence) names count as they would in the same report. The name is read as a
    /// report's words would be, in any letter case, by stems, consonants or Latin key; words for a kind of settlement
    /// before or after it (village of, station) are passed over. A date weighs the front line of that day; without
    /// one, a place that has been at the front in any month mapped counts as at the front.
    /// </summary>
    public ImmutableArray<PlaceCandidate> Resolve(string name, string? context = null, DateOnly? date = null)
    {
        var query = TitleCased(name);
        var scratch = new Scratch();
        var tokens = PlaceText.Tokenise(query, into: scratch.Tokens);
        var first = 0;
        while (first < tokens.Count - 1 && (SettlementCues.Contains(tokens[first].Normal) || Descriptors.Contains(tokens[first].Normal)))
        {
            first++;
        }

        if (first >= tokens.Count)
        {
            return [];
        }

        var lookup = Lookup(query, first, scratch);
        if (lookup.Length == 0 || tokens.Skip(first + lookup.Length).Any(t => !SettlementCues.Contains(t.Normal) && !Descriptors.Contains(t.Normal)))
        {
            return [];
        }

        var (places, secondary, exact, borrowed) = lookup.Candidates;
        var match = new NameMatch(0, query.Length, lookup.Key, places, secondary, exact, borrowed, CommonWord: false, lookup.Matching);
        var (areas, others) = ContextOf(TitleCasedIfLower(context ?? ""), date);
        // The front line weighs for a name asked about unless the context sets it abroad (the United States, the UN).
        var contextWords = PlaceText.Tokenise(context ?? "");
        var scored = ranker.Scored(match, areas, others, new PlaceRanker.Setting(WarSetting.InUkraineAtWar(contextWords), !contextWords.Any(t => WarSetting.IsForeignWord(t.Normal))), date);
        var total = scored.Sum(s => Math.Exp(s.Score - scored[0].Score));
        return [.. scored.Select((s, rank) => new PlaceCandidate(
            s.Place,
            Math.Round(Math.Exp(s.Score - scored[0].Score) / total, 3),
            ranker.Explain(s.Weights, rank == 0 && scored.Count > 1 ? scored[1] : null)))];
    }

    // Words that say what kind of place a name is, before or after it (Ocheretyne station, the village of Kurdiumivka).
    private static readonly FrozenSet<string> Descriptors = FrozenSet.Create(StringComparer.Ordinal,
        "station", "railway", "the", "of", "near", "city", "urban", "type", "microdistrict", "district", "станция", "станція",
        "м", "ст", "смт", "пгт");

    private static string TitleCased(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]) && (i == 0 || !(char.IsLetter(chars[i - 1]) || PlaceText.IsApostrophe(chars[i - 1]))))
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    // A context typed in lower case ("kharkiv region") names its places as a capitalised one would; one that has
    // capitals already keeps them, so that its common words stay words.
    private static string TitleCasedIfLower(string text) => text.Any(char.IsUpper) ? text : TitleCased(text);

    // The areas a context names, and its other places by name key (a context that repeats the name itself, such as
    // the sentence it stands in, gives no neighbour to it).
    private (HashSet<string> Areas, List<(string Key, Place Best)> Others) ContextOf(string text, DateOnly? date)
    {
        var scratch = new Scratch();
        PlaceText.Tokenise(text, into: scratch.Tokens);
        var matches = Match(text, scratch, []);
        var best = matches.Select(m => (m.Key, ranker.Scored(m, FrozenSet<string>.Empty, [], new PlaceRanker.Setting(InUkraineAtWar: false, FrontLineCounts: true), date)[0].Place)).ToList();
        var areas = best.Where(b => b.Place.Kind is PlaceKind.AdminArea).Select(b => b.Place.Id).ToHashSet(StringComparer.Ordinal);
        return (areas, [.. best.Where(b => b.Place.Kind is PlaceKind.Settlement or PlaceKind.Feature)]);
    }

    // A name met only by consonants or by a Latin key is less certain than one met by its spelling.
    private static double MatchingFactor(NameMatching matching) => matching switch
    {
        NameMatching.Skeleton => 0.7,
        NameMatching.LatinKey => 0.8,
        _ => 1.0,
    };

    /// <summary>
    /// The places that a name starting at a word may mean, by stem or by consonants: the name's length in words and
    /// key, its candidates, and whether the words after it were read to decide.
    /// </summary>
    private readonly record struct NameLookup(int Length, string Key, NameColumns Candidates, NameMatching Matching, bool ReadsNextWords);

    /// <summary>
    /// A name's candidate places as parallel columns: place index, secondary name, exact spelling, and a name borrowed:
    /// another candidate's own name that this place bears only among GeoNames' undated alternates.
    /// </summary>
    private sealed record NameColumns(int[] Places, bool[] Secondary, bool[] Exact, bool[] Borrowed)
    {
        public static readonly NameColumns None = new([], [], [], []);

        public bool Exactly { get; } = Exact.Contains(true);
    }

    private List<NameMatch> Match(string text, Scratch scratch, IReadOnlyList<Span> sourceNames)
    {
        var tokens = scratch.Tokens;
        var matches = new List<NameMatch>();
        var pendingCommon = new List<(NameMatch Match, int Token)>();
        var persons = new HashSet<string>(StringComparer.Ordinal);
        var ships = new HashSet<string>(StringComparer.Ordinal);
        var lookups = scratch.Lookups;
        var waterEnd = -1;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            // A feature's name may begin with a lower-case word for its kind (шахти «Північна», мікрорайон Канал).
            var leadsName = !token.Capitalised && i + 1 < tokens.Count && tokens[i + 1].Capitalised;
            if (!token.Capitalised && !leadsName)
            {
                i++;
                continue;
            }

            if (!token.Capitalised || !lookups.TryGetValue(token.Normal, out var lookup) || lookup.ReadsNextWords)
            {
                lookup = Lookup(text, i, scratch);
                if (token.Capitalised)
                {
                    lookups.TryAdd(token.Normal, lookup);
                }
            }

            // A word read as another place than its spelling's: a sector's town, or the oblast of a town after "the region of".
            if (lookup.Length <= 1 && token.Capitalised && BeforeSectorNoun(tokens, i) && SectorTowns(token.Normal) is { Length: > 0 } towns)
            {
                lookup = ReadAs(towns, $"{token.Stem} {SectorKeySuffix}");
            }
            else if (lookup.Length <= 1 && AreaOfNamedTown(tokens, i) is { Length: > 0 } areas)
            {
                lookup = ReadAs(areas, $"{token.Stem} {AreaKeySuffix}");
            }
            else if (lookup.Length <= 1 && token.Capitalised && AfterWaterWord(tokens, i) && riversByStem.TryGetValue(token.Stem, out var rivers))
            {
                lookup = ReadAs(rivers, $"{token.Stem} {RiverKeySuffix}");
            }

            var length = lookup.Length;
            if (length == 0)
            {
                i++;
                continue;
            }

            var exactly = lookup.Candidates.Exactly;
            if (length == 1 && NonPlaceNames.NamesAPerson(text, tokens, i, exactly))
            {
                persons.Add(token.Stem);
                i++;
                continue;
            }

            // A ship's name (крейсер «Москва», the Moskva missile cruiser) is no place, wherever the report repeats it.
            if (nonPlaceNames.NamesAShip(text, tokens, i, length, lookup.Candidates.Places))
            {
                ships.Add(lookup.Key);
                i += length;
                continue;
            }

            // A river's or a canal's name runs on through joined words (реки Кривой Торец; Северский Донец — Донбасс), and a
            // name after a bank is the river's (на левом берегу Днепра, the east bank of the Dnipro), not the town's; a name
            // the gazetteer holds as a water body itself (Чорному морі, the Dnipro River) is kept.
            if ((AfterWaterWord(tokens, i) || (waterEnd >= 0 && OnlyJoiners(text.AsSpan(waterEnd, token.Start - waterEnd))))
                && !AnyFeature(lookup.Candidates.Places))
            {
                waterEnd = tokens[i + length - 1].End;
                i += length;
                continue;
            }

            if ((nonPlaceNames.NotAPlace(text, tokens, i, length, exactly) && !(length == 1 && FrontedObject(tokens[i], lookup.Candidates.Places)))
                || (length == 1 && NonPlaceNames.NamesACityDistrict(text, tokens, i)))
            {
                i++;
                continue;
            }

            var common = length == 1 && (CommonWords.Contains(token.Stem) || OpensSentenceAsNoun(text, tokens, i, lookup.Candidates.Places)
                || OpensSentenceAsShortWord(text, token));
            var (places, secondary, exactSpelling, borrowed) = lookup.Candidates;
            var match = new NameMatch(token.Start, tokens[i + length - 1].End, lookup.Key, places, secondary, exactSpelling, borrowed, common, lookup.Matching);
            if (!common || FollowsCue(text, tokens, i))
            {
                matches.Add(match);
            }
            else
            {
                pendingCommon.Add((match, i));
            }

            i += length;
        }

        // A common word counts as a place also when it is listed with other places ("from Zalizne and Pivnichne"),
        // when the report names one of its places by another name ("У Кірове, як окупанти називають Північне"), or
        // when troops move toward it and one of its places lies beside a place the report names ("выбили противника
        // из Очеретино и продвигаются в сторону Прогресса").
        foreach (var (match, at) in pendingCommon)
        {
            var towards = at > 0 && MovementCues.Contains(tokens[at - 1].Normal);
            if (matches.Any(other => Coordinated(text, other, match) || Coordinated(text, match, other) || other.Places.AsSpan().IndexOfAny(match.Places) >= 0
                || (towards && Beside(match, other))))
            {
                matches.Add(match);
            }
        }

        if (AddListedAreas(text, tokens, matches) || pendingCommon.Count > 0)
        {
            matches.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        // A surname once seen beside a first name or a role ("Сергій Добряк") is a person wherever it recurs ("сказав Добряк").
        if (persons.Count > 0)
        {
            matches.RemoveAll(m => persons.Contains(m.Key));
        }

        if (ships.Count > 0)
        {
            matches.RemoveAll(m => ships.Contains(m.Key));
        }

        foreach (var source in sourceNames)
        {
            matches.RemoveAll(m => m.Start < source.End && source.Start < m.End);
        }

        return matches;
    }

    /// <summary>
    /// Adjectives listed before the noun of an area share it: in «Харківської, Сумської та Київської областей» each
    /// adjective names its oblast, not a village that bears the adjective's name (Харківське). Returns whether any was added.
    /// </summary>
    private bool AddListedAreas(string text, List<Token> tokens, List<NameMatch> matches)
    {
        var added = false;
        foreach (var area in matches.Where(m => m.Key.IndexOf(' ') is > 0 and var space && m.Key.IndexOf(' ', space + 1) < 0
            && m.Places.All(p => gazetteer.Places[p].Kind == PlaceKind.AdminArea)).ToList())
        {
            var noun = area.Key[(area.Key.IndexOf(' ') + 1)..];
            var next = area.Start;
            for (var i = TokenAt(tokens, area.Start) - 1; i >= 0; i--)
            {
                if (Coordinators.Contains(tokens[i].Normal) && text.AsSpan(tokens[i].End, next - tokens[i].End).IsWhiteSpace())
                {
                    next = tokens[i].Start;
                    continue;
                }

                var gap = text.AsSpan(tokens[i].End, next - tokens[i].End).Trim();
                int[] places = [.. gazetteer.NamesStartingWith(tokens[i].Stem).Where(n => n.Stems.Length == 2 && n.Stems[1] == noun).Select(n => n.PlaceIndex).Distinct()];
                if (!tokens[i].Capitalised || !(gap.IsEmpty || gap is ",") || places.Length == 0 || (gap.IsEmpty && next == area.Start))
                {
                    break;
                }

                var start = tokens[i].Start;
                matches.RemoveAll(m => m.Start == start);
                bool[] none = new bool[places.Length];
                matches.Add(new NameMatch(start, tokens[i].End, $"{tokens[i].Stem} {noun}", places, none, none, none, CommonWord: false));
                added = true;
                next = start;
            }
        }

        return added;
    }

    /// <summary>The index of the token that starts at an offset (the tokens are in text order), or −1.</summary>
    private static int TokenAt(List<Token> tokens, int start)
    {
        var (low, high) = (0, tokens.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Start == start)
            {
                return middle;
            }

            (low, high) = tokens[middle].Start < start ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static readonly FrozenSet<string> SectorFrom = FrozenSet.Create(StringComparer.Ordinal, "з", "із", "зі", "с", "со");

    private static readonly FrozenSet<string> SectorTo = FrozenSet.Create(StringComparer.Ordinal, "на", "в", "у");

    private static readonly FrozenSet<string> Coordinators = FrozenSet.Create(StringComparer.Ordinal, "і", "й", "та", "и", "а", "также", "також", "and", "or");

    private static string KeyOf(List<Token> tokens, int at, int length)
    {
        var stems = new string[length];
        for (var j = 0; j < length; j++)
        {
            stems[j] = tokens[at + j].Stem;
        }

        return string.Join(' ', stems);
    }

    private NameLookup Lookup(string text, int i, Scratch scratch)
    {
        var (tokens, candidates) = (scratch.Tokens, scratch.Candidates);
        var token = tokens[i];
        var length = 0;
        var readsNextWords = false;
        candidates.Clear();
        foreach (var name in gazetteer.NamesStartingWith(token.Stem))
        {
            var k = name.Stems.Length;
            readsNextWords |= k > 1;
            if (k < length || (!token.Capitalised && (k < 2 || gazetteer.Places[name.PlaceIndex].Kind != PlaceKind.Feature)) || !Continues(text, tokens, i, name.Stems, NameMatching.Stem)
                || (k == 1 && (PlaceText.NotAFormOf(token.Normal, name.LastNormal) || (Acronym(token) && token.Normal != name.LastNormal))))
            {
                continue;
            }

            if (k > length)
            {
                length = k;
                candidates.Clear();
            }

            // A place matched by an attested current name is not also a secondary-name match; one exact spelling makes it exact.
            var exact = tokens[i + k - 1].Normal == name.LastNormal;
            var own = exact && OwnName(name);
            candidates[name.PlaceIndex] = candidates.TryGetValue(name.PlaceIndex, out var known)
                ? new(known.Secondary && name.Secondary, known.Exact || exact, known.Alternate && name.Alternate, known.Own || own)
                : new(name.Secondary, exact, name.Alternate, own);
        }

        // A Russian spelling the gazetteer lacks is tried against Ukrainian names by consonants (Клещеевку → Кліщіївка),
        // also beside the places it does name (Андреевка in Crimea by its own name, Андріївка near Chasiv Yar by
        // consonants), where a consonant match counts as a secondary name. A word with a letter only Ukrainian
        // has is already in Ukrainian spelling, so it is not tried again.
        var stemLength = length;
        var matching = NameMatching.Stem;
        Span<char> skeleton = stackalloc char[64];
        if ((length == 0 || (length == 1 && !PlaceText.HasUkrainianLetter(token.Normal))) && token.Capitalised && !Acronym(token) && token.Stem.Length <= skeleton.Length
            && token.Normal.Length > 0 && PlaceText.IsCyrillic(token.Normal[0])
            && PlaceText.Skeleton(token.Stem, skeleton) is var skeletonLength and >= Gazetteer.MinimumSkeleton)
        {
            foreach (var name in gazetteer.UkrainianNamesWithSkeleton(skeleton[..skeletonLength]))
            {
                var k = name.Stems.Length;
                readsNextWords |= k > 1;
                if (k < length || !Continues(text, tokens, i, name.Stems, NameMatching.Skeleton)
                    || (k == 1 && PlaceText.EndsAsGenitiveOfTown(token.Normal) && HasNeuterAdjectivalName(gazetteer.Places[name.PlaceIndex])))
                {
                    continue;
                }

                if (k > length)
                {
                    length = k;
                    candidates.Clear();
                }

                // A Russian spelling that differs from the Ukrainian name only in the letters the two write one sound with
                // (Крынках, Кринки) is that name spelled in Russian, closer than another name of the same consonants (Кореньок).
                // Read only for a word no name spells (the names are normalised here, which a word of every report must not pay).
                var alike = k == 1 && stemLength == 0 && !PlaceText.HasUkrainianLetter(token.Normal) && HasUkrainianNameSpelledAlike(gazetteer.Places[name.PlaceIndex], token.Stem);
                candidates.TryAdd(name.PlaceIndex, new(k == stemLength, alike, name.Alternate, Own: false));
                matching = k > stemLength ? NameMatching.Skeleton : matching;
            }
        }

        // A Latin spelling in another scheme or of the other language's form (Krasnogorovka, Vyshnyove, Chervonaya
        // Polyana, Chasovyi Yar) is tried by its Latin key against every name of every place, likewise beside the places
        // its own spelling names (of one word or several: Zelenyy Hay), where a key match counts as a secondary name.
        if (token.Capitalised && token.Normal.Length > 0 && char.IsAsciiLetterLower(token.Normal[0])
            && (!gazetteer.EnglishWords.Contains(token.Normal) || FollowsCue(text, tokens, i) || BeyondAscii(text.AsSpan(token.Start, token.End - token.Start))))
        {
            var word = text.AsSpan(token.Start, token.End - token.Start);
            var (latinKey, names) = NamesByLatinKey(word);
            // A leading adjective in another ending (Chasovyi Yar for Chasiv Yar) meets names of several words by its stem.
            var leading = LatinKey.Leading(latinKey);
            var longer = leading == latinKey ? [] : gazetteer.NamesWithLatinKey(leading);
            for (var n = 0; n < names.Length + longer.Length; n++)
            {
                var name = n < names.Length ? names[n] : longer[n - names.Length];
                var k = name.Stems.Length;
                readsNextWords |= k > 1;
                if (k < length || (n >= names.Length && k == 1) || !LatinKey.Distinctive(k == 1 ? latinKey : string.Concat(name.Stems), word)
                    || !Continues(text, tokens, i, name.Stems, NameMatching.LatinKey))
                {
                    continue;
                }

                if (k > length)
                {
                    length = k;
                    candidates.Clear();
                }

                candidates.TryAdd(name.PlaceIndex, new(name.Secondary || k == stemLength, false, name.Alternate, OwnName(name)));
                matching = k > stemLength ? NameMatching.LatinKey : matching;
            }
        }

        if (length == 0)
        {
            return new NameLookup(0, "", NameColumns.None, NameMatching.Stem, readsNextWords);
        }

        var key = length == 1 ? token.Stem : KeyOf(tokens, i, length);
        var words = (key, token.Normal, tokens[i + length - 1].Normal, matching);
        if (!scratch.ColumnsByWords.TryGetValue(words, out var columns))
        {
            if (length > 1)
            {
                KeepAreasBearingName(candidates);
            }

            scratch.ColumnsByWords[words] = columns = Columns(candidates, latin: token.Normal.Length > 0 && char.IsAsciiLetter(token.Normal[0]));
        }

        return new NameLookup(length, key, columns, matching, readsNextWords);
    }

    // A name of several words that an area bears (Воронежская область, Воронезька область) names the area: a settlement
    // that bears it too has it only by a slip of GeoNames, which lists "Воронежская область" among the alternate names
    // of the city of Voronezh.
    private void KeepAreasBearingName(Dictionary<int, Scratch.Flags> candidates)
    {
        if (candidates.Keys.Any(p => gazetteer.Places[p].Kind == PlaceKind.AdminArea))
        {
            foreach (var settlement in candidates.Keys.Where(p => gazetteer.Places[p].Kind == PlaceKind.Settlement).ToList())
            {
                candidates.Remove(settlement);
            }
        }
    }

    // Read only for a word no name spells, like HasUkrainianNameSpelledAlike.
    private static bool HasNeuterAdjectivalName(Place place)
    {
        foreach (var name in place.Names)
        {
            if (name.Language == "uk" && !name.Text.Contains(' ', StringComparison.Ordinal) && PlaceText.EndsAsNeuterAdjective(PlaceText.Normalise(name.Text)))
            {
                return true;
            }
        }

        return false;
    }

    // A short Cyrillic word in capitals is an acronym (ТЕС, ТЕЦ, НПЗ): it names a place only as spelled (ДНР, США), never
    // by sharing a stem or consonants with a name (Тесів).
    private static bool Acronym(Token token) => token.AllCaps && token.Normal.Length is > 1 and <= 4 && PlaceText.IsCyrillic(token.Normal[0]);

    private bool InUkraine(int place) => gazetteer.Places[place].CountryCode == "UA";

    // The index keeps only a skeleton name's consonants, so the place's Ukrainian one-word names are read again here.
    private static bool HasUkrainianNameSpelledAlike(Place place, string stem)
    {
        foreach (var name in place.Names)
        {
            if (name.Language == "uk" && !name.Text.Contains(' ', StringComparison.Ordinal)
                && PlaceText.SpelledAlike(stem, PlaceText.Stem(PlaceText.Normalise(name.Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The names a Latin word's key finds, and the key: read plainly first, then, when that finds nothing, with x as х
    /// (the scholarly system and GOST: Xotin, Kuraxivka) and with sh as сх (ISO 9: Shìdne).
    /// </summary>
    private (string Key, IndexedName[] Names) NamesByLatinKey(ReadOnlySpan<char> word)
    {
        var key = LatinKey.Of(word);
        var names = key.Length == 0 ? [] : gazetteer.NamesWithLatinKey(key);
        if (names.Length == 0 && word.ContainsAny('x', 'X'))
        {
            names = gazetteer.NamesWithLatinKey(key = LatinKey.Of(word, xIsKh: true));
        }

        if (names.Length == 0 && word.Contains("sh", StringComparison.OrdinalIgnoreCase))
        {
            names = gazetteer.NamesWithLatinKey(key = LatinKey.Of(word, shIsSKh: true));
        }

        return (key, names);
    }

    // A word written with a letter beyond ASCII (Nadìâ, ISO 9 for Надія) is a transliteration, not the English word its
    // letters fold to (Nadia): normalising drops the marks, so the written word is read.
    private static bool BeyondAscii(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c > 'z' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // A current name of a place the codifier or OpenStreetMap names.
    private bool OwnName(IndexedName name) => !name.Secondary && !name.Alternate && ownNames[name.PlaceIndex];

    // The candidates as the match's parallel arrays, in one pass (dense text has ~30 000 matches with many namesakes each).
    // A place that bears the name only as an alternate borrows it when the word spells another's own, current name
    // exactly (Oleksiivka) or in another romanisation (Novoekonomične); an inflected form that only shares a stem with
    // an own name (Харкові, Харкове) spells it not.
    private NameColumns Columns(Dictionary<int, Scratch.Flags> candidates, bool latin)
    {
        var places = new int[candidates.Count];
        var secondary = new bool[candidates.Count];
        var exact = new bool[candidates.Count];
        var alternate = new bool[candidates.Count];
        var owned = false;
        var c = 0;
        foreach (var (place, flags) in candidates)
        {
            places[c] = place;
            secondary[c] = flags.Secondary;
            alternate[c] = flags.Alternate;
            exact[c++] = flags.Exact;
            owned |= flags.Own;
        }

        if (latin)
        {
            MatchNamesakesAlike(places, secondary, exact);
        }

        return new NameColumns(places, secondary, exact, owned ? alternate : new bool[candidates.Count]);
    }

    // A romanisation of a name fits every place that bears it: where one namesake bears a Latin spelling attested (among
    // its GeoNames alternates) and another only by its Latin key or a form derived by rule, both are matched alike.
    // GeoNames lists mostly the larger places, whose size the prior already counts: Novodonecʹke, ISO 9 for
    // Новодонецьке, is listed for the town of 5,900 and spells the village as well. In Cyrillic an attested Russian name
    // says how that place is called, which the rule only guesses for its namesakes (Сергеевка is attested for two
    // Сергіївки of Mykolaiv Oblast, Сергиевка derived for a third), so the difference stands there.
    private void MatchNamesakesAlike(int[] places, bool[] secondary, bool[] exact)
    {
        var alike = true;
        for (var c = 1; c < places.Length && alike; c++)
        {
            alike = secondary[c] == secondary[0] && exact[c] == exact[0];
        }

        if (alike)
        {
            return;
        }

        var spelledBest = new Dictionary<string, (bool Attested, bool Exact)>(StringComparer.Ordinal);
        for (var c = 0; c < places.Length; c++)
        {
            if (ukrainianNames[places[c]] is { } name && (!secondary[c] || exact[c]))
            {
                var known = spelledBest.GetValueOrDefault(name);
                spelledBest[name] = (known.Attested || !secondary[c], known.Exact || exact[c]);
            }
        }

        for (var c = 0; c < places.Length; c++)
        {
            if (ukrainianNames[places[c]] is { } name && spelledBest.TryGetValue(name, out var best))
            {
                secondary[c] &= !best.Attested;
                exact[c] |= best.Exact;
            }
        }
    }

    private static string? CurrentUkrainianName(Place place) =>
        place.Kind != PlaceKind.Settlement ? null
            : place.Names.FirstOrDefault(n => n.Language == "uk" && !n.IsFormer && n.Source != Build.GazetteerBuilder.DerivedNameSource) is { } name
                ? PlaceText.Normalise(name.Text)
                : null;

    // A Cyrillic word of three letters or fewer that opens a sentence is mostly a function word capitalised by its place
    // (Тим часом, Так, Там, Все, Как, Эти): like a common word it is a place only after a cue such as "село", beside
    // other places or where the report names that place otherwise (Тим is a town in Kursk Oblast).
    private const int FunctionWordLength = 3;

    private static bool OpensSentenceAsShortWord(string text, Token token) =>
        token.Normal.Length <= FunctionWordLength && PlaceText.IsCyrillic(token.Normal[0]) && !Acronym(token) && StartsSentence(text, token.Start);

    /// <summary>
    /// A sentence's first word that is likelier a noun than a place: a common event noun (Пожежа, Вибух), a word the
    /// text also writes in lower case, or the name of hamlets only, followed by a preposition (Пожежа на нафтобазі).
    /// </summary>
    private bool OpensSentenceAsNoun(string text, List<Token> tokens, int at, int[] places)
    {
        var token = tokens[at];
        if (!StartsSentence(text, token.Start))
        {
            return false;
        }

        if (EventNouns.Contains(token.Stem) || tokens.Any(t => !t.Capitalised && t.Stem == token.Stem))
        {
            return true;
        }

        return at + 1 < tokens.Count && Prepositions.Contains(tokens[at + 1].Normal)
            && places.All(p => gazetteer.Places[p].Kind == PlaceKind.Settlement && gazetteer.Places[p].Population < HamletPopulation);
    }

    // Whether a place the first name may mean lies within reach of one the second may mean.
    private bool Beside(NameMatch first, NameMatch second)
    {
        foreach (var a in first.Places)
        {
            foreach (var b in second.Places)
            {
                var (p, q) = (gazetteer.Places[a], gazetteer.Places[b]);
                if (Math.Abs(p.Lat - q.Lat) < PlaceRanker.NeighbourDegrees && Geo.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) < PlaceRanker.NearKm)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Coordinated(string text, NameMatch first, NameMatch second)
    {
        if (second.Start <= first.End || second.Start - first.End > 6)
        {
            return false;
        }

        var gap = text.AsSpan(first.End, second.Start - first.End).Trim();
        return gap is "," or "and" or "or" or "и" or "или" or "і" or "та" or "й" or "чи";
    }

    /// <summary>
    /// A sentence's first word that is the accusative of a feminine name in -ка or -щина: Ukrainian and Russian front the
    /// object of a report's verb («Авдіївку залишили», «Херсонщину знову обстріляли», «Авдеевку оставили»), so such a
    /// word names the place though it opens the sentence and matches by stem alone. Short words stay out (Атаку, Дачу).
    /// </summary>
    private bool FrontedObject(Token token, int[] places)
    {
        var word = token.Normal;
        if (word.Length < 7 || !(word.EndsWith("ку", StringComparison.Ordinal) || word.EndsWith("щину", StringComparison.Ordinal)))
        {
            return false;
        }

        var nominative = string.Concat(word.AsSpan(0, word.Length - 1), "а");
        return places.Any(p => gazetteer.Places[p].Names.Any(name => name.Language is "uk" or "ru" && PlaceText.Normalise(name.Text) == nominative));
    }

    // A name after a word for a river, canal or bank, perhaps across "of the" (the east bank of the Dnipro).
    private static bool AfterWaterWord(List<Token> tokens, int at)
    {
        var before = at - 1;
        while (before > 0 && before >= at - 2 && tokens[before].Normal is "the" or "of")
        {
            before--;
        }

        return before >= 0 && WaterBefore.Contains(tokens[before].Normal);
    }

    // One word read as these places, each spelled as written; the key keeps the reading apart from the word's own.
    private static NameLookup ReadAs(int[] places, string key)
    {
        var none = new bool[places.Length];
        return new NameLookup(1, key, new NameColumns(places, none, [.. places.Select(_ => true)], none), NameMatching.Stem, ReadsNextWords: false);
    }

    private const string AreaKeySuffix = "(area)";

    private const string RiverKeySuffix = "(river)";

    /// <summary>
    /// The gazetteer's rivers by the stem of the one word their names give beside a word for a river ("Dnipro River",
    /// «река Днепр», «річка Дніпро»): the river's own name, which after a bank (на левом берегу Днепра, the west bank of
    /// the Dnieper) means the river, not the city it shares it with.
    /// </summary>
    private static FrozenDictionary<string, int[]> RiversByStem(Gazetteer gazetteer) =>
        Enumerable.Range(0, gazetteer.Places.Length)
            .Where(i => gazetteer.Places[i] is { Kind: PlaceKind.Feature, Subtype: "river" })
            .SelectMany(i => gazetteer.Places[i].Names.Select(name => (Words: name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => PlaceText.Normalise(word)).ToList(), Index: i)))
            .Where(p => p.Words.Count == 2 && p.Words.Count(WaterBefore.Contains) == 1)
            .GroupBy(p => PlaceText.Stem(p.Words.Single(word => !WaterBefore.Contains(word))), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Index).Distinct().Order().ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// The oblast a town's name stands for after "the region of" (the southern region of Mykolaiv, the Black Sea region
    /// of Odesa): the oblasts named "X region" for the town X.
    /// </summary>
    private int[] AreaOfNamedTown(List<Token> tokens, int at)
    {
        if (at < 2 || tokens[at - 1].Normal != "of" || tokens[at - 2].Normal is not ("region" or "oblast" or "province"))
        {
            return [];
        }

        return OblastsNamed(tokens[at].Stem, tokens[at - 2].Stem);
    }

    // The oblasts with a two-word name whose first word has this stem and whose second, when given, that one. Apart
    // from its callers' cheap checks, so that the query's closure is made only for the words that reach it.
    private int[] OblastsNamed(string stem, string? noun) =>
        [.. gazetteer.NamesStartingWith(stem)
            .Where(n => n.Stems.Length == 2 && (noun is null || n.Stems[1] == noun) && gazetteer.Places[n.PlaceIndex] is { Kind: PlaceKind.AdminArea, Subtype: "oblast" })
            .Select(n => n.PlaceIndex).Distinct().Order()];

    private bool AnyFeature(int[] places)
    {
        foreach (var place in places)
        {
            if (gazetteer.Places[place].Kind == PlaceKind.Feature)
            {
                return true;
            }
        }

        return false;
    }

    private const string SectorKeySuffix = "(sector)";

    // Whether an adjective stands before a sector noun, alone or in a list of such adjectives (на Слов'янському,
    // Бахмутському та Криворізькому напрямках).
    private static bool BeforeSectorNoun(List<Token> tokens, int at)
    {
        const int LongestList = 6;
        if (PlaceText.AdjectiveCore(tokens[at].Normal) is null)
        {
            return false;
        }

        // From one sector to another, the first shares the noun of the second (з Херсонського на Оріхівський напрямок).
        var fromSector = at > 0 && SectorFrom.Contains(tokens[at - 1].Normal);
        for (var next = at + 1; next < tokens.Count && next <= at + LongestList; next++)
        {
            var word = tokens[next];
            if (SectorNouns.Contains(word.Normal))
            {
                return true;
            }

            if (!Coordinators.Contains(word.Normal) && !(fromSector && SectorTo.Contains(word.Normal))
                && !(word.Capitalised && PlaceText.AdjectiveCore(word.Normal) is not null))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The towns a sector's adjective is formed from (Гуляйпільський → Гуляйполе, Покровский → Покровск, Курахівський →
    /// Курахове): the settlements whose single-word name is spelled as the likeliest of the adjective's possible bases
    /// that any settlement bears; failing those, the oblast the adjective names (Волинському напрямку → Volyn Oblast);
    /// failing that, a village in -ка (Vremivske → Vremivka).
    /// </summary>
    private int[] SectorTowns(string adjective)
    {
        foreach (var basis in PlaceText.AdjectiveBases(adjective, feminine: false))
        {
            if (SettlementsNamed(basis) is { Length: > 0 } towns)
            {
                // A sector across the border is the region the fighting is in, not its capital (на Курському напрямку,
                // на Курском направлении: Kursk Oblast).
                return !InUkraine(towns[0]) && OblastsNamed(PlaceText.Stem(adjective), noun: null) is { Length: > 0 } regions ? regions : towns;
            }
        }

        var oblasts = OblastsNamed(PlaceText.Stem(adjective), noun: null);
        return oblasts.Length > 0 ? oblasts : [.. PlaceText.AdjectiveBases(adjective, feminine: true).SelectMany(SettlementsNamed).Distinct().Order()];
    }

    // The settlements with a single-word name spelled so, a Ukrainian soft sign aside (the Russian Покровск is the
    // Ukrainian Покровськ); those in Ukraine when there are such, since sectors are named for towns of the front.
    private int[] SettlementsNamed(string normal)
    {
        int[] named = [.. gazetteer.NamesStartingWith(PlaceText.Stem(normal)).Concat(normal.EndsWith('к') ? gazetteer.NamesStartingWith(PlaceText.Stem(normal[..^1] + "ьк")) : [])
            .Where(n => n.Stems.Length == 1 && (n.LastNormal == normal || n.LastNormal.Replace("ь", "", StringComparison.Ordinal) == normal)
                && gazetteer.Places[n.PlaceIndex].Kind == PlaceKind.Settlement)
            .Select(n => n.PlaceIndex).Distinct().Order()];
        int[] inUkraine = [.. named.Where(InUkraine)];
        return inUkraine.Length > 0 ? inUkraine : named;
    }

    internal static bool StartsSentence(string text, int start)
    {
        for (var j = start - 1; j >= 0; j--)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c) && c != '\n' || c is '"' or '«' or '“' or '„' or '(' or '—' or '–' or '-')
            {
                continue;
            }

            return c is '.' or '!' or '?' or '\n' or ':';
        }

        return true;
    }

    // Whether the words after the first continue a name, compared by stem, by consonant skeleton or by Latin key.
    private static bool Continues(string text, List<Token> tokens, int at, string[] stems, NameMatching matching)
    {
        if (at + stems.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < stems.Length; j++)
        {
            var token = tokens[at + j];
            var same = matching switch
            {
                NameMatching.Skeleton => PlaceText.HasSkeleton(token.Stem, stems[j]),
                // A Latin name's later words are capitalised (Chasiv Yar, Zelenyy Hay): "Novoye in" is no Novyy Uoyan.
                NameMatching.LatinKey => token.Capitalised && LatinKey.Of(text.AsSpan(token.Start, token.End - token.Start)) is var key && (key == stems[j]
                    || LatinKey.Of(text.AsSpan(token.Start, token.End - token.Start), xIsKh: true) == stems[j]
                    || LatinKey.Of(text.AsSpan(token.Start, token.End - token.Start), shIsSKh: true) == stems[j]),
                _ => token.Stem == stems[j],
            };
            if (!same || !OnlyJoiners(text.AsSpan(tokens[at + j - 1].End, token.Start - tokens[at + j - 1].End)))
            {
                return false;
            }
        }

        return true;
    }

    // Words of one name are separated by spaces, hyphens, dashes or quotes, never by sentence punctuation.
    private static bool OnlyJoiners(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || PlaceText.IsApostrophe(c) || c is '-' or '‐' or '–' or '—' or '«' or '»' or '"' or '“' or '”' or '„'))
            {
                return false;
            }
        }

        return gap.Length <= 4;
    }

    // A cue one word back counts across a gap (населенный пункт Калиновка), never across a sentence's end.
    // The cue and the name belong to one phrase: "in the settlement, Russian troops…" puts a comma between a clause's
    // end and the next one's first word, which is no name of the settlement; an abbreviation's point stays (с. Дубівка).
    private static bool FollowsCue(string text, List<Token> tokens, int at) =>
        (at >= 1 && SettlementCues.Contains(tokens[at - 1].Normal) && OnePhrase(text, tokens[at - 1], tokens[at]))
        || (at >= 2 && SettlementCues.Contains(tokens[at - 2].Normal) && OnePhrase(text, tokens[at - 2], tokens[at]));

    private static bool OnePhrase(string text, Token cue, Token name)
    {
        var gap = text.AsSpan(cue.End, name.Start - cue.End);
        return gap.IndexOfAny(",;:!?\n") < 0 && (gap.IndexOf('.') < 0 || (AbbreviatedCues.Contains(cue.Normal) && gap.TrimStart('.').IndexOf('.') < 0));
    }

    private static readonly FrozenSet<string> AbbreviatedCues = FrozenSet.Create(StringComparer.Ordinal, "с", "смт", "пос", "пгт");

}

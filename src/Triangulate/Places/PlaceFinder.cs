using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// Finds gazetteer names in a report's text (inflected forms, former names, transliterations) and resolves each
/// to one place, using the areas and other places the same report names, a prior for the front-line oblasts and
/// population. Pure and thread-safe.
/// </summary>
public sealed class PlaceFinder(Gazetteer gazetteer) : IPlaceFinder
{
    // The oblasts where reports on the fighting cluster (Donetsk, Luhansk, Zaporizhzhia, Kharkiv, Kherson).
    private static readonly FrozenSet<string> FrontlineOblasts = FrozenSet.Create(StringComparer.Ordinal,
        "katottg:UA14000000000091971", "katottg:UA44000000000018893", "katottg:UA23000000000064947",
        "katottg:UA63000000000041885", "katottg:UA65000000000030969");

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
            "Komuna", "Luch", "Zarya", "Sonyachne", "Stepove", "Vesna", "Pivdenne",
        }.Select(w => PlaceText.Stem(PlaceText.Normalise(w)))]);

    private static readonly FrozenSet<string> SettlementCues = FrozenSet.Create(StringComparer.Ordinal,
        "село", "селі", "села", "селом", "с", "смт", "селище", "селища", "селищі", "поселок", "поселка", "поселке",
        "пос", "пгт", "деревня", "хутор", "хутора", "хуторі", "village", "town", "settlement", "hamlet", "городе",
        "город", "города", "місто", "міста", "місті", "населенный", "населений", "пункт", "пункта", "пункту");

    private const double FormerNamePenalty = 0.3;

    public ImmutableArray<PlaceMention> Find(Report report)
    {
        var text = report.Text;
        var tokens = PlaceText.Tokenise(text);
        var matches = Match(text, tokens);
        var first = matches.Select(m => Rank(m, FrozenSet<string>.Empty, [])).ToList();
        var areas = first.Where(r => r.Best.Kind == PlaceKind.AdminArea).Select(r => r.Best.Id).ToHashSet(StringComparer.Ordinal);
        var mentions = ImmutableArray.CreateBuilder<PlaceMention>(matches.Count);
        for (var m = 0; m < matches.Count; m++)
        {
            var others = first.Where((r, i) => i != m && r.Best.Kind is PlaceKind.Settlement or PlaceKind.Feature && matches[i].Key != matches[m].Key).Select(r => r.Best).ToList();
            var ranked = Rank(matches[m], areas, others);
            var span = new Span(matches[m].Start, matches[m].End);
            var mention = new PlaceMention(
                span,
                span.Slice(text),
                ranked.Best,
                ranked.Confidence,
                ranked.Best.Kind is PlaceKind.AdminArea or PlaceKind.Country ? PlacePrecision.Region : PlacePrecision.Exact,
                EstimatedLat: ranked.Best.Lat,
                EstimatedLon: ranked.Best.Lon,
                UncertaintyKm: ranked.Best.RadiusKm,
                RunnerUpId: ranked.RunnerUp?.Id);
            mentions.Add(mention);
        }

        return RelativeLocations.Apply(text, mentions.ToImmutable());
    }

    private sealed record NameMatch(int Start, int End, string Key, int[] Places, bool[] Former, bool CommonWord);

    private sealed record Ranking(Place Best, double Confidence, Place? RunnerUp);

    private List<NameMatch> Match(string text, List<Token> tokens)
    {
        var matches = new List<NameMatch>();
        var i = 0;
        while (i < tokens.Count)
        {
            var length = 0;
            var candidates = new Dictionary<int, bool>();
            foreach (var name in gazetteer.NamesStartingWith(tokens[i].Stem))
            {
                var k = name.Stems.Length;
                if (k < length || !Continues(text, tokens, i, name.Stems) || !AnyCapitalised(tokens, i, k))
                {
                    continue;
                }

                if (k > length)
                {
                    length = k;
                    candidates.Clear();
                }

                // A place matched by a current name is not also a former-name match.
                candidates[name.PlaceIndex] = candidates.TryGetValue(name.PlaceIndex, out var former) ? former && name.Former : name.Former;
            }

            if (length == 0)
            {
                i++;
                continue;
            }

            var key = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Stem));
            var common = length == 1 && CommonWords.Contains(tokens[i].Stem);
            if (!common || FollowsCue(tokens, i))
            {
                var ordered = candidates.OrderBy(c => c.Key).ToArray();
                matches.Add(new NameMatch(tokens[i].Start, tokens[i + length - 1].End, key, [.. ordered.Select(c => c.Key)], [.. ordered.Select(c => c.Value)], common));
            }

            i += length;
        }

        return matches;
    }

    private static bool Continues(string text, List<Token> tokens, int at, string[] stems)
    {
        if (at + stems.Length > tokens.Count)
        {
            return false;
        }

        for (var j = 1; j < stems.Length; j++)
        {
            var token = tokens[at + j];
            if (token.Stem != stems[j] || !OnlyJoiners(text.AsSpan(tokens[at + j - 1].End, token.Start - tokens[at + j - 1].End)))
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

    private static bool AnyCapitalised(List<Token> tokens, int at, int length)
    {
        for (var j = at; j < at + length; j++)
        {
            if (tokens[j].Capitalised)
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowsCue(List<Token> tokens, int at) =>
        (at >= 1 && SettlementCues.Contains(tokens[at - 1].Normal)) || (at >= 2 && SettlementCues.Contains(tokens[at - 2].Normal));

    private Ranking Rank(NameMatch match, IReadOnlySet<string> areasNamed, List<Place> otherPlaces)
    {
        var scored = new List<(Place Place, double Score)>(match.Places.Length);
        for (var c = 0; c < match.Places.Length; c++)
        {
            var place = gazetteer.Places[match.Places[c]];
            scored.Add((place, Score(place, match.Former[c], areasNamed, otherPlaces)));
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Place.Id, b.Place.Id));
        var total = scored.Sum(s => Math.Exp(s.Score - scored[0].Score));
        var confidence = 1 / total * (match.CommonWord ? 0.6 : 1.0);
        return new Ranking(scored[0].Place, Math.Round(confidence, 3), scored.Count > 1 ? scored[1].Place : null);
    }

    private static double Score(Place place, bool former, IReadOnlySet<string> areasNamed, List<Place> otherPlaces)
    {
        var score = Math.Log10(place.Population + 10);
        score += place.CountryCode == "UA" ? 1.0 : 0;
        score += place.Parents.Any(FrontlineOblasts.Contains) || FrontlineOblasts.Contains(place.Id) ? 1.5 : 0;
        score -= former ? FormerNamePenalty : 0;
        score += place.Parents.Any(areasNamed.Contains) ? 3 : 0;
        var nearest = otherPlaces.Where(o => o.Id != place.Id && !o.Parents.Contains(place.Id))
            .Select(o => Geo.DistanceKm(place.Lat, place.Lon, o.Lat, o.Lon)).DefaultIfEmpty(double.MaxValue).Min();
        score += nearest switch { < 20 => 3, < 50 => 2, < 150 => 1, _ => 0 };
        return score;
    }
}

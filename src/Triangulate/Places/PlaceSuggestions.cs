using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>A place offered for what someone typed: the place, and the name of it that matched.</summary>
public sealed record PlaceSuggestion(Place Place, string Matched, double Score);

/// <summary>
/// Places offered as a name is typed, in any spelling the gazetteer knows: first what the whole text resolves to as the
/// place finder reads a name (inflected, former, Russian or transliterated: "Dzerzhinsk", "Торецк" → Toretsk), then
/// places with a name starting with the text ("Torets" → Toretsk, Toretske), larger places first. Built once per
/// gazetteer; immutable.
/// </summary>
public sealed class PlaceSuggestions
{
    /// <summary>Resolutions scoring below this are a long tail of namesakes, left to the prefix search.</summary>
    private const double MinimumScore = 0.02;

    private readonly Gazetteer gazetteer;
    private readonly PlaceFinder finder;
    private readonly (string Name, int Place)[] names;

    public PlaceSuggestions(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        this.gazetteer = gazetteer;
        finder = new PlaceFinder(gazetteer);
        var all = new List<(string, int)>();
        for (var i = 0; i < gazetteer.Places.Length; i++)
        {
            foreach (var name in gazetteer.Places[i].Names.Select(n => PlaceText.Normalise(n.Text)).Append(PlaceText.Normalise(gazetteer.Places[i].Name)).Distinct(StringComparer.Ordinal))
            {
                all.Add((name, i));
            }
        }
        names = [.. all.OrderBy(n => n.Item1, StringComparer.Ordinal).ThenBy(n => n.Item2)];
    }

    public IReadOnlyList<PlaceSuggestion> Suggest(string text, int limit)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typed = text.Trim();
        if (typed.Length < 2 || limit < 1)
        {
            return [];
        }
        var suggestions = new List<PlaceSuggestion>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in finder.Resolve(typed).Where(c => c.Score >= MinimumScore && c.Place.Kind != PlaceKind.Country))
        {
            if (seen.Add(candidate.Place.Id))
            {
                suggestions.Add(new PlaceSuggestion(candidate.Place, typed, candidate.Score));
            }
        }
        var prefix = PlaceText.Normalise(typed);
        var byPlace = new Dictionary<int, string>();
        for (var i = FirstAtOrAfter(prefix); i < names.Length && names[i].Name.StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            byPlace.TryAdd(names[i].Place, names[i].Name);
        }
        suggestions.AddRange(byPlace
            .Select(pair => (Place: gazetteer.Places[pair.Key], Matched: pair.Value))
            .Where(pair => pair.Place.Kind != PlaceKind.Country && !seen.Contains(pair.Place.Id))
            .OrderByDescending(pair => Size(pair.Place))
            .ThenBy(pair => pair.Place.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Place.Id, StringComparer.Ordinal)
            .Select(pair => new PlaceSuggestion(pair.Place, pair.Matched, 0)));
        return suggestions.Take(limit).ToList();
    }

    /// <summary>How much a place matters when many share a prefix: oblasts, then settlements and features by population, then raions and hromadas.</summary>
    private static (int, long) Size(Place place) => place.Kind switch
    {
        PlaceKind.AdminArea => (place.Subtype is "oblast" or "region" or "krai" ? 2 : 0, place.Population),
        _ => (1, place.Population),
    };

    private int FirstAtOrAfter(string prefix)
    {
        var (low, high) = (0, names.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(names[middle].Name, prefix) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}

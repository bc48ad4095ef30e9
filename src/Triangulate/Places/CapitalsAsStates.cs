using System.Collections.Frozen;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// A capital named for its state rather than as a place (issue 12: "the places of a claim are the places it is
/// about"): "Kyiv's forces", "shot down by Kyiv", "accusing Kiev of", "Moscow continues its advance", "the defence
/// ministry in Moscow", «с подконтрольной Киеву территории», «официальный Киев», «Москва заявила». Such a name says who
/// acts or speaks, not where anything happened, so it is no place mention. The capital of a city as a place keeps
/// its reading: "in Kyiv", "Kyiv's Shevchenkivskyi district", «в Киеве заявили о взрывах», «під Києвом». The finder
/// still reports the name (it is a place's name in the text, and the places gold set counts it); the claims' reading
/// of places (<see cref="Claims.PlaceAnaphora"/>) leaves it out.
/// </summary>
internal static class CapitalsAsStates
{
    // The capitals whose names reports on the war use for their governments, by the gazetteer's English name and country.
    private static readonly FrozenSet<(string Name, string Country)> Capitals = new[]
    {
        ("Kyiv", "UA"), ("Moscow", "RU"), ("Minsk", "BY"), ("Washington", "US"), ("London", "GB"), ("Paris", "FR"),
        ("Berlin", "DE"), ("Brussels", "BE"), ("Warsaw", "PL"), ("Beijing", "CN"), ("Tehran", "IR"), ("Pyongyang", "KP"),
        ("Ankara", "TR"),
    }.ToFrozenSet();

    // Nouns after a capital's possessive that make it the state: "Kyiv's forces", "Moscow's talks with the US".
    private static readonly FrozenSet<string> StateNouns = FrozenSet.Create(StringComparer.Ordinal,
        "forces", "troops", "army", "military", "armed", "government", "regime", "leadership", "allies", "partners",
        "agreement", "talks", "claim", "claims", "offensive", "counteroffensive", "counter-offensive", "incursion", "advance",
        "war", "side", "proposal", "position", "negotiators", "delegation", "units", "soldiers", "attacks", "strikes",
        "invasion", "aggression", "drones", "missiles", "accusations", "denial", "version");

    // Words right before a capital that make it an agent or a party: "shot down by Kyiv", "accusing Kiev of", "official Kyiv".
    private static readonly FrozenSet<string> StateBefore = FrozenSet.Create(StringComparer.Ordinal,
        "by", "accused", "accuses", "accusing", "blamed", "blames", "blaming", "urged", "urges", "urging", "official");

    // Stems of the words before a capital that make it the state in Russian and Ukrainian: «подконтрольной Киеву»,
    // «контролируемой Киевом», «обвинила Киев», «официальный Киев», «звинуватила Київ».
    private static readonly string[] StateBeforeStems =
        ["подконтрольн", "підконтрольн", "контролируем", "контрольован", "обвин", "звинуват", "звинувач", "официальн", "офіційн"];

    // Verbs after a capital in the nominative that make it the state: "Moscow said", "Kyiv denied", «Москва заявила».
    private static readonly FrozenSet<string> StateVerbs = FrozenSet.Create(StringComparer.Ordinal,
        "said", "says", "claimed", "claims", "denied", "denies", "accused", "accuses", "insisted", "insists", "announced",
        "continues", "continued", "recently", "reclaimed", "responded", "rejected", "refused", "agreed", "admitted", "launched");

    private static readonly string[] StateVerbStems =
        ["заяв", "сообщ", "обвин", "отверг", "отрица", "признал", "настаива", "повідом", "звинуват", "відкин", "запереч", "визна", "наполяг"];

    // Bodies whose seat the capital names: "the defence ministry in Moscow", "officials in Kyiv".
    private static readonly FrozenSet<string> SeatedBodies = FrozenSet.Create(StringComparer.Ordinal,
        "ministry", "government", "officials", "authorities", "kremlin", "leadership", "command", "embassy", "regime", "diplomats");

    // Prepositions before a capital, which make it a place: «в Киеве заявили», "in Kyiv".
    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
        "в", "во", "у", "на", "под", "під", "из", "із", "з", "с", "от", "від", "до", "над", "около", "біля", "возле", "in", "at",
        "near", "over", "to", "from", "around", "outside");

    /// <summary>Whether a place is the capital of a state that reports on the war name (Kyiv, Moscow, Minsk…): what «столиця», "the capital" may mean.</summary>
    public static bool IsCapital(Place place) => place.Kind == PlaceKind.Settlement && Capitals.Contains((place.Name, place.CountryCode));

    /// <summary>Whether the name at [<paramref name="start"/>, <paramref name="end"/>), resolved to <paramref name="place"/>, stands for a state.</summary>
    public static bool StandsForState(string text, int start, int end, Place place)
    {
        if (!IsCapital(place))
        {
            return false;
        }

        var before = WordBefore(text, start);
        var possessive = Possessive(text, end);
        if (possessive > 0)
        {
            return StateNouns.Contains(WordAfter(text, possessive).ToLowerInvariant());
        }

        var previous = before.Word.ToLowerInvariant();
        if (StateBefore.Contains(previous) || StateBeforeStems.Any(stem => previous.StartsWith(stem, StringComparison.Ordinal)))
        {
            return true;
        }

        if (previous == "in" && SeatedBodies.Contains(WordBefore(text, before.Start).Word.ToLowerInvariant()))
        {
            return true;
        }

        var next = WordAfter(text, end).ToLowerInvariant();
        return !Prepositions.Contains(previous)
            && (StateVerbs.Contains(next) || StateVerbStems.Any(stem => next.StartsWith(stem, StringComparison.Ordinal)));
    }

    /// <summary>Where the word after an English possessive ('s, ’s) right after the name may start, else 0.</summary>
    private static int Possessive(string text, int end)
    {
        // The name's span may hold the possessive, as an apostrophe inside a word is a name's (Слов'янськ).
        if (end >= 2 && text[end - 2] is '\'' or '’' && text[end - 1] == 's')
        {
            return end;
        }

        return end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] == 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]))
            ? end + 2
            : 0;
    }

    private static (string Word, int Start) WordBefore(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && (char.IsLetter(text[from - 1]) || text[from - 1] == '-'))
        {
            from--;
        }

        return (text[from..end], from);
    }

    private static string WordAfter(string text, int end)
    {
        var from = end;
        while (from < text.Length && text[from] == ' ')
        {
            from++;
        }

        var to = from;
        while (to < text.Length && (char.IsLetter(text[to]) || text[to] == '-'))
        {
            to++;
        }

        return text[from..to];
    }
}

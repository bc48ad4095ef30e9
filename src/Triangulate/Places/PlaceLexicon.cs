using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Text;

namespace Triangulate.Places;

/// <summary>
/// Words that keep a name that is a place's from being read as one, in English, Russian and Ukrainian, from data files
/// per language (<c>data/lexicon/places.{en,ru,uk}.json</c>); all languages' words count in every text. Today: the
/// words for a grouping of forces, whose quoted name is often a place's («группировкой ВСУ “Таврия”»: Tavriia is a
/// village, the grouping is not where anything happened); and the words that make a claim a tally of a period or of a
/// whole front («за сутки», «за минулу добу», «на данном направлении», "in total"), whose place is an area, not one
/// settlement of the report; and the words for talks and agreements, whose venue is no place of a claim.
/// </summary>
public sealed class PlaceLexicon
{
    // How far before a quoted name a grouping word is looked for: a word or two may stand between («группировкой ВСУ “Таврия”»).
    private const int GroupingWordReach = 24;

    private static readonly Lazy<PlaceLexicon> Bundled = new(() => Load(Path.Combine(AppContext.BaseDirectory, LexiconFiles.DefaultDirectory)));

    private static readonly char[] OpeningQuotes = ['«', '"', '“', '„'];

    private readonly ImmutableArray<string> groupingWords;

    private readonly ImmutableArray<string> groupingAcronyms;

    private PlaceLexicon(IReadOnlyList<JsonElement> languages)
    {
        groupingWords = [.. languages.SelectMany(language => LexiconFiles.Strings(language, "grouping_words"))];
        groupingAcronyms = [.. languages.SelectMany(language => LexiconFiles.Strings(language, "grouping_acronyms"))];
        TallyWords = LexiconFiles.Words(languages, "tally_words");
        venueWords = [.. languages.SelectMany(language => LexiconFiles.Strings(language, "venue_words"))];
    }

    private readonly ImmutableArray<string> venueWords;

    /// <summary>
    /// Whether the name starting at <paramref name="nameStart"/> of <paramref name="lowered"/> (the text lower-cased) is
    /// named as the venue of talks or an agreement: a venue word's stem, then «у», «в», "in" or "at", right before it
    /// («згідно з домовленостями у Стамбулі», «переговоры в Минске», "the agreements in Istanbul"). Such talks are
    /// not where a claim's happening took place.
    /// </summary>
    public bool NamesAVenue(string lowered, int nameStart)
    {
        var before = lowered.AsSpan(0, nameStart).TrimEnd();
        var preposition = before.LastIndexOf(' ');
        if (preposition < 0 || before[(preposition + 1)..] is not ("у" or "в" or "in" or "at"))
        {
            return false;
        }
        var words = before[..preposition].TrimEnd();
        var noun = words[(words.LastIndexOf(' ') + 1)..];
        foreach (var stem in venueWords)
        {
            if (noun.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Words that make a claim a tally of a day, a week or the whole operation, or of a front's sector left unnamed
    /// («За сутки ВСУ потеряли 340 военнослужащих», «на данном направлении», «за минулу добу», "in total"): matched in
    /// the lower-cased text, a word's end marked by '='.
    /// </summary>
    public CueLexicon<bool> TallyWords { get; }

    /// <summary>The lexicon shipped beside the assembly, loaded once.</summary>
    public static PlaceLexicon Default => Bundled.Value;

    public static PlaceLexicon Load(string directory) => new(LexiconFiles.ReadAll(directory, "places.*.json", "place lexicon"));

    /// <summary>
    /// Whether the name starting at <paramref name="nameStart"/> of <paramref name="text"/> is the quoted name of a
    /// grouping of forces: it opens right after a quote mark, and a grouping word (any case) or acronym (in capitals,
    /// since «роту» is no unit) stands shortly before it («угруповання військ "Хортиця"», ОТУ «Луганськ»).
    /// </summary>
    public bool NamesAGrouping(string text, int nameStart)
    {
        if (nameStart < 1 || nameStart > text.Length || Array.IndexOf(OpeningQuotes, text[nameStart - 1]) < 0)
        {
            return false;
        }

        var before = text.AsSpan(Math.Max(0, nameStart - 1 - GroupingWordReach), Math.Min(nameStart - 1, GroupingWordReach));
        foreach (var word in groupingWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var acronym in groupingAcronyms)
        {
            if (before.Contains(acronym, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

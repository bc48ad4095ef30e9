using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims.Speech;

/// <summary>
/// One sentence as the speech reader walks it: its words, and the short quoted names inside it («Группы Вагнера»,
/// "Хортиця") whose quote marks belong to a name rather than open a quotation.
/// </summary>
internal sealed class SentenceView
{
    private const int MaxQuotedNameWords = 6;
    private const string BoundaryMarks = ",;:—–()[]!?.«»“”„\"";

    private readonly ImmutableArray<Span> _nameQuotes;

    /// <summary>Registry names in the sentence, whose punctuation parts nothing ("Operation Z: Military Correspondents…").</summary>
    private readonly ImmutableArray<Span> _names;

    private readonly ImmutableArray<Span> _places;

    public SentenceView(string text, string lowered, Span sentence, IEnumerable<Span> names, IEnumerable<Span> places)
    {
        _names = [.. names.Where(name => sentence.Contains(name))];
        _places = [.. places.Where(place => sentence.Contains(place))];
        Text = text;
        Lowered = lowered;
        Sentence = sentence;
        Tokens = TextTokens.Words(text, sentence);
        _nameQuotes = NameQuotes(text, sentence);
    }

    public string Text { get; }

    public string Lowered { get; }

    public Span Sentence { get; }

    public ImmutableArray<TextToken> Tokens { get; }

    /// <summary>Whether a cue found at <paramref name="at"/> starts a word (cues are matched at word starts, but a stem may sit after a hyphen).</summary>
    public bool StartsWord(int at) => at == 0 || !char.IsLetterOrDigit(Text[at - 1]);

    /// <summary>
    /// Whether the characters between two words part them into different phrases: a comma, colon, dash, bracket, stop or
    /// a quote mark that is not part of a short quoted name.
    /// </summary>
    public bool IsBoundary(int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            var c = Text[at];
            if (c == '-' && at > 0 && at + 1 < Text.Length
                && ((char.IsWhiteSpace(Text[at - 1]) && char.IsWhiteSpace(Text[at + 1])) || Text[at - 1] == '-' || Text[at + 1] == '-'))
            {
                // A hyphen typed for a dash ("MOSCOW - Russia said", «…, - сообщили в ведомстве»), or two of them as wires
                // type one ("Oct. 2 (UPI) -- Ukrainian forces said"), parts phrases as a dash does.
                return true;
            }
            if (BoundaryMarks.Contains(c, StringComparison.Ordinal) && !(IsQuoteMark(c) && InNameQuote(at)) && !InName(at))
            {
                // A hyphen-like dash inside a word ("Telegram–канал") is no boundary; a spaced one is.
                if (c is '—' or '–' && at > 0 && at + 1 < Text.Length && char.IsLetter(Text[at - 1]) && char.IsLetter(Text[at + 1]))
                {
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether one of the lexicon's cues starts exactly at the token.</summary>
    public bool IsAt<T>(CueLexicon<T> lexicon, TextToken token)
    {
        var range = new Span(token.Span.Start, Math.Min(Sentence.End, token.Span.Start + 40));
        return lexicon.MatchesAtStart(Lowered, range);
    }

    /// <summary>The comma right before <paramref name="at"/> (only spaces between), or null.</summary>
    public int? CommaBefore(int at)
    {
        var i = at - 1;
        while (i >= Sentence.Start && char.IsWhiteSpace(Text[i]))
        {
            i--;
        }
        if (i >= Sentence.Start && Text[i] == ',')
        {
            return i;
        }
        // The comma opening an apposition: the nearest one before, within the sentence.
        if (i >= Sentence.Start && char.IsLetterOrDigit(Text[i]))
        {
            var comma = Text.LastIndexOf(',', i, i - Sentence.Start + 1);
            return comma >= Sentence.Start ? comma : null;
        }
        return null;
    }

    private bool InName(int at) => _names.Any(name => name.Start < at && at < name.End);

    /// <summary>Whether a registry name lies within <paramref name="phrase"/>.</summary>
    public bool HasName(Span phrase) => NamesIn(phrase).Any();

    /// <summary>The registry names within <paramref name="phrase"/>.</summary>
    public IEnumerable<Span> NamesIn(Span phrase) => _names.Where(name => phrase.Contains(name));

    /// <summary>Whether <paramref name="phrase"/> is exactly one registry name.</summary>
    public bool IsName(Span phrase) => _names.Any(name => name == phrase || NameQuoteAround(name) == phrase);

    /// <summary>The registry name starting at one of the first <paramref name="words"/> words of <paramref name="range"/>, or null.</summary>
    public Span? NameStartingWithin(Span range, int words)
    {
        var starts = Tokens.Where(token => range.Contains(token.Span)).Take(words).Select(token => token.Span.Start).ToList();
        return _names.Where(name => range.Contains(name) && starts.Contains(name.Start)).OrderBy(name => name.Start).FirstOrDefault() is { Length: > 0 } found ? found : null;
    }

    public bool InPlace(Span word) => _places.Any(place => place.Overlaps(word));

    /// <summary>Whether a span lies inside a registry name or a place name.</summary>
    public bool InAnyName(Span span) => _names.Any(name => name.Contains(span)) || _places.Any(place => place.Contains(span));

    public bool InNameQuote(int at) => _nameQuotes.Any(span => span.Start <= at && at < span.End);

    /// <summary>The quoted name (with its quote marks) that <paramref name="span"/> lies in, or null.</summary>
    public Span? NameQuoteAround(Span span) =>
        _nameQuotes.FirstOrDefault(quote => quote.Start <= span.Start && span.End <= quote.End) is { Length: > 0 } found ? found : null;

    private static bool IsQuoteMark(char c) => c is '«' or '»' or '“' or '”' or '„' or '"' or '(' or ')';

    /// <summary>
    /// Quote pairs around a short name: at most six words, no stop or comma inside, and the opening mark right before a
    /// capital or digit («Группы Вагнера», "Хортиця", “Rubikon”). Longer quoted runs are quotations.
    /// </summary>
    private static ImmutableArray<Span> NameQuotes(string text, Span sentence)
    {
        var quotes = ImmutableArray.CreateBuilder<Span>();
        for (var at = sentence.Start; at < sentence.End; at++)
        {
            var closer = text[at] switch
            {
                // "Институт изучения войны (ISW)", «голови ОВА (обласної військової адміністрації)»: a bracketed short name.
                '(' => ')',
                '«' => '»',
                '“' => '”',
                '„' => '“',
                '"' when at == sentence.Start || !char.IsLetterOrDigit(text[at - 1]) => '"',
                _ => '\0',
            };
            if (closer == '\0' || at + 1 >= sentence.End || !(char.IsUpper(text[at + 1]) || char.IsDigit(text[at + 1])))
            {
                continue;
            }
            var close = text.IndexOf(closer, at + 1, sentence.End - at - 1);
            if (close < 0)
            {
                continue;
            }
            var inside = new Span(at + 1, close);
            if (inside.Slice(text).AsSpan().ContainsAny(",;!?") || TextTokens.Words(text, inside).Length > MaxQuotedNameWords)
            {
                continue;
            }
            quotes.Add(new Span(at, close + 1));
            at = close;
        }
        return quotes.ToImmutable();
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>A sentence of a report: its trimmed span and the paragraph (0-based) it sits in.</summary>
public sealed record Sentence(Span Span, int Paragraph);

/// <summary>
/// Splits report text into sentences and clauses with exact offsets. Rule-based and language-aware enough for
/// news prose in English, Russian and Ukrainian: abbreviations, initials, decimals, quotes and ellipses do not end
/// a sentence; a line break always does, and so does the double bar that joins a page's headlines ("… || …").
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.ToFrozenSet(
    [
        "gen", "col", "lt", "maj", "capt", "sgt", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "jr", "sr", "u.s", "approx", "e.g", "i.e",
        // Titles and months as English wires shorten them before a name or a day ("Gov. Oleh Syniehubov", "on Oct. 26").
        "gov", "adm", "brig", "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec",
        "г", "гг", "ст", "ул", "пгт", "им", "т.е", "т.к", "т.д", "т.п", "т.ч", "н.п", "с", "см", "тыс", "млн", "млрд", "руб", "обл",
        "р", "рр", "вул", "смт", "с.ш", "тис", "ін", "т.ін", "див", "ген", "полк", "ім",
        // Language labels before a name in another language: "Торецьк (рос. Торецк)", "Dzerzhinsk (рус. Дзержинск)".
        "рос", "укр", "англ", "рус", "нім", "нем", "напр", "ред",
    ], StringComparer.Ordinal);

    /// <summary>
    /// The endings of outlets' names written as web addresses ("Censor.NET", "INTERFAX.RU", "Новини.LIVE", "News.Az"):
    /// the dot in them is no sentence end, though a capital follows it with no space.
    /// </summary>
    private static readonly FrozenSet<string> AddressEndings = FrozenSet.ToFrozenSet(
    [
        "ru", "ua", "az", "by", "kz", "net", "com", "org", "info", "live", "tv", "fm", "рф", "нет", "уа",
    ], StringComparer.Ordinal);

    private static readonly string[] ClauseSeparators =
    [
        "; ", ", and ", ", but ", ", while ", ", whereas ", " and ",
        ", а ", ", но ", ", и ", " и ", ", а также ",
        ", але ", ", і ", " і ", ", та ", " та ", ", а також ",
        // Bare commas and colons last, so that ", а " wins over ", " where both start.
        ", ", ": ",
    ];

    public static ImmutableArray<Sentence> Split(string text)
    {
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var paragraph = 0;
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // "Title one || Title two": a page's headlines joined by a double bar are lines of their own.
            if (c == '\n' || (c == '|' && i + 1 < text.Length && text[i + 1] == '|'))
            {
                Add(sentences, text, start, i, paragraph);
                paragraph++;
                i += c == '|' ? 2 : 0;
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }
                start = i;
                continue;
            }
            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '…'))
                {
                    end++;
                }
                while (end < text.Length && IsClosing(text[end]))
                {
                    end++;
                }
                if (EndsSentence(text, i, end))
                {
                    Add(sentences, text, start, end, paragraph);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(sentences, text, start, text.Length, paragraph);
        return sentences.ToImmutable();
    }

    /// <summary>
    /// Coordinated clauses of a sentence ("ЗСУ відбили 12 атак, а противник просунувся…"), cut at conjunctions, commas,
    /// colons and semicolons. The caller decides which pieces are clauses of their own (those holding their own event)
    /// and joins the rest to their neighbours; the pieces cover the sentence in order.
    /// </summary>
    public static ImmutableArray<Span> SplitClauses(string text, Span sentence)
    {
        var clauses = ImmutableArray.CreateBuilder<Span>();
        var start = sentence.Start;
        var position = sentence.Start;
        // Where each separator next occurs (-1: nowhere further), looked up again only once the cut has passed it, so
        // that a long sentence is not searched from each cut for every separator.
        Span<int> occurrences = stackalloc int[ClauseSeparators.Length];
        occurrences.Fill(int.MinValue);
        while (position < sentence.End)
        {
            var next = -1;
            var separatorLength = 0;
            for (var s = 0; s < ClauseSeparators.Length; s++)
            {
                if (occurrences[s] != -1 && occurrences[s] < position)
                {
                    occurrences[s] = text.IndexOf(ClauseSeparators[s], position, sentence.End - position, StringComparison.Ordinal);
                }
                var found = occurrences[s];
                if (found >= 0 && (next < 0 || found < next))
                {
                    next = found;
                    separatorLength = ClauseSeparators[s].Length;
                }
            }
            if (next < 0)
            {
                break;
            }
            if (Trim(text, start, next) is { } clause)
            {
                clauses.Add(clause);
            }
            start = next + separatorLength;
            position = start;
        }
        if (Trim(text, start, sentence.End) is { } last)
        {
            clauses.Add(last);
        }
        return clauses.ToImmutable();
    }

    internal static Span? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end > start ? new Span(start, end) : null;
    }

    private static void Add(ImmutableArray<Sentence>.Builder sentences, string text, int start, int end, int paragraph)
    {
        if (Trim(text, start, end) is { } span)
        {
            sentences.Add(new Sentence(span, paragraph));
        }
    }

    private static bool IsClosing(char c) => c is '»' or '”' or '"' or '’' or ')' or ']' or '\'';

    private static bool EndsSentence(string text, int terminator, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }
        if (!char.IsWhiteSpace(text[end]))
        {
            return EndsUnspaced(text, terminator, end);
        }
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t')
        {
            next++;
        }
        if (next >= text.Length || text[next] is '\n' or '\r')
        {
            return true;
        }
        var following = text[next];
        // «…», — сказал он: a dash or a lower-case word after the stop continues the sentence.
        if (following is '—' or '–' or '-' || char.IsLower(following))
        {
            return false;
        }
        return text[terminator] != '.' || !IsAbbreviation(text, terminator);
    }

    /// <summary>
    /// Whether a stop with no space after it still ends a sentence: «…сообщил Гайдай.«Обстреливают…», "…held by Kiev's
    /// forces.Russian troops…", a credit glued to the text («…пострадали в Белгороде.Известия»). It does when a capital
    /// or an opening quote follows a word of two letters or more, unless the dot is an abbreviation's or stands inside an
    /// outlet's web address ("Censor.NET", "INTERFAX.RU").
    /// </summary>
    private static bool EndsUnspaced(string text, int terminator, int end)
    {
        if (text[end] is not ('«' or '“' or '„') && !char.IsUpper(text[end]))
        {
            return false;
        }
        if (terminator < 2 || !char.IsLetterOrDigit(text[terminator - 1]) || !char.IsLetterOrDigit(text[terminator - 2]))
        {
            return terminator > 0 && IsClosing(text[terminator - 1]);
        }
        if (text[terminator] == '.' && IsAbbreviation(text, terminator))
        {
            return false;
        }
        var wordEnd = end;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return !(end == terminator + 1 && AddressEndings.Contains(text[end..wordEnd].ToLowerInvariant()));
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || (text[wordStart - 1] == '.' && wordStart - 2 >= 0 && char.IsLetter(text[wordStart - 2]))))
        {
            wordStart--;
        }
        if (wordStart == dot)
        {
            return false;
        }
        var word = text[wordStart..dot];
        // An initial: "И. Кимаковский", "O. Syrskyi".
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        return Abbreviations.Contains(word.ToLowerInvariant());
    }
}

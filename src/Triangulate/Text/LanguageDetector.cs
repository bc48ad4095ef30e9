using System.Collections.Frozen;

namespace Triangulate.Text;

/// <summary>
/// Tells English, Russian and Ukrainian apart, down to one short sentence. Script decides English; between the two
/// Cyrillic languages the cues are letters only one alphabet has (і ї є ґ against ы э ъ ё), frequent function words,
/// typical endings, and — for longer texts — the absence of the letters Ukrainian can hardly do without.
/// One pass over the text, no allocation: it runs on every report.
/// </summary>
public static class LanguageDetector
{
    public const string English = "en";
    public const string Russian = "ru";
    public const string Ukrainian = "uk";
    public const string Undetermined = "und";

    /// <summary>Beyond this many characters the verdict is settled; long texts are not read to the end.</summary>
    private const int MaxCharsRead = 8_000;

    private const int MaxWordLength = 24;
    private const int LetterWeight = 3;
    private const int WordWeight = 3;
    private const int EndingWeight = 1;
    private const int AbsenceTellsAfter = 40;

    // Function words and frequent report words without a distinctive letter (words with one are caught by the letter).
    private static readonly FrozenSet<string> UkrainianWords = FrozenSet.ToFrozenSet(
    [
        "та", "що", "як", "це", "вже", "або", "але", "з", "зі", "із", "до", "його", "вона", "вони", "було", "буде",
        "був", "була", "були", "проти", "коли", "де", "також", "ще", "тому", "через", "року", "щодо", "внаслідок",
        "зсу", "зс", "окупанти", "ворог", "ворога", "вночі", "чого", "яка", "який", "яке", "які", "може", "має", "наразі",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> RussianWords = FrozenSet.ToFrozenSet(
    [
        "и", "что", "как", "он", "она", "они", "его", "ее", "но", "или", "уже", "еще", "также", "где", "когда", "после",
        "около", "во", "со", "из", "от", "под", "был", "была", "были", "будет", "который", "которые", "которая",
        "против", "года", "сегодня", "ночью", "всу", "вс", "оккупанты", "россия", "россии", "российские", "можно",
        "того", "чтобы", "при", "этом", "более", "человек", "время", "говорит", "сообщили", "сообщает",
    ], StringComparer.Ordinal);

    // Stems of frequent report words that differ between the languages without a distinctive letter.
    private static readonly string[] UkrainianStems = ["нафт", "знищ", "загин", "ворож", "окупант", "уражен", "вибух", "будин", "уламк", "житлов"];
    private static readonly string[] RussianStems = ["нефт", "уничтож", "погиб", "вражеск", "оккупант", "поражен", "взрыв", "сообщ", "здани", "обломк", "жилой"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UkrainianLookup =
        UkrainianWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RussianLookup =
        RussianWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Detect(ReadOnlySpan<char> text)
    {
        var tally = new Tally();
        Span<char> word = stackalloc char[MaxWordLength];
        var wordLength = 0;
        var wordOverflow = false;
        var limit = Math.Min(text.Length, MaxCharsRead);
        for (var i = 0; i <= limit; i++)
        {
            var c = i < limit ? text[i] : ' ';
            if (wordLength == 0 && IsUrlStart(text[i..limit]))
            {
                // A link's Latin letters say nothing about the language around it.
                i = SkipToWhitespace(text, i, limit);
                continue;
            }
            if (char.IsLetter(c))
            {
                tally.CountLetter(c);
                if (wordLength < MaxWordLength)
                {
                    word[wordLength++] = char.ToLowerInvariant(c);
                }
                else
                {
                    wordOverflow = true;
                }
                continue;
            }
            if (IsApostrophe(c) && wordLength > 0 && i + 1 < limit && IsCyrillic(text[i + 1]) && IsCyrillic(text[i - 1]))
            {
                // п'ять, з'явилися: Ukrainian writes an apostrophe inside words where Russian writes ъ or ь.
                tally.UkrainianScore += LetterWeight;
                continue;
            }
            if (wordLength > 0 && !wordOverflow)
            {
                tally.CountWord(word[..wordLength]);
            }
            wordLength = 0;
            wordOverflow = false;
        }
        return tally.Verdict();
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsUrlStart(ReadOnlySpan<char> rest) =>
        rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static int SkipToWhitespace(ReadOnlySpan<char> text, int start, int limit)
    {
        var i = start;
        while (i < limit && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private struct Tally
    {
        public int Latin;
        public int Cyrillic;
        public int UkrainianLetters;
        public int UkrainianScore;
        public int RussianScore;

        public void CountLetter(char c)
        {
            if (c < '\u0250')
            {
                Latin++;
                return;
            }
            if (!IsCyrillic(c))
            {
                return;
            }
            Cyrillic++;
            switch (char.ToLowerInvariant(c))
            {
                case 'і' or 'ї' or 'є' or 'ґ':
                    UkrainianLetters++;
                    UkrainianScore += LetterWeight;
                    break;
                case 'ы' or 'э' or 'ъ' or 'ё':
                    RussianScore += LetterWeight;
                    break;
            }
        }

        public void CountWord(ReadOnlySpan<char> word)
        {
            if (!IsCyrillic(word[0]))
            {
                return;
            }
            if (UkrainianLookup.Contains(word))
            {
                UkrainianScore += WordWeight;
            }
            else if (RussianLookup.Contains(word))
            {
                RussianScore += WordWeight;
            }
            if (word.Length < 4)
            {
                return;
            }
            CountEnding(word);
        }

        private void CountEnding(ReadOnlySpan<char> word)
        {
            // Russian adjective and plural endings and past tense in -л, which Ukrainian spells otherwise.
            if (word.EndsWith("ая") || word.EndsWith("яя") || word.EndsWith("ое") || word.EndsWith("ие") || word.EndsWith("ой")
                || word.EndsWith("ов") || word.EndsWith("ал") || word.EndsWith("ил") || StartsWithAny(word, RussianStems))
            {
                RussianScore += EndingWeight;
            }
            // Ukrainian past tense in -в, verbal nouns in -ння/-ття, infinitives in -ти.
            else if (word.EndsWith("ав") || word.EndsWith("ив") || word.EndsWith("ння") || word.EndsWith("ття")
                     || word.EndsWith("ати") || word.EndsWith("ити") || StartsWithAny(word, UkrainianStems))
            {
                UkrainianScore += EndingWeight;
            }
            if (word.Contains("сс", StringComparison.Ordinal) || word.Contains("кк", StringComparison.Ordinal))
            {
                // Россия, оккупанты: Ukrainian rarely doubles these consonants.
                RussianScore += EndingWeight;
            }
            else if (word.Contains("ськ", StringComparison.Ordinal) || word.Contains("цьк", StringComparison.Ordinal))
            {
                // Одеський, Луцька: Russian writes -ск-, -цк- without the soft sign.
                UkrainianScore += EndingWeight;
            }
        }

        public readonly string Verdict()
        {
            if (Latin == 0 && Cyrillic == 0)
            {
                return Undetermined;
            }
            if (Latin > Cyrillic)
            {
                return English;
            }
            var russian = RussianScore;
            if (UkrainianLetters == 0 && Cyrillic > AbsenceTellsAfter)
            {
                // About one Ukrainian letter in fifteen is і, ї or є: a short sentence may lack them, a long text not.
                russian += Math.Min((Cyrillic - AbsenceTellsAfter) / 20, 4 * LetterWeight);
            }
            // On a tie the missing і, ї and є decide, however short the text.
            return UkrainianScore > russian || UkrainianScore == russian && UkrainianLetters > 0 ? Ukrainian : Russian;
        }
    }
}

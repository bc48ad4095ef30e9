using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Numbers with units in a claim: "up to about 1.45 kilometers", "1,5 км", "12 атак", "до 390 военнослужащих", in words
/// ("two civilians", «двоє мирних жителів») and across describing words ("65 Ukrainian soldiers").
/// </summary>
public static partial class QuantityReader
{
    private static readonly (string Prefix, string Unit)[] Units =
    [
        ("km", "km"), ("kilomet", "km"), ("км", "km"), ("километр", "km"), ("кілометр", "km"),
        ("m", "m"), ("met", "m"), ("м", "m"), ("метр", "m"),
        ("counterattack", "counterattacks"), ("counter-attack", "counterattacks"), ("контратак", "counterattacks"),
        ("attack", "attacks"), ("assault", "attacks"), ("атак", "attacks"), ("штурм", "attacks"), ("боестолкновен", "clashes"), ("бойов", "clashes"), ("clash", "clashes"),
        ("soldier", "personnel"), ("troop", "personnel"), ("servicem", "personnel"), ("militar", "personnel"), ("personnel", "personnel"), ("fighter", "personnel"),
        ("военнослужащ", "personnel"), ("военн", "personnel"), ("солдат", "personnel"), ("боевик", "personnel"), ("боец", "personnel"), ("бойц", "personnel"),
        ("військовослужбов", "personnel"), ("військов", "personnel"), ("окупант", "personnel"), ("оккупант", "personnel"), ("бійц", "personnel"), ("боєц", "personnel"),
        ("people", "people"), ("civilian", "people"), ("человек", "people"), ("мирн", "people"), ("осіб", "people"), ("людей", "people"), ("людини", "people"),
        ("drone", "drones"), ("uav", "drones"), ("дрон", "drones"), ("бпла", "drones"), ("беспилотник", "drones"), ("безпілотник", "drones"),
        ("missile", "missiles"), ("ракет", "missiles"), ("tank", "tanks"), ("танк", "tanks"),
        ("village", "settlements"), ("settlement", "settlements"), ("населенн", "settlements"), ("населен", "settlements"), ("сел", "settlements"),
        ("prisoner", "prisoners"), ("пленн", "prisoners"), ("полонен", "prisoners"),
    ];

    // Numerals written as words, in the forms reports count people and things with: English cardinals, Russian and
    // Ukrainian cardinals and collectives in the nominative and the genitive («двоє загиблих», «пятеро раненых», «двух
    // военных»). A closed class of the languages, so listed here rather than in a lexicon file.
    private static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["одного"] = 1, ["одной"] = 1, ["два"] = 2, ["две"] = 2, ["двое"] = 2, ["двух"] = 2,
        ["три"] = 3, ["трое"] = 3, ["трех"] = 3, ["трёх"] = 3, ["четыре"] = 4, ["четверо"] = 4, ["четырех"] = 4, ["четырёх"] = 4,
        ["пять"] = 5, ["пятеро"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шестеро"] = 6, ["шести"] = 6, ["семь"] = 7, ["семеро"] = 7,
        ["семи"] = 7, ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десятеро"] = 10,
        ["десяти"] = 10, ["одиннадцать"] = 11, ["двенадцать"] = 12, ["пятнадцать"] = 15, ["двадцать"] = 20, ["тридцать"] = 30,
        ["одне"] = 1, ["однієї"] = 1, ["дві"] = 2, ["двоє"] = 2, ["двох"] = 2, ["троє"] = 3, ["трьох"] = 3, ["чотири"] = 4,
        ["чотирьох"] = 4, ["п'ять"] = 5, ["п'ятеро"] = 5, ["п'яти"] = 5, ["шість"] = 6, ["сім"] = 7, ["вісім"] = 8,
        ["восьмеро"] = 8, ["дев'ять"] = 9, ["дев'ятеро"] = 9, ["дев'яти"] = 9, ["одинадцять"] = 11, ["дванадцять"] = 12,
        ["п'ятнадцять"] = 15, ["двадцять"] = 20, ["тридцять"] = 30,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Words that end the search for a count's noun: what follows them is not what is counted ("one of the drones",
    // «один из», «один з»).
    private static readonly FrozenSet<string> Breaks = FrozenSet.Create(StringComparer.Ordinal,
        "of", "the", "a", "and", "or", "in", "at", "from", "by", "to", "из", "в", "у", "з", "із", "и", "і", "та", "на", "по", "от", "від");

    // Describing words a count may take before its noun ("65 Ukrainian soldiers", «30 российских беспилотников»).
    private const int MostModifiers = 2;

    public static ImmutableArray<Quantity> Read(string text, Span clause, string language)
    {
        var words = TextTokens.Words(text, clause);
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        if (TextTokens.HasDigit(text.AsSpan(clause.Start, clause.Length)))
        {
            // Nothing before or after the clause takes part in a match, so the pattern reads the clause alone.
            for (var match = QuantityPattern().Match(text, clause.Start, clause.Length); match.Success; match = match.NextMatch())
            {
                var unitGroup = match.Groups["unit"];
                var unit = UnitOf(unitGroup.Value) is { } first ? (Unit: first, End: unitGroup.Index + unitGroup.Length)
                    : UnitAfter(text, words, unitGroup.Index);
                if (unit is not { } found || ParseNumber(match.Groups["number"].Value, language) is not { } value)
                {
                    continue;
                }
                var qualifier = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Value.ToLowerInvariant() : null;
                var start = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Index : match.Groups["number"].Index;
                quantities.Add(new Quantity(value, found.Unit, new Span(start, found.End), qualifier));
            }
        }
        for (var i = 0; i < words.Length; i++)
        {
            if (!NumberWords.TryGetValue(Folded(words[i].Text), out var value) || UnitAfter(text, words, words[i].Span.End) is not { } found)
            {
                continue;
            }
            var before = text[Math.Max(clause.Start, words[i].Span.Start - 24)..words[i].Span.Start];
            var qualifier = QualifierBefore().Match(before) is { Success: true } q ? q.Groups["qualifier"] : null;
            var start = qualifier is null ? words[i].Span.Start : words[i].Span.Start - before.Length + qualifier.Index;
            quantities.Add(new Quantity(value, found.Unit, new Span(start, found.End), qualifier?.Value.ToLowerInvariant()));
        }
        return quantities.ToImmutable();
    }

    private static string? UnitOf(string word)
    {
        var lowered = word.ToLowerInvariant();
        return Units.Where(u => lowered.StartsWith(u.Prefix, StringComparison.Ordinal) && (u.Prefix.Length > 1 || lowered.Length <= 2))
            .Select(u => u.Unit).FirstOrDefault();
    }

    /// <summary>
    /// The counted noun among the words from <paramref name="from"/>: the first, or after up to <see cref="MostModifiers"/>
    /// describing words, with nothing but spaces between them and no word that breaks the phrase.
    /// </summary>
    private static (string Unit, int End)? UnitAfter(string text, ImmutableArray<TextToken> words, int from)
    {
        var next = 0;
        while (next < words.Length && words[next].Span.Start < from)
        {
            next++;
        }
        for (var k = 0; k <= MostModifiers && next + k < words.Length; k++)
        {
            var word = words[next + k];
            var previousEnd = k == 0 ? from : words[next + k - 1].Span.End;
            if (!text.AsSpan(previousEnd, word.Span.Start - previousEnd).IsWhiteSpace() || Breaks.Contains(word.Text.ToLowerInvariant())
                || NumberWords.ContainsKey(Folded(word.Text)) || word.Text.Any(char.IsDigit))
            {
                return null;
            }
            if (UnitOf(word.Text) is { } unit)
            {
                return (unit, word.Span.End);
            }
        }
        return null;
    }

    private static string Folded(string word) => word.ToLowerInvariant().Replace('’', '\'');

    private static double? ParseNumber(string written, string language)
    {
        var normalized = written.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal);
        // English "1,000" groups thousands; Russian and Ukrainian "1,5" is a decimal comma.
        var thousands = ThousandsGrouping().IsMatch(normalized) && (language == "en" || normalized.Count(c => c == ',') > 1);
        normalized = thousands ? normalized.Replace(",", "", StringComparison.Ordinal) : normalized.Replace(',', '.');
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex(@"(?:(?<qualifier>up to about|up to|about|around|approximately|more than|over|almost|nearly|at least|до|около|почти|более|свыше|порядка|не менее|понад|близько|майже|щонайменше|більше|приблизно)\s+)?(?<number>\d{1,3}(?:[ \u00A0]\d{3})+|\d+(?:[.,]\d+)*)\s*(?<unit>[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuantityPattern();

    [GeneratedRegex(@"(?<qualifier>up to about|up to|about|around|approximately|more than|over|almost|nearly|at least|до|около|почти|более|свыше|порядка|не менее|понад|близько|майже|щонайменше|більше|приблизно)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QualifierBefore();

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThousandsGrouping();
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>Numbers with units in a claim: "up to about 1.45 kilometers", "1,5 км", "12 атак", "до 390 военнослужащих".</summary>
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

    public static ImmutableArray<Quantity> Read(string text, Span clause, string language)
    {
        if (!TextTokens.HasDigit(text.AsSpan(clause.Start, clause.Length)))
        {
            return [];
        }
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        // Nothing before or after the clause takes part in a match, so the pattern reads the clause alone.
        for (var match = QuantityPattern().Match(text, clause.Start, clause.Length); match.Success; match = match.NextMatch())
        {
            var unitWord = match.Groups["unit"].Value.ToLowerInvariant();
            var unit = Units.Where(u => unitWord.StartsWith(u.Prefix, StringComparison.Ordinal) && (u.Prefix.Length > 1 || unitWord.Length <= 2))
                .Select(u => u.Unit).FirstOrDefault();
            if (unit is null || ParseNumber(match.Groups["number"].Value, language) is not { } value)
            {
                continue;
            }
            var qualifier = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Value.ToLowerInvariant() : null;
            var start = match.Groups["qualifier"].Success ? match.Groups["qualifier"].Index : match.Groups["number"].Index;
            quantities.Add(new Quantity(value, unit, new Span(start, match.Index + match.Length), qualifier));
        }
        return quantities.ToImmutable();
    }

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

    [GeneratedRegex(@"^\d{1,3}(?:,\d{3})+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThousandsGrouping();
}

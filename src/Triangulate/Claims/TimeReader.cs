using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// When a claim says it happened: explicit dates ("5 июля", "July 5", "05.07.2024", "в ночь на 5 июля") and relative
/// words ("yesterday", "накануне", "минулої доби", "earlier") resolved against the report's date. Without such words
/// the claim is dated by its report.
/// </summary>
public static partial class TimeReader
{
    private static readonly string[][] MonthNames =
    [
        ["january", "января", "січня", "jan"], ["february", "февраля", "лютого", "feb"], ["march", "марта", "березня", "mar"],
        ["april", "апреля", "квітня", "apr"], ["may", "мая", "травня"], ["june", "июня", "червня", "jun"], ["july", "июля", "липня", "jul"],
        ["august", "августа", "серпня", "aug"], ["september", "сентября", "вересня", "sep"], ["october", "октября", "жовтня", "oct"],
        ["november", "ноября", "листопада", "nov"], ["december", "декабря", "грудня", "dec"],
    ];

    private static readonly (string Words, int FromDays, int ToDays)[] RelativeDays =
    [
        ("the day before yesterday", -2, -2), ("позавчера", -2, -2), ("позавчора", -2, -2),
        ("yesterday", -1, -1), ("вчера", -1, -1), ("вчора", -1, -1), ("накануне", -1, -1), ("напередодні", -1, -1),
        ("last night", -1, 0), ("overnight", -1, 0), ("прошлой ночью", -1, 0), ("этой ночью", -1, 0), ("минулої ночі", -1, 0), ("цієї ночі", -1, 0), ("вночі", -1, 0), ("ночью", -1, 0),
        ("over the past day", -1, 0), ("past 24 hours", -1, 0), ("за минувшие сутки", -1, 0), ("за прошедшие сутки", -1, 0), ("за сутки", -1, 0),
        ("минулої доби", -1, 0), ("за минулу добу", -1, 0), ("за добу", -1, 0),
        ("last week", -7, -1), ("на прошлой неделе", -7, -1), ("минулого тижня", -7, -1),
        ("today", 0, 0), ("сегодня", 0, 0), ("сьогодні", 0, 0), ("this morning", 0, 0), ("утром", 0, 0), ("вранці", 0, 0),
    ];

    public static ClaimTime? Read(string text, Span clause, DateTimeOffset? published)
    {
        var reportDay = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
        var slice = clause.Slice(text);
        // Dates are written with digits; most clauses have none and skip both patterns.
        var hasDigits = TextTokens.HasDigit(slice);
        if (hasDigits && NightOf().Match(slice) is { Success: true } night && ParseDate(night.Groups["date"].Value, reportDay) is { } nightDay)
        {
            return new ClaimTime(nightDay.AddDays(-1), nightDay, night.Value, Offset(clause, night));
        }
        if (hasDigits && ExplicitDate().Match(slice) is { Success: true } explicitMatch && ParseDate(explicitMatch.Value, reportDay) is { } day)
        {
            return new ClaimTime(day, day, explicitMatch.Value, Offset(clause, explicitMatch));
        }
        var lowered = slice.ToLowerInvariant();
        foreach (var (words, fromDays, toDays) in RelativeDays)
        {
            var at = IndexOfWord(lowered, words);
            if (at >= 0 && reportDay is { } anchor)
            {
                return new ClaimTime(anchor.AddDays(fromDays), anchor.AddDays(toDays), slice.Substring(at, words.Length), new Span(clause.Start + at, clause.Start + at + words.Length));
            }
        }
        foreach (var earlier in (ReadOnlySpan<string>)["earlier", "ранее", "раніше", "previously"])
        {
            var at = IndexOfWord(lowered, earlier);
            if (at >= 0 && reportDay is { } anchor)
            {
                return new ClaimTime(null, anchor, slice.Substring(at, earlier.Length), new Span(clause.Start + at, clause.Start + at + earlier.Length));
            }
        }
        return reportDay is { } reported ? new ClaimTime(reported, reported) : null;
    }

    private static Span Offset(Span clause, Match match) => new(clause.Start + match.Index, clause.Start + match.Index + match.Length);

    private static int IndexOfWord(string lowered, string words)
    {
        for (var at = lowered.IndexOf(words, StringComparison.Ordinal); at >= 0; at = lowered.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            if ((at == 0 || !char.IsLetter(lowered[at - 1])) && (end == lowered.Length || !char.IsLetter(lowered[end])))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>A date as written; without a year, the latest such day not after the report (reports look back).</summary>
    private static DateOnly? ParseDate(string written, DateOnly? reportDay)
    {
        if (Numeric().Match(written) is { Success: true } numeric)
        {
            return TryDate(int.Parse(numeric.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(numeric.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        var words = written.ToLowerInvariant().Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var month = Array.FindIndex(MonthNames, names => words.Any(word => names.Contains(word.TrimEnd('.'))));
        var dayWord = words.FirstOrDefault(word => word.All(char.IsDigit) && word.Length <= 2);
        if (month < 0 || dayWord is null)
        {
            return null;
        }
        var dayOfMonth = int.Parse(dayWord, System.Globalization.CultureInfo.InvariantCulture);
        var yearWord = words.FirstOrDefault(word => word.Length == 4 && word.All(char.IsDigit));
        if (yearWord is not null)
        {
            return TryDate(int.Parse(yearWord, System.Globalization.CultureInfo.InvariantCulture), month + 1, dayOfMonth);
        }
        if (reportDay is not { } anchor)
        {
            return null;
        }
        var sameYear = TryDate(anchor.Year, month + 1, dayOfMonth);
        return sameYear is { } d && d > anchor ? TryDate(anchor.Year - 1, month + 1, dayOfMonth) : sameYear;
    }

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|" +
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
        "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";

    [GeneratedRegex(@"\b(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+(?:" + Months + @")\.?(?:\s+\d{4})?|(?:" + Months + @")\.?\s+\d{1,2}(?:,\s*\d{4})?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExplicitDate();

    [GeneratedRegex(@"(?:в ночь на|у ніч на|в ніч на|на ніч)\s+(?<date>\d{1,2}\s+\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NightOf();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numeric();
}

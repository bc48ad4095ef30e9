using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// When a claim says it happened: explicit dates ("5 июля", "July 5", "05.07.2024", "в ночь на 5 июля"), weekdays ("on
/// Friday", "Saturday's announcement", «в пятницу», «у п'ятницю»), relative words ("yesterday", "накануне", "минулої
/// доби", "earlier"), weeks ("last week") and months ("in May", «в мае», «у травні»), resolved against the day the
/// story was filed: its dateline's date ("KYIV, Dec 21 (Reuters) -", «МОСКВА, 14 октября. /ТАСС/.») when it has one,
/// else the report's publication date. Without such words the claim is dated by the dateline, else by the report.
/// Words that nothing resolves (a weekday or «20 мая» in a report with no date) are kept as a <see cref="PartialDate"/>.
/// </summary>
public static partial class TimeReader
{
    private static readonly string[][] MonthNames =
    [
        ["january", "января", "січня", "jan"], ["february", "февраля", "лютого", "feb"], ["march", "марта", "березня", "mar"],
        ["april", "апреля", "квітня", "apr"], ["may", "мая", "травня"], ["june", "июня", "червня", "jun"], ["july", "июля", "липня", "jul"],
        ["august", "августа", "серпня", "aug"], ["september", "сентября", "вересня", "sep", "sept"], ["october", "октября", "жовтня", "oct"],
        ["november", "ноября", "листопада", "nov"], ["december", "декабря", "грудня", "dec"],
    ];

    /// <summary>"In May", «в мае», «у травні»: the month as the place in time where something happened.</summary>
    private static readonly string[][] MonthsIn =
    [
        ["january", "январе", "січні"], ["february", "феврале", "лютому"], ["march", "марте", "березні"], ["april", "апреле", "квітні"],
        ["may", "мае", "травні"], ["june", "июне", "червні"], ["july", "июле", "липні"], ["august", "августе", "серпні"],
        ["september", "сентябре", "вересні"], ["october", "октябре", "жовтні"], ["november", "ноябре", "листопаді"], ["december", "декабре", "грудні"],
    ];

    /// <summary>Weekday words as a clause names a day ("on Friday", "Friday's", «в пятницу», «у п'ятницю»), Monday first.</summary>
    private static readonly (DayOfWeek Day, string[] Words)[] Weekdays =
    [
        (DayOfWeek.Monday, ["monday", "в понедельник", "понедельник", "у понеділок", "в понеділок", "понеділок"]),
        (DayOfWeek.Tuesday, ["tuesday", "во вторник", "вторник", "у вівторок", "в вівторок", "вівторок"]),
        (DayOfWeek.Wednesday, ["wednesday", "в среду", "у середу", "в середу", "середа"]),
        (DayOfWeek.Thursday, ["thursday", "в четверг", "четверг", "у четвер", "в четвер", "четвер"]),
        (DayOfWeek.Friday, ["friday", "в пятницу", "пятница", "у п'ятницю", "в п'ятницю", "у п’ятницю", "в п’ятницю", "п'ятниця", "п’ятниця"]),
        (DayOfWeek.Saturday, ["saturday", "в субботу", "суббота", "у суботу", "в суботу", "субота"]),
        (DayOfWeek.Sunday, ["sunday", "в воскресенье", "воскресенье", "у неділю", "в неділю", "неділя"]),
    ];

    private static readonly (string Words, int FromDays, int ToDays, TimePrecision Precision)[] RelativeDays =
    [
        ("the day before yesterday", -2, -2, TimePrecision.Day), ("позавчера", -2, -2, TimePrecision.Day), ("позавчора", -2, -2, TimePrecision.Day),
        ("yesterday", -1, -1, TimePrecision.Day), ("вчера", -1, -1, TimePrecision.Day), ("вчора", -1, -1, TimePrecision.Day),
        ("накануне", -1, -1, TimePrecision.Day), ("напередодні", -1, -1, TimePrecision.Day),
        ("last night", -1, 0, TimePrecision.Day), ("overnight", -1, 0, TimePrecision.Day), ("прошлой ночью", -1, 0, TimePrecision.Day),
        ("этой ночью", -1, 0, TimePrecision.Day), ("минулої ночі", -1, 0, TimePrecision.Day), ("цієї ночі", -1, 0, TimePrecision.Day),
        ("вночі", -1, 0, TimePrecision.Day), ("ночью", -1, 0, TimePrecision.Day),
        ("over the past day", -1, 0, TimePrecision.Day), ("past 24 hours", -1, 0, TimePrecision.Day), ("за минувшие сутки", -1, 0, TimePrecision.Day),
        ("за прошедшие сутки", -1, 0, TimePrecision.Day), ("за сутки", -1, 0, TimePrecision.Day),
        ("минулої доби", -1, 0, TimePrecision.Day), ("за минулу добу", -1, 0, TimePrecision.Day), ("за добу", -1, 0, TimePrecision.Day),
        ("last week", -7, -1, TimePrecision.Week), ("на прошлой неделе", -7, -1, TimePrecision.Week), ("минулого тижня", -7, -1, TimePrecision.Week),
        ("this week", -6, 0, TimePrecision.Week), ("на этой неделе", -6, 0, TimePrecision.Week), ("цього тижня", -6, 0, TimePrecision.Week),
        ("over the past week", -6, 0, TimePrecision.Week), ("за неделю", -6, 0, TimePrecision.Week), ("за минувшую неделю", -6, 0, TimePrecision.Week),
        ("за тиждень", -6, 0, TimePrecision.Week), ("за минулий тиждень", -6, 0, TimePrecision.Week),
        ("today", 0, 0, TimePrecision.Day), ("сегодня", 0, 0, TimePrecision.Day), ("сьогодні", 0, 0, TimePrecision.Day),
        ("this morning", 0, 0, TimePrecision.Day), ("утром", 0, 0, TimePrecision.Day), ("вранці", 0, 0, TimePrecision.Day),
    ];

    private static readonly string[] LastMonth = ["last month", "в прошлом месяце", "минулого місяця"];

    private static readonly string[] Earlier = ["earlier", "ранее", "раніше", "previously"];

    /// <summary>Datelines stand at the top of a story, sometimes after a headline or a lead line.</summary>
    private const int DatelineReach = 400;

    /// <summary>
    /// What a report's time words are resolved against: the day it was published and its dateline. Read once per
    /// report (<see cref="Of"/>), since every claim of the report shares them.
    /// </summary>
    public sealed record ReportDate(DateOnly? Published, ClaimTime? Dateline)
    {
        public static ReportDate Of(string text, DateTimeOffset? published)
        {
            var reportDay = published is { } p ? DateOnly.FromDateTime(p.Date) : (DateOnly?)null;
            return new ReportDate(reportDay, TimeReader.Dateline(text, reportDay));
        }
    }

    public static ClaimTime? Read(string text, Span clause, ReportDate report)
    {
        var (reportDay, dateline) = report;
        var anchor = dateline?.From ?? reportDay;
        var slice = clause.Slice(text);
        // Dates are written with digits; most clauses have none and skip the date patterns.
        var hasDigits = TextTokens.HasDigit(slice);
        if (hasDigits && NightOf().Match(slice) is { Success: true } night && ReadDate(night.Groups["date"].Value, anchor) is { } nightOf)
        {
            return nightOf.Day is { } nightDay
                ? new ClaimTime(nightDay.AddDays(-1), nightDay, night.Value, Offset(clause, night))
                : new ClaimTime(null, null, night.Value, Offset(clause, night), Partial: nightOf.Partial);
        }
        if (hasDigits && ExplicitDate().Match(slice) is { Success: true } explicitMatch && ReadDate(explicitMatch.Value, anchor) is { } date)
        {
            return date.Day is { } day
                ? new ClaimTime(day, day, explicitMatch.Value, Offset(clause, explicitMatch))
                : new ClaimTime(null, null, explicitMatch.Value, Offset(clause, explicitMatch), Partial: date.Partial);
        }
        var lowered = slice.ToLowerInvariant();
        if (Weekday(lowered) is { } weekday)
        {
            var span = new Span(clause.Start + weekday.At, clause.Start + weekday.At + weekday.Length);
            var words = span.Slice(text);
            return anchor is { } from
                ? new ClaimTime(LastWeekday(from, weekday.Day), LastWeekday(from, weekday.Day), words, span)
                : new ClaimTime(null, null, words, span, Partial: new PartialDate(Weekday: weekday.Day));
        }
        foreach (var (words, fromDays, toDays, precision) in RelativeDays)
        {
            if (IndexOfWord(lowered, words) is var at and >= 0 && anchor is { } from)
            {
                return new ClaimTime(from.AddDays(fromDays), from.AddDays(toDays), slice.Substring(at, words.Length), WordSpan(clause, at, words), precision);
            }
        }
        if (MonthOf(lowered, anchor) is { } month)
        {
            return new ClaimTime(month.First, month.First.AddMonths(1).AddDays(-1), slice.Substring(month.At, month.Length), new Span(clause.Start + month.At, clause.Start + month.At + month.Length), TimePrecision.Month);
        }
        foreach (var words in LastMonth)
        {
            if (IndexOfWord(lowered, words) is var at and >= 0 && anchor is { } from)
            {
                var first = new DateOnly(from.Year, from.Month, 1).AddMonths(-1);
                return new ClaimTime(first, first.AddMonths(1).AddDays(-1), slice.Substring(at, words.Length), WordSpan(clause, at, words), TimePrecision.Month);
            }
        }
        foreach (var earlier in Earlier)
        {
            if (IndexOfWord(lowered, earlier) is var at and >= 0 && anchor is { } before)
            {
                return new ClaimTime(null, before, slice.Substring(at, earlier.Length), WordSpan(clause, at, earlier), TimePrecision.Before);
            }
        }
        return dateline ?? (reportDay is { } reported ? new ClaimTime(reported, reported, Basis: TimeBasis.Published) : null);
    }

    /// <summary>Any day a report may be dated, to read a clause's words of a day against when only their precision matters.</summary>
    private static readonly ReportDate AnyDay = new(new DateOnly(2000, 6, 15), null);

    /// <summary>
    /// Whether a clause's own words name a day or a night: a date («5 июля», "July 5"), a night («в ночь на 5 июля»), a
    /// weekday ("on Friday") or a relative day ("yesterday", "overnight", «минулої доби»).
    /// </summary>
    public static bool NamesADay(string text, Span clause) =>
        Read(text, clause, AnyDay) is { Basis: TimeBasis.Text, Precision: TimePrecision.Day, From: not null };

    /// <summary>How long before the report's day a dated happening still counts as news of the report's own period.</summary>
    private const int ReportPeriodDays = 31;

    /// <summary>
    /// The first time expression of a clause that names a year, and the last day of the period it names: a day
    /// («11 марта 2022 года», "March 11, 2022", "11.03.2022"), a month ("in August 2024", «в начале августа 2024
    /// года», «у вересні 2022 року») or a year ("in 2022", «в 2022 году», «ще у 2023-му», «2014 року»). "Since 2014" is
    /// passed over: its span runs up to the report. A bare number counts as a year only after a preposition of time or
    /// before a word of year («году», «року», «-му»), so that "2025 drones" stays a quantity. Null when the clause
    /// names no year.
    /// </summary>
    public static (DateOnly End, Span Span)? YearPeriod(string text, Span clause)
    {
        // Every year expression holds a year of 1900–2099 in digits; most clauses, numbers or not, hold none.
        if (!HasYearDigits(text.AsSpan(clause.Start, clause.Length)))
        {
            return null;
        }
        var slice = clause.Slice(text);
        for (var match = YearExpression().Match(slice); match.Success; match = match.NextMatch())
        {
            // "Since 2014", «з 2014 року» name a span that reaches the report's day: they place nothing before it.
            if (match.Groups["since"].Success)
            {
                continue;
            }
            var year = Number(match.Groups["y"].Value);
            var month = match.Groups["m"].Success ? MonthNumber(match.Groups["m"].Value) : match.Groups["n"].Success ? Number(match.Groups["n"].Value) : 0;
            var dayOfMonth = match.Groups["d"].Success ? Number(match.Groups["d"].Value) : 0;
            DateOnly? end = month is < 1 or > 12 ? new DateOnly(year, 12, 31)
                : dayOfMonth == 0 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month))
                : TryDate(year, month, dayOfMonth);
            if (end is { } last)
            {
                return (last, Offset(clause, match));
            }
        }
        return null;
    }

    /// <summary>
    /// The words of a clause that run a stretch from a year, or a month or day of a year, before <paramref name="periodStart"/>
    /// up to the report ("since 2014", "since October 2023", «с 2022 года», «з 2014 року»), or null. What held or went on
    /// over such a stretch is a state of affairs (the annotation protocol's "the village had been on the line of contact
    /// since 2014"), not a happening of the report's own days.
    /// </summary>
    public static Span? SinceBefore(string text, Span clause, DateOnly periodStart)
    {
        if (!HasYearDigits(text.AsSpan(clause.Start, clause.Length)))
        {
            return null;
        }
        for (var match = YearExpression().Match(clause.Slice(text)); match.Success; match = match.NextMatch())
        {
            var month = match.Groups["m"].Success ? MonthNumber(match.Groups["m"].Value) : 0;
            if (match.Groups["since"].Success
                && TryDate(Number(match.Groups["y"].Value), month is >= 1 and <= 12 ? month : 1, 1) is { } start && start < periodStart)
            {
                return Offset(clause, match);
            }
        }
        return null;
    }

    /// <summary>Whether the text holds "19" or "20" and two more digits, as every year <see cref="YearExpression"/> reads does.</summary>
    private static bool HasYearDigits(ReadOnlySpan<char> text)
    {
        for (var at = 0; at + 3 < text.Length; at++)
        {
            if ((text[at], text[at + 1]) is ('1', '9') or ('2', '0') && char.IsDigit(text[at + 2]) && char.IsDigit(text[at + 3]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first day of the period a report tells of: a month before its dateline's or publication date; for a report
    /// with neither, the first day of the latest year it names (a report naming 2024 was not written in 2022). Null
    /// when nothing dates the report.
    /// </summary>
    public static DateOnly? ReportPeriodStart(string text, ReportDate report)
    {
        if ((report.Dateline?.From ?? report.Published) is { } day)
        {
            return day.AddDays(-ReportPeriodDays);
        }
        var latest = YearExpression().Matches(text).Select(match => Number(match.Groups["y"].Value)).DefaultIfEmpty().Max();
        return latest == 0 ? null : new DateOnly(latest, 1, 1);
    }

    /// <summary>The month a name of any case stands for ("August", «августа», «августе», «серпня», «серпні»), 1 to 12; 0 for none.</summary>
    private static int MonthNumber(string name)
    {
        var folded = name.ToLowerInvariant().TrimEnd('.');
        var index = Array.FindIndex(MonthNames, names => names.Contains(folded));
        return (index >= 0 ? index : Array.FindIndex(MonthsIn, names => names.Contains(folded))) + 1;
    }

    /// <summary>
    /// The date of the report's dateline: a city in capitals or with a capital, then a date and the agency's mark
    /// ("KYIV, Dec 21 (Reuters) -", «МОСКВА, 14 октября. /ТАСС/.», «Москва. 13 марта. INTERFAX.RU —»,
    /// "MOSCOW (UrduPoint News / Sputnik - 21st May, 2023)"), or a byline's "26 September 2023 at 12:48" opening the
    /// text. Null when there is none, or when its date has no year and the report no date to take one from.
    /// </summary>
    public static ClaimTime? Dateline(string text, DateOnly? reportDay)
    {
        var reach = Math.Min(text.Length, DatelineReach);
        if (!TextTokens.HasDigit(text.AsSpan(0, reach)))
        {
            return null;
        }
        // Each pattern is tried only when those before it found no dated dateline; the text's head is searched in place.
        foreach (var pattern in (ReadOnlySpan<Regex>)[CityDateline(), AgencyDateline(), BylineDate()])
        {
            if (pattern.Match(text, 0, reach) is { Success: true } match && ReadDate(match.Groups["date"].Value, reportDay) is { Day: { } day })
            {
                var span = Trimmed(text, match);
                return new ClaimTime(day, day, span.Slice(text), span, Basis: TimeBasis.Dateline);
            }
        }
        return null;
    }

    /// <summary>
    /// Where the report's dateline stands, with a date or without ("MOSCOW -", "ODESSA, Ukraine (AFP) —", "KYIV
    /// (Reuters) –", «ДОНЕЦК, 20 декабря -»): its city says where the story was filed, not where anything happened.
    /// </summary>
    public static Span? DatelineHead(string text)
    {
        var reach = Math.Min(text.Length, DatelineReach);
        foreach (var pattern in (ReadOnlySpan<Regex>)[CityDateline(), AgencyDateline(), CapitalsDateline()])
        {
            if (pattern.Match(text, 0, reach) is { Success: true } match)
            {
                return Trimmed(text, match);
            }
        }
        return null;
    }

    private static Span Trimmed(string text, Match match)
    {
        var start = match.Index;
        while (start < match.Index + match.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return new Span(start, match.Index + match.Length);
    }

    private static Span Offset(Span clause, Match match) => new(clause.Start + match.Index, clause.Start + match.Index + match.Length);

    private static Span WordSpan(Span clause, int at, string words) => new(clause.Start + at, clause.Start + at + words.Length);

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

    /// <summary>The first weekday the clause names, with where its words stand.</summary>
    private static (DayOfWeek Day, int At, int Length)? Weekday(string lowered)
    {
        (DayOfWeek Day, int At, int Length)? first = null;
        foreach (var (day, words) in Weekdays)
        {
            foreach (var word in words)
            {
                // "Saturday's announcement" names the day as much as "on Saturday".
                var at = IndexOfWord(lowered, word);
                if (at >= 0 && (first is null || at < first.Value.At))
                {
                    first = (day, at, word.Length);
                }
            }
        }
        return first;
    }

    /// <summary>The latest such weekday on or before the day: reports look back, and a story filed on a Saturday says "on Saturday" of that day.</summary>
    private static DateOnly LastWeekday(DateOnly from, DayOfWeek day) => from.AddDays(-(((int)from.DayOfWeek - (int)day + 7) % 7));

    /// <summary>"In May 2024", «в мае», «у травні»: the month, in the year given or the latest one not after the anchor.</summary>
    private static (DateOnly First, int At, int Length)? MonthOf(string lowered, DateOnly? anchor)
    {
        if (MonthIn().Match(lowered) is not { Success: true } match)
        {
            return null;
        }
        var month = Array.FindIndex(MonthsIn, names => names.Contains(match.Groups["month"].Value)) + 1;
        int year;
        if (match.Groups["year"].Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if (anchor is { } from)
        {
            year = month > from.Month ? from.Year - 1 : from.Year;
        }
        else
        {
            return null;
        }
        return (new DateOnly(year, month, 1), match.Index, match.Length);
    }

    /// <summary>A written date, resolved to a day, or what it tells of one when it has no year and there is no anchor.</summary>
    private readonly record struct ReadDay(DateOnly? Day, PartialDate? Partial);

    /// <summary>A date as written; without a year, the latest such day not after the anchor (reports look back).</summary>
    private static ReadDay? ReadDate(string written, DateOnly? anchor)
    {
        if (Numeric().Match(written) is { Success: true } numeric)
        {
            var numericDay = TryDate(Number(numeric.Groups["y"].Value), Number(numeric.Groups["m"].Value), Number(numeric.Groups["d"].Value));
            return numericDay is null ? null : new ReadDay(numericDay, null);
        }
        var words = written.ToLowerInvariant().Split([' ', ',', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        var month = Array.FindIndex(MonthNames, names => words.Any(word => names.Contains(word.TrimEnd('.'))));
        var dayWord = words.Select(word => word.TrimEnd('.')).Select(OrdinalDigits).FirstOrDefault(word => word.Length is > 0 and <= 2 && word.All(char.IsDigit));
        if (month < 0 || dayWord is null)
        {
            return null;
        }
        var dayOfMonth = Number(dayWord);
        var yearWord = words.FirstOrDefault(word => word.Length == 4 && word.All(char.IsDigit));
        if (yearWord is not null)
        {
            return TryDate(Number(yearWord), month + 1, dayOfMonth) is { } dated ? new ReadDay(dated, null) : null;
        }
        if (anchor is not { } from)
        {
            return dayOfMonth is >= 1 and <= 31 ? new ReadDay(null, new PartialDate(month + 1, dayOfMonth)) : null;
        }
        var sameYear = TryDate(from.Year, month + 1, dayOfMonth);
        var resolved = sameYear is { } d && d > from ? TryDate(from.Year - 1, month + 1, dayOfMonth) : sameYear;
        return resolved is null ? null : new ReadDay(resolved, null);
    }

    /// <summary>"21st" → "21".</summary>
    private static string OrdinalDigits(string word) =>
        word.Length > 2 && char.IsDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th" ? word[..^2] : word;

    private static int Number(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

    private static DateOnly? TryDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private const string Months = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|" +
        "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|" +
        "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня";

    private const string WrittenDate = @"(?i:\d{1,2}(?:st|nd|rd|th)?\s+(?:" + Months + @")\.?(?:,?\s+\d{4})?|(?:" + Months + @")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4}|\s+\d{4})?)";

    [GeneratedRegex(@"\b(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\s+(?:" + Months + @")\.?(?:\s+\d{4})?|(?:" + Months + @")\.?\s+\d{1,2}(?:,\s*\d{4})?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExplicitDate();

    [GeneratedRegex(@"(?:в ночь на|у ніч на|в ніч на|на ніч)\s+(?<date>\d{1,2}\s+\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NightOf();

    private const string MonthsAnyCase = Months + "|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|" +
        "січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні";

    /// <summary>A year with what places it: a day and month, a month, a preposition of time, or a word of year after it (see <see cref="YearPeriod"/>).</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:(?:(?<since>since|с|со|з|із|зі)\s+)?(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthsAnyCase + @")\.?,?|(?<m>" + MonthsAnyCase + @")\.?(?:\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?)?)|(?<since>since|с|со|з|із|зі)|in|during|until|of|by|в|во|у|до|от|від|за|по)\s+(?<y>(?:19|20)\d{2})|(?<y>(?:19|20)\d{2})(?=\s*(?:г\.|р\.|год|рок|-(?:м|го|й|му|ого)))|(?<d>\d{1,2})\.(?<n>\d{1,2})\.(?<y>(?:19|20)\d{2}))(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex YearExpression();

    [GeneratedRegex(@"^(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}])(?:in|в|у)\s+(?<month>january|february|march|april|may|june|july|august|september|october|november|december|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре|січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)(?![\p{L}])(?:\s+(?<year>\d{4}))?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthIn();

    /// <summary>"KYIV, Dec 21 (Reuters) -", «МОСКВА, 14 октября. /ТАСС/.», «Москва. 13 марта. INTERFAX.RU —», «КИЇВ, 5 липня /Укрінформ/».</summary>
    [GeneratedRegex(@"(?m)^[ \t]*\p{Lu}[\p{L}'’ .-]{1,40}?[,.][ \t]*(?<date>" + WrittenDate + @")[ \t]*[.,]?[ \t]*(?:/[^/\n]{2,40}/|\([^)\n]{2,40}\)|[—–-]|\p{Lu}{3,}[\p{Lu}.]*[ \t]*[—–-])(?:[ \t]*[—–-])?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CityDateline();

    /// <summary>"MOSCOW (UrduPoint News / Sputnik - 21st May, 2023)": the date inside the agency's parentheses.</summary>
    [GeneratedRegex(@"(?m)^[ \t]*\p{Lu}[\p{Lu} .-]{2,40}\((?:[^)\n]{2,60}?)[-—–,][ \t]*(?<date>" + WrittenDate + @")\)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgencyDateline();

    /// <summary>A city in capitals opening a line, perhaps with a region and an agency, then a dash or a colon: "MOSCOW -", "KYIV (Reuters) –".</summary>
    [GeneratedRegex(@"(?m)^[ \t]*\p{Lu}[\p{Lu}'’ .-]{2,40}(?:,[^\n(—–:]{1,40})?(?:[ \t]*\([^)\n]{1,60}\))?[ \t]*(?:[—–-]|:)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CapitalsDateline();

    /// <summary>"26 September 2023 at 12:48" or "26 September 2023, 12:48" opening the text.</summary>
    [GeneratedRegex(@"\A\s*(?<date>\d{1,2}\s+(?:" + Months + @")\s+\d{4})(?:,|\s+at)?\s+\d{1,2}:\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineDate();
}

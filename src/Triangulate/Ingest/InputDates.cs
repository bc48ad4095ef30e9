using System.Globalization;

namespace Triangulate.Ingest;

/// <summary>
/// The date forms inputs use: ISO 8601 (JSONL, front matter, Atom, HTML meta), RFC 822 (RSS), and compact
/// yyyyMMdd (VIINA). A date without an offset is taken as UTC: inputs that omit the offset give no better guess.
/// </summary>
internal static class InputDates
{
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd",
        "yyyyMMdd",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static bool TryParseIso(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value.Trim(), IsoFormats, CultureInfo.InvariantCulture, Styles, out date);

    /// <summary>RFC 822 as RSS writes it ("Thu, 24 Feb 2022 05:30:00 +0200", "… GMT"); ISO as a fallback.</summary>
    public static bool TryParseFeedDate(string value, out DateTimeOffset date)
    {
        var trimmed = value.Trim();
        if (TryParseIso(trimmed, out date))
        {
            return true;
        }
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out date);
    }

    /// <summary>Parses an optional date field: absent is fine (null), present and unreadable is not.</summary>
    public static bool TryParseOptional(string? value, DateForm form, out DateTimeOffset? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        var ok = form == DateForm.Feed ? TryParseFeedDate(value, out var parsed) : TryParseIso(value, out parsed);
        if (ok)
        {
            date = parsed;
        }
        return ok;
    }
}

internal enum DateForm
{
    Iso,
    Feed,
}

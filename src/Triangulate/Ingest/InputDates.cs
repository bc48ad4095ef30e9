using System.Globalization;

namespace Triangulate.Ingest;

/// <summary>
/// The date forms inputs use: ISO 8601 (JSONL, front matter, Atom, HTML meta), RFC 822 (RSS), compact yyyyMMdd
/// (VIINA), and day, English month name and year (ACLED). A date without an offset is taken as UTC: inputs that omit
/// the offset give no better guess. All are read with the invariant culture, so a month name is English whatever the
/// machine's language.
/// </summary>
public static class InputDates
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

    /// <summary>
    /// Event datasets: ISO as UCDP GED writes it ("2022-02-24 00:00:00.000"), and ACLED's "24 February 2022" and, in
    /// older exports, "24-February-2022". Numeric day/month orders ("02/24/2022") are left out: they are ambiguous.
    /// </summary>
    private static readonly string[] DatasetFormats = [.. IsoFormats, "d MMMM yyyy", "d-MMMM-yyyy"];

    /// <summary>The forms <see cref="DateForm.Dataset"/> accepts, as a rejection names them.</summary>
    internal const string DatasetFormsDescription =
        "ISO 8601 (2022-02-24), yyyymmdd (20220224), or day, English month name and year (24 February 2022, 24-February-2022)";

    private const DateTimeStyles Styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;

    public static bool TryParseIso(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value.Trim(), IsoFormats, CultureInfo.InvariantCulture, Styles, out date);

    private static bool TryParseDataset(string value, out DateTimeOffset date) =>
        DateTimeOffset.TryParseExact(value.Trim(), DatasetFormats, CultureInfo.InvariantCulture, Styles, out date);

    /// <summary>RFC 822 as RSS writes it ("Thu, 24 Feb 2022 05:30:00 +0200", "… GMT"); ISO as a fallback.</summary>
    internal static bool TryParseFeedDate(string value, out DateTimeOffset date)
    {
        var trimmed = value.Trim();
        if (TryParseIso(trimmed, out date))
        {
            return true;
        }
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, Styles, out date);
    }

    /// <summary>Parses an optional date field: absent is fine (null), present and unreadable is not.</summary>
    internal static bool TryParseOptional(string? value, DateForm form, out DateTimeOffset? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }
        DateTimeOffset parsed;
        var ok = form switch
        {
            DateForm.Feed => TryParseFeedDate(value, out parsed),
            DateForm.Dataset => TryParseDataset(value, out parsed),
            _ => TryParseIso(value, out parsed),
        };
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
    Dataset,
}

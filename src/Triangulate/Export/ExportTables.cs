using System.Globalization;
using CsvHelper;
using Triangulate.Corroboration;
using Triangulate.Storage;

namespace Triangulate.Export;

/// <summary>
/// One column of a machine export: its stable name (the CSV header, the GeoJSON property) and the row's value, one of
/// string, long, int, double, bool, <see cref="DateTimeOffset"/> or <see cref="DateOnly"/>, or null when unknown.
/// </summary>
public sealed record ExportColumn<T>(string Name, Func<T, object?> Value);

/// <summary>
/// The columns of the CSV and GeoJSON exports of claims and events, shared by the CLI (<c>--format csv|geojson</c>)
/// and the HTTP API (<c>…/export</c>), so both write the same columns with the same values. The names are a contract
/// (README, "Exports"): columns are only ever added. Ids carry their prefix (<c>c34</c>, <c>r12</c>, <c>e5</c>), as
/// <c>show</c> and <c>event show</c> take them; times are ISO 8601; a list is one cell, its items joined by "; "
/// (relays, in order from the origin, by " > ").
/// </summary>
public static class ExportTables
{
    public const string ListSeparator = "; ";
    public const string ChainSeparator = " > ";

    public static string ClaimId(long id) => "c" + id.ToString(CultureInfo.InvariantCulture);

    public static string ReportId(long id) => "r" + id.ToString(CultureInfo.InvariantCulture);

    public static string EventId(long id) => "e" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// One row per claim. <c>lat</c>/<c>lon</c> are those of the claim's first place with coordinates; <c>places</c>,
    /// <c>placeIds</c> list every place; <c>start</c>/<c>end</c> are UTF-16 offsets into the report's text and
    /// <c>startCp</c>/<c>endCp</c> the same in code points; <c>summary</c> is the claim in one plain English line.
    /// </summary>
    public static IReadOnlyList<ExportColumn<StoredClaimDto>> Claims { get; } =
    [
        new("id", c => ClaimId(c.Id)),
        new("reportId", c => ReportId(c.ReportId)),
        new("externalId", c => c.ExternalId),
        new("publisher", c => c.Publisher),
        new("published", c => c.Published),
        new("kind", c => c.Kind),
        new("side", c => c.Side),
        new("actor", c => c.Actor),
        new("action", c => c.Action),
        new("hedged", c => c.Hedged),
        new("hedge", c => c.Hedge),
        new("negated", c => c.Negated),
        new("origin", c => c.Origin.Name),
        new("originRole", c => c.Origin.Role),
        new("originKind", c => c.Origin.Kind),
        new("originSide", c => c.Origin.Side),
        new("originSourceId", c => c.Origin.SourceId),
        new("relays", c => string.Join(ChainSeparator, c.Relays.Select(relay => relay.Name))),
        new("places", c => string.Join(ListSeparator, c.Places.Select(place => place.Name ?? place.Text).Distinct(StringComparer.Ordinal))),
        new("placeIds", c => string.Join(ListSeparator, c.Places.Select(place => place.Id).OfType<string>().Distinct(StringComparer.Ordinal))),
        new("lat", c => FirstLocated(c)?.Lat),
        new("lon", c => FirstLocated(c)?.Lon),
        new("timeFrom", c => c.Time?.From),
        new("timeTo", c => c.Time?.To),
        new("quantities", c => string.Join(ListSeparator, c.Quantities.Select(q =>
            string.Create(CultureInfo.InvariantCulture, $"{(q.Qualifier is null ? "" : q.Qualifier + " ")}{q.Value} {q.Unit}")))),
        new("start", c => c.Start),
        new("end", c => c.End),
        new("startCp", c => c.StartCp),
        new("endCp", c => c.EndCp),
        new("text", c => c.Text),
        new("summary", c => c.Summary),
    ];

    /// <summary>One row per stored report with its whole text; <c>revision</c> counts from 1.</summary>
    public static IReadOnlyList<ExportColumn<StoredReport>> Reports { get; } =
    [
        new("id", r => ReportId(r.Id)),
        new("externalId", r => r.ExternalId),
        new("publisher", r => r.Publisher),
        new("url", r => r.Url),
        new("published", r => r.Published),
        new("language", r => r.Language),
        new("title", r => r.Title),
        new("revision", r => r.Revision),
        new("previousRevisionId", r => r.PreviousRevisionId is { } previous ? ReportId(previous) : null),
        new("contentHash", r => r.ContentHash),
        new("input", r => r.InputPath),
        new("forwardedFrom", r => string.Join(ListSeparator, r.ForwardedFrom)),
        new("ingestedAt", r => r.IngestedAt),
        new("text", r => r.Text),
    ];

    /// <summary>One row per event: its anchor place, day range, counts, grade, and its lead claim's text and English summary.</summary>
    public static IReadOnlyList<ExportColumn<EventExportRow>> Events { get; } =
    [
        new("id", e => EventId(e.Id)),
        new("kind", e => e.Kind),
        new("from", e => e.From),
        new("to", e => e.To),
        new("lat", e => e.Lat),
        new("lon", e => e.Lon),
        new("place", e => e.Place),
        new("claims", e => e.Claims),
        new("reports", e => e.Reports),
        new("independentOrigins", e => e.IndependentOrigins),
        new("independentOriginsRU", e => e.IndependentOriginsRU),
        new("independentOriginsUA", e => e.IndependentOriginsUA),
        new("independentOriginsOther", e => e.IndependentOriginsOther),
        new("credibility", e => e.Credibility),
        new("origins", e => string.Join(ListSeparator, e.Origins)),
        new("originSides", e => string.Join(ListSeparator, e.OriginSides)),
        new("publishers", e => string.Join(ListSeparator, e.Publishers)),
        new("verdict", e => e.Verdict),
        new("text", e => e.Text),
        new("summary", e => e.Summary),
    ];

    /// <summary>A value as a CSV cell: invariant numbers that read back exactly, ISO 8601 times, empty for unknown.</summary>
    public static string Cell(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"an export cell cannot hold a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>
    /// Writes a header row of the column names, then one row per item (RFC 4180 quoting), each cell made
    /// <see cref="Inert"/>.
    /// </summary>
    public static void WriteCsv<T>(TextWriter output, IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var csv = CsvWriter.Create(output, null, leaveOpen: true);
        csv.WriteRecord(columns.Select(column => column.Name).ToArray());
        foreach (var row in rows)
        {
            csv.WriteRecord(columns.Select(column => Inert(Cell(column.Value(row)))).ToArray());
        }
        csv.Flush();
    }

    /// <summary>
    /// A cell a spreadsheet shows as text: one that starts as a formula would (=, +, -, @, a tab or a carriage return:
    /// ingested text can start "=HYPERLINK(…)") gets a leading apostrophe, as OWASP advises. Numbers (-37.8) stay numbers.
    /// </summary>
    public static string Inert(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    private static PlaceMentionDto? FirstLocated(StoredClaimDto claim) =>
        claim.Places.FirstOrDefault(place => place.Lat is not null && place.Lon is not null);
}

/// <summary>
/// An event as the exports write it. The CLI builds it from the corroboration stage's events, the API from the events
/// it lists, so that both exports share <see cref="ExportTables.Events"/>.
/// </summary>
public sealed record EventExportRow(
    long Id,
    string Kind,
    DateOnly? From,
    DateOnly? To,
    double? Lat,
    double? Lon,
    string? Place,
    int Claims,
    int Reports,
    int IndependentOrigins,
    int IndependentOriginsRU,
    int IndependentOriginsUA,
    int IndependentOriginsOther,
    string? Credibility,
    IReadOnlyList<string> Origins,
    IReadOnlyList<string> OriginSides,
    IReadOnlyList<string> Publishers,
    string? Verdict,
    string Text,
    string Summary)
{
    /// <summary>
    /// The event's first place stands for it on a map; its days are those of its claims; its first claim speaks for
    /// it, in its words and in the English line <paramref name="summaries"/> holds for it (by claim id).
    /// </summary>
    public static EventExportRow Of(CorroboratedEvent e, IReadOnlyDictionary<long, string> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var anchor = e.Places.IsDefaultOrEmpty ? null : e.Places[0];
        var bySide = e.IndependentOriginsBySide;
        return new EventExportRow(
            e.Id,
            ContractNames.Of(e.Kind),
            e.FirstDay,
            e.LastDay,
            anchor?.Lat,
            anchor?.Lon,
            anchor?.Name,
            e.Claims.Length,
            e.ReportIds.Length,
            e.IndependentOriginCount,
            bySide[Model.Side.RU],
            bySide[Model.Side.UA],
            bySide[Model.Side.Other],
            e.Credibility.Code,
            e.OriginNames,
            [.. e.Claims.Select(c => ContractNames.Of(c.Origin.Side)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. e.Claims.Select(c => c.Publisher).Distinct(StringComparer.Ordinal)],
            e.Verdict is { } verdict ? LedgerJson.EnumName(verdict.Value) : null,
            e.Claims.IsDefaultOrEmpty ? "" : e.Claims[0].Text,
            e.Claims.IsDefaultOrEmpty ? "" : summaries.GetValueOrDefault(e.Claims[0].ClaimId, ""));
    }
}

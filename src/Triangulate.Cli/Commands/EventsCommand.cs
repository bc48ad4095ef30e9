using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries;

namespace Triangulate.Cli.Commands;

internal static class EventsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.GeoJson);
        var outFile = CommonOptions.Out();
        var place = new Option<string?>("--place") { Description = "A place name or gazetteer id among the event's places, or LAT,LON" };
        var radius = new Option<double?>("--radius-km")
        {
            Description = "With --place: events with a place within this distance",
            CustomParser = result => CommonOptions.Number(result, "--radius-km"),
        };
        var since = CommonOptions.Since();
        var kind = new Option<string?>("--kind") { Description = "Claim kind (territorial_control, advance, strike, …)" };
        var minOrigins = new Option<int>("--min-origins")
        {
            Description = "Only events with at least this many independent origins",
            DefaultValueFactory = _ => 0,
            CustomParser = result => CommonOptions.WholeNumber(result, "--min-origins", minimum: 0),
        };
        var command = new Command("events", "List events: claims about one happening, their independent origins, contradictions and credibility")
        {
            database, format, outFile, place, radius, since, kind, minOrigins,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            ClaimKind? claimKind = null;
            if (parse.GetValue(kind) is { } kindText)
            {
                if (!ContractNames.TryParse<ClaimKind>(kindText, out var parsed))
                {
                    error.WriteLine($"unknown claim kind '{kindText}'; known: {string.Join(", ", Enum.GetValues<ClaimKind>().Select(ContractNames.Of))}");
                    return ExitCodes.Failed;
                }
                claimKind = parsed;
            }
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var events = await LedgerServices.Corroboration(store).ListEventsAsync(cancellationToken);
            var filtered = Filter(events, parse.GetValue(place), parse.GetValue(radius), parse.GetValue(since), claimKind, parse.GetValue(minOrigins));
            if (filtered is null)
            {
                error.WriteLine($"no event place is called '{parse.GetValue(place)}'; give a name, a gazetteer id or LAT,LON");
                return ExitCodes.NotFound;
            }
            var summaries = await ClaimSummaries.ReadAsync(store, filtered.SelectMany(e => e.Claims.Select(c => c.ClaimId)), cancellationToken);
            var chosen = parse.GetValue(format);
            await OutputTarget.WriteAsync(parse.GetValue(outFile), parse.InvocationConfiguration.Output,
                writer => Write(writer, chosen, filtered, summaries), $"{filtered.Count} events");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The events as a table, JSON, CSV or GeoJSON. With <paramref name="summaries"/> (claim id to English line) the
    /// table shows the first claim's summary and JSON every claim's; the export columns always have a summary column,
    /// empty without them.
    /// </summary>
    internal static void Write(TextWriter output, OutputFormat format, IReadOnlyList<CorroboratedEvent> events, IReadOnlyDictionary<long, string>? summaries = null)
    {
        if (format == OutputFormat.Json)
        {
            Listing.WriteJson(output, events.Select(e => EventJson.From(e, summaries)).ToList());
            return;
        }
        var known = summaries ?? new Dictionary<long, string>();
        Listing.WriteExport(output, format, events,
            summaries is null ? Columns : [.. Columns, new("summary", e => known.GetValueOrDefault(e.Claims[0].ClaimId), TableWidth: 90)],
            "Events", null, [.. events.Select(e => EventExportRow.Of(e, known))], ExportTables.Events, GeoJsonExport.Events);
    }

    /// <summary>The events that pass the filters; null when a place filter names no known place.</summary>
    private static List<CorroboratedEvent>? Filter(
        IReadOnlyList<CorroboratedEvent> events, string? place, double? radiusKm, DateTimeOffset? since, ClaimKind? kind, int minOrigins)
    {
        IEnumerable<CorroboratedEvent> result = events;
        if (place is not null)
        {
            var centre = ParsePoint(place) ?? events.SelectMany(e => e.Places).Where(p => Matches(p, place)).Select(p => (p.Lat, p.Lon)).Cast<(double Lat, double Lon)?>().FirstOrDefault();
            if (centre is not { } point)
            {
                return null;
            }
            result = radiusKm is { } radius
                ? result.Where(e => e.Places.Any(p => GeoDistance.HaversineKm(point.Lat, point.Lon, p.Lat, p.Lon) <= radius))
                : result.Where(e => e.Places.Any(p => Matches(p, place) || (p.Lat == point.Lat && p.Lon == point.Lon)));
        }
        if (since is { } from)
        {
            result = result.Where(e => e.LastReported >= from);
        }
        if (kind is { } k)
        {
            result = result.Where(e => e.Kind == k);
        }
        return [.. result.Where(e => e.IndependentOriginCount >= minOrigins)];
    }

    private static bool Matches(EventPlace p, string text) =>
        string.Equals(p.Id, text, StringComparison.Ordinal) || string.Equals(p.Name, text, StringComparison.OrdinalIgnoreCase);

    private static (double Lat, double Lon)? ParsePoint(string text)
    {
        var parts = text.Split(',');
        return parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
            ? (lat, lon)
            : null;
    }

    private static readonly Column<CorroboratedEvent>[] Columns =
    [
        new("id", e => ExportTables.EventId(e.Id)),
        new("kind", e => ContractNames.Of(e.Kind)),
        new("side", e => ContractNames.Of(e.ActingSide)),
        new("places", e => string.Join("; ", e.Places.Select(p => p.Name)), TableWidth: 30),
        new("first", e => e.FirstDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"),
        new("reports", e => e.ReportIds.Length.ToString(CultureInfo.InvariantCulture)),
        new("origins", e => e.IndependentOriginCount.ToString(CultureInfo.InvariantCulture)),
        new("RU/UA/other", e => string.Create(CultureInfo.InvariantCulture, $"{e.IndependentOriginsBySide[Side.RU]}/{e.IndependentOriginsBySide[Side.UA]}/{e.IndependentOriginsBySide[Side.Other]}")),
        new("contradicts", e => string.Join(" ", e.Contradicts.Select(ExportTables.EventId))),
        new("verdict", e => e.Verdict?.Value.ToString().ToLowerInvariant()),
        new("credibility", e => e.Credibility.Code),
        new("claim", e => e.Claims[0].Text, TableWidth: 50),
    ];
}

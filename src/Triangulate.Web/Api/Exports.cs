using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Triangulate.Export;
using Triangulate.Web.Events;

namespace Triangulate.Web.Api;

public enum ExportFormat
{
    GeoJson,
    Csv,
    Json,
}

/// <summary>
/// Writes exports as files: GeoJSON (RFC 7946: one Point feature per located item, longitude first) and CSV with the
/// columns the CLI's exports share (<see cref="ExportTables"/>), and JSON in the API's own field names.
/// </summary>
internal static class Exports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static ExportFormat? ParseFormat(string? text, Dictionary<string, string[]> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "json":
                return ExportFormat.Json;
            case "geojson":
                return ExportFormat.GeoJson;
            case "csv":
                return ExportFormat.Csv;
            default:
                errors["format"] = ["format is geojson, csv or json"];
                return null;
        }
    }

    public static FileContentHttpResult Claims(IReadOnlyList<StoredClaimDto> claims, ExportFormat format) => format switch
    {
        ExportFormat.GeoJson => GeoJson(GeoJsonExport.Claims(claims), "claims"),
        ExportFormat.Csv => Csv(claims, ExportTables.Claims, "claims"),
        _ => JsonFile(claims, "claims"),
    };

    public static FileContentHttpResult Events(IReadOnlyList<EventSummary> events, ExportFormat format)
    {
        var rows = events.Select(Row).ToList();
        return format switch
        {
            ExportFormat.GeoJson => GeoJson(GeoJsonExport.Events(rows), "events"),
            ExportFormat.Csv => Csv(rows, ExportTables.Events, "events"),
            _ => JsonFile(events, "events"),
        };
    }

    /// <summary>An event as the exports write it; the columns are the library's, shared with the CLI.</summary>
    private static EventExportRow Row(EventSummary e) => new(
        e.Id, e.Kind, e.From, e.To, e.Lat, e.Lon, e.Place, e.Claims, e.Reports, e.IndependentOrigins,
        e.IndependentOriginsBySide.GetValueOrDefault("RU"), e.IndependentOriginsBySide.GetValueOrDefault("UA"),
        e.IndependentOriginsBySide.GetValueOrDefault("other"), e.Credibility, e.Origins, e.OriginSides, e.Publishers, e.Verdict, e.Text, e.Summary);

    private static FileContentHttpResult GeoJson(IEnumerable<GeoFeature> features, string name) =>
        TypedResults.File(GeoJsonExport.ToUtf8(features), "application/geo+json", name + ".geojson");

    private static FileContentHttpResult Csv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, string name)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        ExportTables.WriteCsv(writer, rows, columns);
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", name + ".csv");
    }

    public static FileContentHttpResult JsonFile<T>(T value, string name) =>
        TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(value, Json), "application/json", name + ".json");
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsvHelper;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Triangulate.Export;

namespace Triangulate.Web.Api;

public enum ExportFormat
{
    GeoJson,
    Csv,
    Json,
}

/// <summary>
/// Writes exports as files: GeoJSON (RFC 7946: one Point feature per located item, longitude first), CSV with a header
/// row, and JSON in the API's own field names.
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
        ExportFormat.GeoJson => GeoJson(claims.SelectMany(claim => claim.Places
            .Where(place => place.Lat is not null && place.Lon is not null)
            .Select(place => (place.Lat!.Value, place.Lon!.Value, (object)new { claimId = claim.Id, claim.ReportId, claim.Kind, claim.Side, claim.Publisher, claim.Published, place = place.Name ?? place.Text, claim.Text }))), "claims"),
        ExportFormat.Csv => Csv(claims, "claims", ["id", "reportId", "published", "kind", "actor", "side", "places", "origin", "relays", "hedged", "text"], claim =>
        [
            claim.Id.ToString(CultureInfo.InvariantCulture),
            claim.ReportId.ToString(CultureInfo.InvariantCulture),
            claim.Published?.ToString("O", CultureInfo.InvariantCulture) ?? "",
            claim.Kind,
            claim.Actor ?? "",
            claim.Side,
            string.Join("; ", claim.Places.Select(place => place.Name ?? place.Text).Distinct(StringComparer.Ordinal)),
            claim.Origin.Name,
            string.Join(" > ", claim.Relays.Select(relay => relay.Name)),
            claim.Hedged ? "true" : "false",
            claim.Text,
        ]),
        _ => JsonFile(claims, "claims"),
    };

    public static FileContentHttpResult GeoJson(IEnumerable<(double Lat, double Lon, object Properties)> points, string name)
    {
        var features = new JsonArray();
        foreach (var (lat, lon, properties) in points)
        {
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(lon, lat) },
                ["properties"] = JsonSerializer.SerializeToNode(properties, Json),
            });
        }
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
        return TypedResults.File(Encoding.UTF8.GetBytes(collection.ToJsonString(Json)), "application/geo+json", name + ".geojson");
    }

    public static FileContentHttpResult Csv<T>(IEnumerable<T> rows, string name, string[] header, Func<T, string[]> cells)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. cells(row).Select(Inert)]);
            }
            csv.Flush();
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", name + ".csv");
    }

    /// <summary>
    /// A cell a spreadsheet shows as text: one that starts as a formula would (=, +, -, @, a tab or a carriage return:
    /// ingested text can start "=HYPERLINK(…)") gets a leading apostrophe, as OWASP advises. Numbers (-37.8) stay numbers.
    /// </summary>
    internal static string Inert(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
            && !double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "'" + cell
            : cell;

    public static FileContentHttpResult JsonFile<T>(T value, string name) =>
        TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(value, Json), "application/json", name + ".json");
}

using System.Text.Encodings.Web;
using System.Text.Json;

namespace Triangulate.Export;

/// <summary>One point of a GeoJSON export with its properties, in the column order of <see cref="ExportTables"/>.</summary>
public sealed record GeoFeature(double Lat, double Lon, IReadOnlyList<KeyValuePair<string, object?>> Properties);

/// <summary>
/// GeoJSON exports (RFC 7946): a FeatureCollection of Point features, longitude first. A feature's properties are the
/// CSV export's columns with their JSON types (numbers, booleans, strings; times as in CSV), less <c>lat</c> and
/// <c>lon</c>, which the geometry holds. Only what has coordinates can be a point: the CSV export holds everything.
/// </summary>
public static class GeoJsonExport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Files, not HTML: Cyrillic stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One feature per place of a claim that has coordinates, with the claim's columns and that place's
    /// <c>place</c> (name as resolved, else as written) and <c>placeId</c>; <c>claimId</c> repeats the id as a number.
    /// </summary>
    public static IEnumerable<GeoFeature> Claims(IEnumerable<StoredClaimDto> claims) =>
        claims.SelectMany(claim =>
        {
            var properties = Properties(claim, ExportTables.Claims);
            return claim.Places
                .Where(place => place.Lat is not null && place.Lon is not null)
                .Select(place => new GeoFeature(place.Lat!.Value, place.Lon!.Value,
                [
                    .. properties,
                    new("claimId", claim.Id),
                    new("place", place.Name ?? place.Text),
                    new("placeId", place.Id),
                ]));
        });

    /// <summary>One feature per event that has a place with coordinates.</summary>
    public static IEnumerable<GeoFeature> Events(IEnumerable<EventExportRow> events) =>
        events
            .Where(e => e.Lat is not null && e.Lon is not null)
            .Select(e => new GeoFeature(e.Lat!.Value, e.Lon!.Value, Properties(e, ExportTables.Events)));

    public static byte[] ToUtf8(IEnumerable<GeoFeature> features)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var feature in features)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(feature.Lon);
                json.WriteNumberValue(feature.Lat);
                json.WriteEndArray();
                json.WriteEndObject();
                json.WriteStartObject("properties");
                foreach (var (name, value) in feature.Properties)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value);
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static List<KeyValuePair<string, object?>> Properties<T>(T row, IReadOnlyList<ExportColumn<T>> columns) =>
        [.. columns.Where(column => column.Name is not ("lat" or "lon")).Select(column => new KeyValuePair<string, object?>(column.Name, column.Value(row)))];

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            default: json.WriteStringValue(ExportTables.Cell(value)); break;
        }
    }
}

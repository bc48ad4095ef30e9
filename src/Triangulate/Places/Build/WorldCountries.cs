using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>
/// The world's countries as places, so that reports on talks, strikes abroad and foreign visits find them: names in
/// English, Russian and Ukrainian from the npm package <c>i18n-iso-countries</c> (its <c>langs/*.json</c>), the point
/// and area from <c>world-countries</c> (<c>countries.json</c>). A country's point is its own (the package's
/// latitude and longitude), its reach the radius of a disc of its area.
/// </summary>
internal static class WorldCountries
{
    private static readonly string[] Languages = ["en", "ru", "uk"];

    public static IEnumerable<Place> Load(string countriesJson, string countryNamesDirectory)
    {
        var names = Languages.ToDictionary(l => l, l => NamesByCode(Path.Combine(countryNamesDirectory, $"{l}.json")), StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(countriesJson));
        foreach (var country in document.RootElement.EnumerateArray())
        {
            var code = country.GetProperty("cca2").GetString()!;
            var latlng = country.GetProperty("latlng");
            if (latlng.GetArrayLength() < 2 || !names["en"].ContainsKey(code))
            {
                continue;
            }

            var placeNames = Languages.SelectMany(l => names[l].GetValueOrDefault(code, []).Select(n => new PlaceName(n, l, "common", Source: "i18n-iso-countries")))
                .Append(new PlaceName(country.GetProperty("name").GetProperty("common").GetString()!, "en", "common", Source: "world-countries"))
                .Append(new PlaceName(country.GetProperty("name").GetProperty("official").GetString()!, "en", "official", Source: "world-countries"));
            var area = country.TryGetProperty("area", out var a) && a.ValueKind == JsonValueKind.Number ? a.GetDouble() : 0;
            var distinct = GazetteerBuilder.Distinct(placeNames);
            yield return new Place(
                $"country:{code}",
                distinct[0].Text,
                PlaceKind.Country,
                Math.Round(latlng[0].GetDouble(), 5),
                Math.Round(latlng[1].GetDouble(), 5),
                code,
                distinct,
                [],
                Subtype: "country",
                RadiusKm: Math.Round(Math.Max(10, Math.Sqrt(area / Math.PI)), 0));
        }
    }

    // A language file maps a code to one name or to a list of names, the usual one first.
    private static Dictionary<string, string[]> NamesByCode(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("countries").EnumerateObject().ToDictionary(
            p => p.Name,
            p => p.Value.ValueKind == JsonValueKind.Array ? [.. p.Value.EnumerateArray().Select(v => v.GetString()!)] : new[] { p.Value.GetString()! },
            StringComparer.Ordinal);
    }
}

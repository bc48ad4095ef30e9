using System.Globalization;
using Triangulate.Export;
using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>
/// Query-string values that need more than a primitive: enum names as the JSON contract spells them, a bounding box,
/// paging bounds. Each parse gives a value or the error a client can act on, never an exception.
/// </summary>
internal static class ApiFilters
{
    /// <summary>Half the Earth's circumference: every point lies within it of any other.</summary>
    public const double MaxRadiusKm = 20_040;

    /// <summary>The longest search words, names and filters a query string may carry.</summary>
    public const int MaxFilterChars = 500;

    /// <summary>The longest note or evidence an analyst may attach: ample for a paragraph and its links, no room for a file.</summary>
    public const int MaxNoteChars = 4_000;

    public static Dictionary<string, string[]> Errors() => new(StringComparer.Ordinal);

    /// <summary>A free-text field within its bound; a longer one is an error naming the bound.</summary>
    public static string? Text(string? text, string parameter, int maxChars, Dictionary<string, string[]> errors)
    {
        if (text is { Length: var length } && length > maxChars)
        {
            errors[parameter] = [$"{parameter} holds {length:N0} characters; at most {maxChars:N0} are taken"];
        }
        return text;
    }

    public static TEnum? Enum<TEnum>(string? text, string parameter, Dictionary<string, string[]> errors)
        where TEnum : struct, System.Enum
    {
        if (text is null)
        {
            return null;
        }
        if (ContractNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }
        errors[parameter] = [$"unknown value '{text}'"];
        return null;
    }

    /// <summary>A box given as <c>west,south,east,north</c> in decimal degrees, as GeoJSON orders it.</summary>
    public static GeoBox? Box(string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }
        var parts = text.Split(',');
        var numbers = parts.Select(part => double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN).ToArray();
        if (numbers.Length != 4 || !IsLongitude(numbers[0]) || !IsLatitude(numbers[1]) || !IsLongitude(numbers[2]) || !IsLatitude(numbers[3])
            || numbers[1] > numbers[3] || numbers[0] > numbers[2])
        {
            errors["bbox"] = ["give bbox as west,south,east,north in decimal degrees"];
            return null;
        }
        return new GeoBox(numbers[1], numbers[3], numbers[0], numbers[2]);
    }

    public static (int Offset, int Limit) Paging(int? offset, int? limit, Dictionary<string, string[]> errors)
    {
        if (offset is < 0)
        {
            errors["offset"] = ["offset cannot be negative"];
        }
        if (limit is < 1 or > Page<object>.MaxLimit)
        {
            errors["limit"] = [$"limit goes from 1 to {Page<object>.MaxLimit}"];
        }
        return (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? Page<object>.DefaultLimit, 1, Page<object>.MaxLimit));
    }

    /// <summary>A place-and-radius search needs all three values or none.</summary>
    public static void Radius(double? lat, double? lon, double? radiusKm, Dictionary<string, string[]> errors)
    {
        var given = new[] { lat.HasValue, lon.HasValue, radiusKm.HasValue }.Count(has => has);
        if (given is not 0 and not 3)
        {
            errors["radiusKm"] = ["a radius search needs lat, lon and radiusKm together"];
        }
        // NaN and infinities fail these comparisons too: "lat=NaN" is a bad request, not a server error.
        if (lat is { } latitude && !IsLatitude(latitude))
        {
            errors["lat"] = ["lat goes from -90 to 90"];
        }
        if (lon is { } longitude && !IsLongitude(longitude))
        {
            errors["lon"] = ["lon goes from -180 to 180"];
        }
        if (radiusKm is { } radius && !(radius > 0 && radius <= MaxRadiusKm))
        {
            errors["radiusKm"] = [$"radiusKm must be positive and at most {MaxRadiusKm:N0}"];
        }
    }

    public static bool IsLatitude(double value) => value is >= -90 and <= 90;

    public static bool IsLongitude(double value) => value is >= -180 and <= 180;
}

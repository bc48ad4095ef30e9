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
    public static Dictionary<string, string[]> Errors() => new(StringComparer.Ordinal);

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
        if (numbers.Length != 4 || numbers.Any(double.IsNaN) || numbers[1] > numbers[3] || numbers[0] > numbers[2])
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
        if (radiusKm is <= 0)
        {
            errors["radiusKm"] = ["radiusKm must be positive"];
        }
    }
}

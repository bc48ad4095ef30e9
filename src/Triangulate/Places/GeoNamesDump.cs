using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Model;
using Triangulate.Places.Build;

namespace Triangulate.Places;

/// <summary>
/// Reads the GeoNames dumps a user downloads: the place tables (<c>UA.txt</c>, <c>allCountries.txt</c>: 19
/// tab-separated columns) and the alternate names (<c>alternateNamesV2.txt</c>), keeping populated places and
/// administrative areas and the names written in Latin or Cyrillic letters.
/// </summary>
public static class GeoNamesDump
{
    public enum FileKind
    {
        Unknown,
        Places,
        AlternateNames,
    }

    private static readonly FrozenSet<string> Languages = FrozenSet.Create(StringComparer.Ordinal, "", "en", "ru", "uk");

    /// <summary>Tells a place table from an alternate-name table by its first line.</summary>
    public static FileKind KindOf(string? firstLine)
    {
        if (firstLine is null)
        {
            return FileKind.Unknown;
        }
        var columns = firstLine.Split('\t');
        return columns.Length switch
        {
            >= 19 when long.TryParse(columns[0], CultureInfo.InvariantCulture, out _) => FileKind.Places,
            >= 4 and <= 10 when long.TryParse(columns[1], CultureInfo.InvariantCulture, out _) => FileKind.AlternateNames,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>Populated places (feature class P) and administrative areas (A) of a place table, of one country if given.</summary>
    public static IEnumerable<Place> ReadPlaces(IEnumerable<string> lines, string? country = null)
    {
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 19 || f[6] is not ("P" or "A") || (country is not null && !string.Equals(f[8], country, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }
            if (!double.TryParse(f[4], CultureInfo.InvariantCulture, out var lat) || !double.TryParse(f[5], CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }
            var names = f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Prepend(f[2]).Prepend(f[1])
                .Where(GazetteerBuilder.IsLatinOrCyrillic)
                .Select(NameOf);
            yield return new Place(
                $"geonames:{f[0]}",
                f[2].Length > 0 ? f[2] : f[1],
                f[6] == "A" ? PlaceKind.AdminArea : PlaceKind.Settlement,
                lat,
                lon,
                f[8],
                GazetteerBuilder.Distinct(names),
                [],
                Population: long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) ? population : 0,
                Subtype: f[7].Length == 0 ? null : f[7]);
        }
    }

    /// <summary>
    /// Alternate names in English, Russian, Ukrainian or no stated language, for the places <paramref name="wanted"/>
    /// accepts (by id, "geonames:123"); a historic name with an end date becomes a former name.
    /// </summary>
    public static IEnumerable<PlaceAlias> ReadAlternateNames(IEnumerable<string> lines, Func<string, bool> wanted)
    {
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !Languages.Contains(f[2]) || !GazetteerBuilder.IsLatinOrCyrillic(f[3]))
            {
                continue;
            }
            var id = $"geonames:{f[1]}";
            if (!wanted(id))
            {
                continue;
            }
            var name = NameOf(f[3]);
            var historic = f.Length > 7 && f[7] == "1";
            var until = f.Length > 9 && DateOnly.TryParse(f[9], CultureInfo.InvariantCulture, out var to) ? to : (DateOnly?)null;
            yield return new PlaceAlias(id, name with
            {
                Language = f[2].Length == 0 ? name.Language : f[2],
                ValidTo = historic ? until : null,
            });
        }
    }

    private static PlaceName NameOf(string text) => text.Any(PlaceText.IsCyrillic)
        ? new PlaceName(text, GazetteerBuilder.CyrillicLanguage(text), Source: "geonames")
        : new PlaceName(text, "en", "geonames", Source: "geonames");
}

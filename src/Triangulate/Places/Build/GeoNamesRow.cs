using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>
/// One row of GeoNames cities1000 or cities500 (tab-separated, no header; column 4 holds the alternate names, 8 the
/// feature code such as PPLC for a capital, 11 the first-level area's code).
/// </summary>
internal sealed record GeoNamesRow(long Id, string Name, string AsciiName, ImmutableArray<string> Alternates, double Lat, double Lon, string Country, long Population, string FeatureCode = "", string Admin1 = "")
{
    /// <summary>The source recorded on the names GeoNames gives.</summary>
    public const string NameSource = "geonames";

    public IEnumerable<string> AllNames => Alternates.Prepend(AsciiName).Prepend(Name);

    public static List<GeoNamesRow> Load(string path)
    {
        var rows = new List<GeoNamesRow>();
        foreach (var line in File.ReadLines(path))
        {
            var f = line.Split('\t');
            rows.Add(new GeoNamesRow(
                long.Parse(f[0], CultureInfo.InvariantCulture),
                f[1],
                f[2],
                [.. f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                f[8],
                long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) ? population : 0,
                f[7],
                f[10]));
        }

        return rows;
    }

    /// <summary>
    /// The rows of several GeoNames tables as one, a place listed in more than one (by id) once: the first table's
    /// fields with every table's names, so that the newer table's current name leads and the older one's names stay.
    /// </summary>
    public static List<GeoNamesRow> Merge(IEnumerable<List<GeoNamesRow>> tables)
    {
        var byId = new Dictionary<long, GeoNamesRow>();
        var order = new List<long>();
        foreach (var row in tables.SelectMany(t => t))
        {
            if (!byId.TryGetValue(row.Id, out var known))
            {
                byId[row.Id] = row;
                order.Add(row.Id);
                continue;
            }

            var added = new[] { row.Name, row.AsciiName }.Concat(row.Alternates).Where(n => !known.AllNames.Contains(n, StringComparer.Ordinal));
            byId[row.Id] = known with { Alternates = [.. known.Alternates.Concat(added).Distinct(StringComparer.Ordinal)] };
        }

        return [.. order.Select(id => byId[id])];
    }

    /// <summary>Latin and Cyrillic names only (other scripts do not occur in the reports we read), all-caps forms dropped.</summary>
    public List<PlaceName> Names(IReadOnlySet<string> skipNormal) =>
        [.. AllNames
            .Where(n => GazetteerBuilder.IsLatinOrCyrillic(n) && n != n.ToUpperInvariant() && !skipNormal.Contains(PlaceText.Normalise(n))
                // "The Settlement" (Christmas Island's capital) would make every "the settlement of …" a place.
                && !n.StartsWith("The ", StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Any(PlaceText.IsCyrillic)
                ? new PlaceName(n, GazetteerBuilder.CyrillicLanguage(n), Source: NameSource)
                : new PlaceName(n, "en", "geonames", Source: NameSource))];

    public Place ToPlace(ImmutableArray<string> parents = default, string? adminPath = null)
    {
        var names = Names(new HashSet<string>());
        var all = Country == "UA" ? names.Concat(names.SelectMany(GazetteerBuilder.Derived)) : names;
        return new Place(
            $"geonames:{Id}",
            AsciiName,
            PlaceKind.Settlement,
            Lat,
            Lon,
            Country,
            GazetteerBuilder.Distinct(all),
            parents.IsDefault ? [] : parents,
            adminPath,
            Population);
    }
}

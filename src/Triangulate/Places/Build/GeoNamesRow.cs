using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>One row of GeoNames cities1000 (tab-separated, no header; column 4 holds the alternate names).</summary>
internal sealed record GeoNamesRow(long Id, string Name, string AsciiName, ImmutableArray<string> Alternates, double Lat, double Lon, string Country, long Population)
{
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
                long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) ? population : 0));
        }

        return rows;
    }

    /// <summary>Latin and Cyrillic names only (other scripts do not occur in the reports we read), all-caps forms dropped.</summary>
    public List<PlaceName> Names(IReadOnlySet<string> skipNormal) =>
        [.. AllNames
            .Where(n => GazetteerBuilder.IsLatinOrCyrillic(n) && n != n.ToUpperInvariant() && !skipNormal.Contains(PlaceText.Normalise(n)))
            .Select(n => n.Any(PlaceText.IsCyrillic)
                ? new PlaceName(n, GazetteerBuilder.CyrillicLanguage(n), Source: "geonames")
                : new PlaceName(n, "en", "geonames", Source: "geonames"))];

    public Place ToPlace()
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
            [],
            null,
            Population);
    }
}

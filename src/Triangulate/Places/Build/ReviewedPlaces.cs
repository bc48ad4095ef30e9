using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>
/// Reads the hand-reviewed tables of features and extra regions (columns: id, kind, subtype, anchor, lat, lon,
/// precision_km, country, names as "lang:text|…", note). A feature inherits its anchor settlement's parents.
/// </summary>
internal static class ReviewedPlaces
{
    public static IEnumerable<Place> Load(string path, IReadOnlyDictionary<string, Place> placesById)
    {
        foreach (var line in File.ReadLines(path).Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',', 10);
            var anchor = f[3].Length == 0 ? null : placesById.GetValueOrDefault(f[3])
                ?? throw new InvalidDataException($"{Path.GetFileName(path)}: anchor {f[3]} of {f[0]} is not in the gazetteer");
            var names = f[8].Split('|').Select(n => n.Split(':', 2)).Select(p => new PlaceName(p[1], p[0], "reviewed", Source: Path.GetFileName(path)));
            var parents = anchor is null ? ImmutableArray<string>.Empty : anchor.Parents.Insert(0, anchor.Id);
            yield return new Place(
                f[0],
                names.First().Text,
                Enum.Parse<PlaceKind>(f[1]),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                f[7],
                GazetteerBuilder.Distinct(names),
                parents,
                anchor is null ? null : anchor.AdminPath is null ? anchor.Name : $"{anchor.AdminPath} / {anchor.Name}",
                0,
                f[2],
                double.Parse(f[6], CultureInfo.InvariantCulture));
        }
    }
}

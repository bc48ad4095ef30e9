using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// The shipped gazetteer format: gzip'd UTF-8, one place per line, tab-separated
/// (id, kind, subtype, country, lat, lon, population, parents, admin path, name, names, radius km). Names are separated by
/// U+001E, fields of a name (text, language, scheme, valid from, valid to, source) by U+001F.
/// </summary>
internal static class GazetteerFile
{
    private const char NameSeparator = '\u001E';
    private const char FieldSeparator = '\u001F';
    private const string Header = "#triangulate-gazetteer v1";

    public static void Write(Stream stream, IEnumerable<Place> places)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.Write(Header);
        writer.Write('\n');
        foreach (var place in places)
        {
            writer.Write(string.Join('\t',
                place.Id,
                place.Kind.ToString(),
                place.Subtype ?? "",
                place.CountryCode,
                place.Lat.ToString("0.#####", CultureInfo.InvariantCulture),
                place.Lon.ToString("0.#####", CultureInfo.InvariantCulture),
                place.Population.ToString(CultureInfo.InvariantCulture),
                string.Join('|', place.Parents),
                Clean(place.AdminPath ?? ""),
                Clean(place.Name),
                string.Join(NameSeparator, place.Names.Select(WriteName)),
                place.RadiusKm?.ToString("0.#", CultureInfo.InvariantCulture) ?? ""));
            writer.Write('\n');
        }
    }

    private static string WriteName(PlaceName name) => string.Join(FieldSeparator,
        Clean(name.Text), name.Language, name.Scheme ?? "", Date(name.ValidFrom), Date(name.ValidTo), Clean(name.Source ?? ""));

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace(NameSeparator, ' ').Replace(FieldSeparator, ' ');

    public static List<Place> Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        if (reader.ReadLine() != Header)
        {
            throw new InvalidDataException("Not a Triangulate gazetteer file (header missing).");
        }

        var places = new List<Place>(60_000);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            var names = f[10].Length == 0
                ? ImmutableArray<PlaceName>.Empty
                : [.. f[10].Split(NameSeparator).Select(n => ReadName(n, strings))];
            places.Add(new Place(
                f[0],
                f[9],
                Enum.Parse<PlaceKind>(f[1]),
                double.Parse(f[4], CultureInfo.InvariantCulture),
                double.Parse(f[5], CultureInfo.InvariantCulture),
                Intern(f[3], strings),
                names,
                f[7].Length == 0 ? [] : [.. f[7].Split('|').Select(p => Intern(p, strings))],
                f[8].Length == 0 ? null : Intern(f[8], strings),
                long.Parse(f[6], CultureInfo.InvariantCulture),
                f[2].Length == 0 ? null : Intern(f[2], strings),
                f[11].Length == 0 ? null : double.Parse(f[11], CultureInfo.InvariantCulture)));
        }

        return places;
    }

    private static PlaceName ReadName(string text, Dictionary<string, string> strings)
    {
        var f = text.Split(FieldSeparator);
        return new PlaceName(
            f[0],
            Intern(f[1], strings),
            f[2].Length == 0 ? null : Intern(f[2], strings),
            ParseDate(f[3]),
            ParseDate(f[4]),
            f[5].Length == 0 ? null : Intern(f[5], strings));
    }

    private static DateOnly? ParseDate(string text) =>
        text.Length == 0 ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Languages, schemes, sources and parents repeat across thousands of rows; share one string each.
    private static string Intern(string value, Dictionary<string, string> strings)
    {
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings[value] = value;
        return value;
    }
}

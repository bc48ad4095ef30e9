using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Triangulate.Places;

/// <summary>
/// Where the front line ran, month by month: the settlements that lay near it on each dated control map
/// (data/gazetteer/frontline.tsv.gz, built from the DeepStateMap snapshots by the bench's <c>build-frontline</c>).
/// Among namesakes an analyst picks the one at the front on the report's date; with no date, one that has been at
/// the front in any month the maps cover; between namesakes both at the front that month, the one nearer the line
/// (a settlement across it closer by). Immutable once loaded.
/// </summary>
public sealed class FrontLine
{
    public const string FileName = "frontline.tsv.gz";

    private const string Header = "#triangulate-frontline v2";

    /// <summary>
    /// A settlement lies near the front line in a month when Ukrainian settlements on both sides of the line lie within
    /// this distance of it; its distance across the line is then at most this.
    /// </summary>
    public const double NearKm = 12;

    // A report dated this long after the last map or before the first still reads the nearest map.
    private const int MonthsOfGrace = 2;

    // For each place, the months it lay near the line, each with the distance (km) to the nearest settlement across it.
    private readonly Dictionary<string, Dictionary<int, double>> kmAcrossByPlace;

    private FrontLine(Dictionary<string, Dictionary<int, double>> kmAcrossByPlace, int firstMonth, int lastMonth)
    {
        this.kmAcrossByPlace = kmAcrossByPlace;
        FirstMonth = firstMonth;
        LastMonth = lastMonth;
    }

    public static FrontLine None { get; } = new([], 0, -1);

    /// <summary>The months the maps cover, as year × 12 + month − 1.</summary>
    public int FirstMonth { get; }

    public int LastMonth { get; }

    public static int MonthOf(DateOnly date) => date.Year * 12 + date.Month - 1;

    private static string MonthText(int month) => string.Create(CultureInfo.InvariantCulture, $"{month / 12:0000}-{month % 12 + 1:00}");

    private static int ParseMonth(string text) =>
        MonthOf(DateOnly.ParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>How many months the maps cover.</summary>
    public int Months => LastMonth - FirstMonth + 1;

    /// <summary>
    /// The date when a map shows the front line on it (the nearest mapped month within two months of the maps'
    /// span), else null.
    /// </summary>
    public DateOnly? Mapped(DateOnly? date) =>
        date is { } day && MonthOf(day) >= FirstMonth - MonthsOfGrace && MonthOf(day) <= LastMonth + MonthsOfGrace ? day : null;

    /// <summary>
    /// With a date a map shows, 1 when the place lay near the front line in that month, else 0; with no date, or one
    /// after the maps, the number of months it lay near the front line; with one before the maps, 0.
    /// </summary>
    /// <remarks>
    /// After the maps the front line has moved little from where it ran for months, so its history speaks as for an
    /// undated report; before them it ran elsewhere (Kyiv's and Kherson's oblasts in 2022), and over VIINA's rows of
    /// 2022–2023 the later line picked more namesakes far from the place meant (29 against 23) than it righted.
    /// </remarks>
    public int MonthsNear(string placeId, DateOnly? date)
    {
        if (!kmAcrossByPlace.TryGetValue(placeId, out var months) || (date is { } before && MonthOf(before) < FirstMonth - MonthsOfGrace))
        {
            return 0;
        }

        if (Mapped(date) is not { } day)
        {
            return months.Count;
        }

        return months.ContainsKey(Math.Clamp(MonthOf(day), FirstMonth, LastMonth)) ? 1 : 0;
    }

    /// <summary>
    /// On a date a map shows, how far (km) the place lay from the nearest Ukrainian settlement on the other side of the
    /// line, when it lay near the line that month; else null.
    /// </summary>
    public double? KmAcross(string placeId, DateOnly? date) =>
        Mapped(date) is { } day && kmAcrossByPlace.TryGetValue(placeId, out var months)
            && months.TryGetValue(Math.Clamp(MonthOf(day), FirstMonth, LastMonth), out var km) ? km : null;

    /// <summary>The front line beside a gazetteer file, or <see cref="None"/> when none was built.</summary>
    public static FrontLine LoadBeside(string gazetteerPath)
    {
        var path = Path.Combine(Path.GetDirectoryName(gazetteerPath) ?? ".", FileName);
        return File.Exists(path) ? Read(File.OpenRead(path)) : None;
    }

    /// <summary>
    /// One line per place: its id, the months it lay near the front as runs (2024-07..2025-02), and the distance across
    /// the line in each of those months, in their order (km, one decimal).
    /// </summary>
    public static void Write(Stream stream, IReadOnlyDictionary<string, SortedDictionary<int, double>> kmAcrossByPlace, int firstMonth, int lastMonth)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        writer.Write($"{Header}\t{MonthText(firstMonth)}\t{MonthText(lastMonth)}\n");
        foreach (var (id, months) in kmAcrossByPlace.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var runs = string.Join(',', Runs(months.Keys).Select(r => r.From == r.To ? MonthText(r.From) : $"{MonthText(r.From)}..{MonthText(r.To)}"));
            var kilometres = string.Join(',', months.Values.Select(km => km.ToString("0.0", CultureInfo.InvariantCulture)));
            writer.Write($"{id}\t{runs}\t{kilometres}\n");
        }
    }

    private static IEnumerable<(int From, int To)> Runs(IEnumerable<int> months)
    {
        int? from = null, to = null;
        foreach (var month in months)
        {
            if (to is { } last && month == last + 1)
            {
                to = month;
                continue;
            }

            if (from is { } start)
            {
                yield return (start, to!.Value);
            }

            (from, to) = (month, month);
        }

        if (from is { } first)
        {
            yield return (first, to!.Value);
        }
    }

    public static FrontLine Read(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var header = reader.ReadLine()?.Split('\t');
        if (header is not [Header, var first, var last])
        {
            throw new InvalidDataException($"Not a Triangulate front-line file (header missing).");
        }

        var places = new Dictionary<string, Dictionary<int, double>>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            var kilometres = f[2].Split(',');
            var months = new Dictionary<int, double>();
            foreach (var run in f[1].Split(','))
            {
                var ends = run.Split("..");
                for (var m = ParseMonth(ends[0]); m <= ParseMonth(ends[^1]); m++)
                {
                    months[m] = double.Parse(kilometres[months.Count], CultureInfo.InvariantCulture);
                }
            }

            places[f[0]] = months;
        }

        return new FrontLine(places, ParseMonth(first), ParseMonth(last));
    }
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Triangulate.Evaluation;
using Triangulate.Model;

namespace Triangulate.Places.Evaluation;

/// <summary>One expected mention: where its words are and where the place it means lies.</summary>
public sealed record GoldPlace(Span Span, double Lat, double Lon);

/// <summary>A gold sentence: its text (as a report the finder reads) and the mentions an annotator found in it.</summary>
public sealed record GoldPlaceText(string? Id, Report Report, ImmutableArray<GoldPlace> Places);

/// <summary>A place gold set read from JSONL, with the lines that could not be read (line number and reason).</summary>
public sealed record PlaceGoldSet(ImmutableArray<GoldPlaceText> Texts, ImmutableArray<string> Errors);

/// <summary>
/// Mention-level figures. A found mention matches a gold one when their spans overlap; the resolution figures are
/// the share of matched mentions whose resolved place lies within 1, 5 and 25 km of the gold coordinates (an area:
/// whose extent reaches the gold point).
/// </summary>
public sealed record PlaceScores(
    int GoldMentions,
    int FoundMentions,
    int Matched,
    double Precision,
    double Recall,
    double Within1Km,
    double Within5Km,
    double Within25Km)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gold {GoldMentions}, found {FoundMentions}, matched {Matched}; mention precision {Precision:F3}, recall {Recall:F3}; " +
        $"resolved within 1 km {Within1Km:F3}, 5 km {Within5Km:F3}, 25 km {Within25Km:F3}");
}

/// <summary>A disagreement between the finder and the gold set, for reading what went wrong.</summary>
public sealed record PlaceMiss(string? TextId, string Kind, string Words, string Detail);

/// <summary>Scores mentions against a gold set (the tests and the CLI's <c>eval places</c> share it).</summary>
public static class PlaceEvaluator
{
    public static PlaceGoldSet ReadGold(string jsonl)
    {
        var (items, errors) = GoldJsonLines.Read(jsonl, ReadText);
        return new PlaceGoldSet(items, errors);
    }

    private static GoldPlaceText ReadText(JsonElement line, int number)
    {
        var text = line.GetProperty("text").GetString() ?? throw new FormatException("text is null");
        var id = line.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
        var language = line.TryGetProperty("language", out var languageElement) ? languageElement.GetString() ?? "und" : "und";
        var places = ImmutableArray.CreateBuilder<GoldPlace>();
        foreach (var place in line.GetProperty("places").EnumerateArray())
        {
            var span = new Span(place.GetProperty("start").GetInt32(), place.GetProperty("end").GetInt32());
            if (span.Start < 0 || span.End > text.Length || span.End <= span.Start)
            {
                throw new ArgumentException($"span {span} lies outside the text");
            }
            places.Add(new GoldPlace(span, place.GetProperty("lat").GetDouble(), place.GetProperty("lon").GetDouble()));
        }
        var report = new Report(id, "gold", null, null, language, null, text, new InputLocation("gold", number));
        return new GoldPlaceText(id, report, places.ToImmutable());
    }

    public static PlaceScores Evaluate(PlaceGoldSet gold, IPlaceFinder finder) =>
        Score(gold.Texts.Select(text => (text, finder.Find(text.Report))), misses: null);

    /// <summary>Scores found mentions; when <paramref name="misses"/> is given, every disagreement is added to it.</summary>
    public static PlaceScores Score(IEnumerable<(GoldPlaceText Gold, ImmutableArray<PlaceMention> Found)> results, List<PlaceMiss>? misses)
    {
        int goldCount = 0, foundCount = 0, matched = 0, within1 = 0, within5 = 0, within25 = 0;
        foreach (var (gold, found) in results)
        {
            goldCount += gold.Places.Length;
            foundCount += found.Length;
            var unused = found.ToList();
            var text = gold.Report.Text;
            foreach (var expected in gold.Places)
            {
                var index = unused.FindIndex(mention => mention.Span.Overlaps(expected.Span));
                if (index < 0)
                {
                    misses?.Add(new PlaceMiss(gold.Id, "missed", expected.Span.Slice(text), ""));
                    continue;
                }
                var mention = unused[index];
                unused.RemoveAt(index);
                matched++;
                var km = mention.Place is { } place ? DistanceKm(place, expected) : double.MaxValue;
                within1 += km <= 1 ? 1 : 0;
                within5 += km <= 5 ? 1 : 0;
                within25 += km <= 25 ? 1 : 0;
                if (km > 5)
                {
                    misses?.Add(new PlaceMiss(gold.Id, "misresolved", mention.Text,
                        string.Create(CultureInfo.InvariantCulture, $"{mention.Place?.Name} ({mention.Place?.Id}) is {km:F0} km from the gold point")));
                }
            }
            misses?.AddRange(unused.Select(mention => new PlaceMiss(gold.Id, "spurious", mention.Text, $"{mention.Place?.Name} ({mention.Place?.Id})")));
        }
        return new PlaceScores(goldCount, foundCount, matched,
            Ratio(matched, foundCount), Ratio(matched, goldCount), Ratio(within1, matched), Ratio(within5, matched), Ratio(within25, matched));
    }

    /// <summary>
    /// How far the resolved place is from the gold point. An area (oblast, country) is a region, not a point: the gold
    /// set pins areas to their administrative centres, the gazetteer to their middles, so an area counts as 0 km off
    /// when the gold point lies within its extent.
    /// </summary>
    private static double DistanceKm(Place place, GoldPlace expected)
    {
        var km = Geo.DistanceKm(place.Lat, place.Lon, expected.Lat, expected.Lon);
        return place.Kind is PlaceKind.AdminArea or PlaceKind.Country && place.RadiusKm is { } radius ? Math.Max(0, km - radius) : km;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);
}

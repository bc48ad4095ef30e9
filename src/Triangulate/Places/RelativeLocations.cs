using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// Reads the words around a resolved mention that place something relative to it ("south of X", "1.45 km into the
/// forest belt south of X", "на окраине X", "between X and Y") and estimates that point with an uncertainty.
/// </summary>
internal static partial class RelativeLocations
{
    private const int LookBehind = 120;
    private const double DefaultOffsetKm = 3;

    public static ImmutableArray<PlaceMention> Apply(string text, ImmutableArray<PlaceMention> mentions)
    {
        var result = ImmutableArray.CreateBuilder<PlaceMention>(mentions.Length);
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var next = i + 1 < mentions.Length ? mentions[i + 1] : null;
            result.Add(mention.Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature } ? Relate(text, mention, next) : mention);
        }

        return result.ToImmutable();
    }

    private static PlaceMention Relate(string text, PlaceMention mention, PlaceMention? next)
    {
        var place = mention.Place!;
        var before = SentenceBefore(text, mention.Span.Start);
        var after = SentenceAfter(text, mention.Span.End);

        var direction = DirectionBefore().Match(before);
        if (direction.Success)
        {
            var bearing = Bearing(direction.Groups["dir"].Value);
            var distance = Distance(direction) ?? Distance(DistanceAfter().Match(after));
            var span = new Span(mention.Span.Start - before.Length + direction.Index, mention.Span.End);
            var km = distance ?? DefaultOffsetKm;
            var (lat, lon) = Geo.Offset(place.Lat, place.Lon, bearing, km);
            var uncertainty = distance is { } d ? Math.Max(0.5, d * 0.3) : DefaultOffsetKm;
            return Near(mention, new PlaceRelation(Normalise(direction.Groups["dir"].Value) + " of", distance, bearing, span), lat, lon, uncertainty);
        }

        var outskirts = OutskirtsBefore().Match(before);
        if (outskirts.Success)
        {
            var span = new Span(mention.Span.Start - before.Length + outskirts.Index, mention.Span.End);
            return Near(mention, new PlaceRelation("outskirts of", null, null, span), place.Lat, place.Lon, 2);
        }

        var between = BetweenBefore().Match(before);
        if (between.Success && next?.Place is { } other && AndOnly().IsMatch(text.AsSpan(mention.Span.End, next.Span.Start - mention.Span.End)))
        {
            var span = new Span(mention.Span.Start - before.Length + between.Index, next.Span.End);
            var half = Geo.DistanceKm(place.Lat, place.Lon, other.Lat, other.Lon) / 2;
            return Near(mention, new PlaceRelation("between", null, null, span), (place.Lat + other.Lat) / 2, (place.Lon + other.Lon) / 2, Math.Max(1, half));
        }

        var near = NearBefore().Match(before);
        if (near.Success)
        {
            var span = new Span(mention.Span.Start - before.Length + near.Index, mention.Span.End);
            return Near(mention, new PlaceRelation("near", null, null, span), place.Lat, place.Lon, 5);
        }

        return mention;
    }

    private static PlaceMention Near(PlaceMention mention, PlaceRelation relation, double lat, double lon, double uncertaintyKm) =>
        mention with
        {
            Precision = PlacePrecision.NearPlace,
            Relation = relation,
            EstimatedLat = Math.Round(lat, 5),
            EstimatedLon = Math.Round(lon, 5),
            UncertaintyKm = Math.Round(uncertaintyKm, 2),
        };

    private static string SentenceBefore(string text, int start)
    {
        var from = Math.Max(0, start - LookBehind);
        var stop = text.AsSpan(from, start - from).LastIndexOfAny(".!?\n");
        return text[(stop < 0 ? from : from + stop + 1)..start];
    }

    private static string SentenceAfter(string text, int end)
    {
        var length = Math.Min(LookBehind, text.Length - end);
        var stop = text.AsSpan(end, length).IndexOfAny("!?\n");
        return text.Substring(end, stop < 0 ? length : stop);
    }

    private static double? Distance(Match match)
    {
        if (!match.Success || !match.Groups["dist"].Success)
        {
            return null;
        }

        var value = double.Parse(match.Groups["dist"].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        return unit.StartsWith('k') || unit.StartsWith('к') ? value : value / 1000;
    }

    private static string Normalise(string direction)
    {
        var bearing = Bearing(direction);
        return bearing switch
        {
            0 => "north", 45 => "northeast", 90 => "east", 135 => "southeast",
            180 => "south", 225 => "southwest", 270 => "west", _ => "northwest",
        };
    }

    /// <summary>Compass bearing of a direction word in English, Russian or Ukrainian ("south", "к юго-западу", "на північ").</summary>
    internal static double Bearing(string word)
    {
        var w = word.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var north = w.StartsWith("north", StringComparison.Ordinal) || w.StartsWith("север", StringComparison.Ordinal) || w.StartsWith("північ", StringComparison.Ordinal);
        var south = w.StartsWith("south", StringComparison.Ordinal) || w.StartsWith("юг", StringComparison.Ordinal) || w.StartsWith("юж", StringComparison.Ordinal) || w.StartsWith("півд", StringComparison.Ordinal);
        var east = w.Contains("east", StringComparison.Ordinal) || w.Contains("восто", StringComparison.Ordinal) || w.Contains("схід", StringComparison.Ordinal) || w.Contains("східн", StringComparison.Ordinal) || w.Contains("сході", StringComparison.Ordinal);
        var west = w.Contains("west", StringComparison.Ordinal) || w.Contains("запад", StringComparison.Ordinal) || w.Contains("захід", StringComparison.Ordinal) || w.Contains("західн", StringComparison.Ordinal) || w.Contains("заході", StringComparison.Ordinal);
        return (north, south, east, west) switch
        {
            (true, _, true, _) => 45,
            (true, _, _, true) => 315,
            (true, _, _, _) => 0,
            (_, true, true, _) => 135,
            (_, true, _, true) => 225,
            (_, true, _, _) => 180,
            (_, _, true, _) => 90,
            _ => 270,
        };
    }

    private const string Number = @"(?<dist>\d+(?:[.,]\d+)?)\s*(?<unit>km|kilometers?|kilometres?|meters?|metres?|m|км|кілометр\w*|километр\w*|метр\w*|м)\b";
    private const string EnglishDirection = @"(?:north|south)?-?(?:north|south|east|west)(?:ern)?";
    private const string RussianDirection = @"(?:северо-|юго-)?(?:северу|югу|востоку|западу)|(?:северо-|юго-)?(?:севернее|южнее|восточнее|западнее)";
    private const string UkrainianDirection = @"(?:північн\w*|південн\w*)?\s?(?:північ|південь|схід|захід)|(?:північно-|південно-)?(?:північніше|південніше|східніше|західніше)";

    [GeneratedRegex(
        @"(?:(?:about|some|approximately|around|roughly)\s+)?(?:" + Number + @"\s+(?:[\w-]+\s+){0,5}?)?(?<dir>" + EnglishDirection + @")\s+(?:of|from)\s+(?:the\s+)?$"
        + @"|(?:в\s+" + Number + @"\s+)?(?:к\s+)?(?<dir>" + RussianDirection + @")\s+(?:от\s+)?$"
        + @"|(?:за\s+" + Number + @"\s+)?(?:на\s+)?(?<dir>" + UkrainianDirection + @")\s+(?:від\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DirectionBefore();

    [GeneratedRegex(@"^\s*,?\s*(?:(?:up\s+to|about|some|approximately|around|roughly|до|около|близько|приблизно)\s+)*" + Number, RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DistanceAfter();

    [GeneratedRegex(@"(?:(?:on|at)\s+the\s+outskirts\s+of|на\s+окраин[еах]+|на\s+околиц[іях]+)\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OutskirtsBefore();

    [GeneratedRegex(@"(?:between|между|між)\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^\s*(?:and|и|і|та)\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndOnly();

    [GeneratedRegex(@"(?:\bnear|\bclose\s+to|\bоколо|\bвозле|\bпод|\bпід|\bбіля|\bпоблизу)\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NearBefore();
}

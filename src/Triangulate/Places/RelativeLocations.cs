using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// Reads the words around a resolved mention that place something relative to it ("south of X", "1.45 km into the
/// forest belt south of X", "на окраине X", "between X and Y") and estimates that point with an uncertainty.
/// </summary>
/// <remarks>
/// Every relation ends where the place's name begins, so the words are read right to left from the mention, a few
/// at most: dense text names a place every fifty characters and half of those names carry a relation.
/// </remarks>
internal static class RelativeLocations
{
    private const double DefaultOffsetKm = 3;

    // The longest relation reads this many words back: "about 2 km into the thick forest belt south of the".
    private const int MaxWordsBefore = 12;

    // A distance stated after the place ("south of Ivanovsky up to about 1.45 km") is looked for this far ahead.
    private const int LookAhead = 120;

    // A distance may sit up to this many words before an English direction ("1.45 km into the forest belt south of").
    private const int MaxWordsBetweenDistanceAndDirection = 5;

    private static readonly string[] EnglishApproximations = ["about", "some", "approximately", "around", "roughly"];
    private static readonly string[] ApproximationsAfter = [.. EnglishApproximations, "до", "около", "близько", "приблизно"];
    private static readonly string[] EnglishPoints = ["north", "south", "east", "west"];
    private static readonly string[] EnglishHalfPoints = ["north", "south"];
    private static readonly string[] RussianPoints = ["северу", "югу", "востоку", "западу", "севернее", "южнее", "восточнее", "западнее"];
    private static readonly string[] RussianHalfPoints = ["северо-", "юго-"];
    private static readonly string[] UkrainianPoints = ["північ", "південь", "схід", "захід"];
    private static readonly string[] UkrainianComparatives = ["північніше", "південніше", "східніше", "західніше"];
    private static readonly string[] UkrainianHalfPoints = ["північно-", "південно-"];
    private static readonly string[] UkrainianAdjectivePrefixes = ["північн", "південн"];
    private static readonly string[] NearWords = ["near", "около", "возле", "под", "из-под", "під", "з-під", "із-під", "біля", "поблизу"];
    private static readonly string[] BetweenWords = ["between", "между", "між"];
    private static readonly string[] AndWords = ["and", "и", "і", "та"];
    private static readonly string[] UnitWords = ["km", "kilometer", "kilometers", "kilometre", "kilometres", "meter", "meters", "metre", "metres", "m", "км", "м"];
    private static readonly string[] UnitStems = ["кілометр", "километр", "метр"];

    /// <summary>Places each settlement or feature mention relative to the words before it, in place.</summary>
    public static void Apply(string text, ImmutableArray<PlaceMention>.Builder mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature })
            {
                mentions[i] = Relate(text, mentions[i], i + 1 < mentions.Count ? mentions[i + 1] : null);
            }
        }
    }

    private static PlaceMention Relate(string text, PlaceMention mention, PlaceMention? next)
    {
        var words = new Words(text, mention.Span.Start, stackalloc (int, int)[MaxWordsBefore]);
        if (!words.Has(0))
        {
            return mention;
        }

        var place = mention.Place!;
        if ((EnglishDirection(ref words) ?? RussianDirection(ref words) ?? UkrainianDirection(ref words)) is { } direction)
        {
            var bearing = Bearing(text.AsSpan(direction.DirectionStart, direction.DirectionEnd - direction.DirectionStart));
            var distance = direction.DistanceKm ?? DistanceAfter(text, mention.Span.End);
            var (lat, lon) = Geo.Offset(place.Lat, place.Lon, bearing, distance ?? DefaultOffsetKm);
            var uncertainty = distance is { } d ? Math.Max(0.5, d * 0.3) : DefaultOffsetKm;
            var relation = new PlaceRelation(CompassPoint(bearing) + " of", distance, bearing, new Span(direction.Start, mention.Span.End));
            return Near(mention, relation, lat, lon, uncertainty);
        }

        if (Outskirts(ref words) is { } outskirts)
        {
            return Near(mention, new PlaceRelation("outskirts of", null, null, new Span(outskirts, mention.Span.End)), place.Lat, place.Lon, 2);
        }

        if (words.Is(0, BetweenWords) && next?.Place is { } other && OnlyAnd(text.AsSpan(mention.Span.End, next.Span.Start - mention.Span.End)))
        {
            var half = Geo.DistanceKm(place.Lat, place.Lon, other.Lat, other.Lon) / 2;
            var relation = new PlaceRelation("between", null, null, new Span(words.Start(0), next.Span.End));
            return Near(mention, relation, (place.Lat + other.Lat) / 2, (place.Lon + other.Lon) / 2, Math.Max(1, half));
        }

        var near = words.Is(0, NearWords) ? 0 : words.Is(0, "to") && words.Is(1, "close") ? 1 : -1;
        return near >= 0
            ? Near(mention, new PlaceRelation("near", null, null, new Span(words.Start(near), mention.Span.End)), place.Lat, place.Lon, 5)
            : mention;
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

    /// <summary>Where a direction's words start, where the direction itself is written, and a distance stated with it.</summary>
    private readonly record struct DirectionWords(int Start, int DirectionStart, int DirectionEnd, double? DistanceKm);

    /// <summary>A distance and its unit, with where it starts and the index of the word before it.</summary>
    private readonly record struct Measure(double Km, int Start, int WordBefore);

    // [about] [1.45 km [up to five words]] south-west of [the]
    private static DirectionWords? EnglishDirection(ref Words words)
    {
        var of = words.Is(0, "the") && words.Is(1, "of", "from") ? 1 : 0;
        var at = of + 1;
        if (!words.Is(of, "of", "from") || !words.Has(at) || !IsEnglishDirection(words[at]))
        {
            return null;
        }

        var start = words.Start(at);
        double? distance = null;
        var before = at + 1;
        for (var between = 0; between <= MaxWordsBetweenDistanceAndDirection && words.Has(at + 1 + between); between++)
        {
            if (MeasureAt(ref words, at + 1 + between) is { } measure)
            {
                (distance, start, before) = (measure.Km, measure.Start, measure.WordBefore);
                break;
            }

            if (!IsPlainWord(words[at + 1 + between]))
            {
                break;
            }
        }

        return new DirectionWords(words.Is(before, EnglishApproximations) ? words.Start(before) : start, words.Start(at), words.End(at), distance);
    }

    // (north|south)?-?(north|south|east|west)(ern)?: south, southern, southwest, south-west, north-eastern.
    private static bool IsEnglishDirection(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("ern", StringComparison.OrdinalIgnoreCase))
        {
            word = word[..^3];
        }

        foreach (var half in EnglishHalfPoints)
        {
            if (word.StartsWith(half, StringComparison.OrdinalIgnoreCase) && word.Length > half.Length)
            {
                var rest = word[half.Length..];
                return IsOneOf(rest.StartsWith('-') ? rest[1..] : rest, EnglishPoints);
            }
        }

        return IsOneOf(word.StartsWith('-') ? word[1..] : word, EnglishPoints);
    }

    // [в 500 метрах] [к] северу|юго-западнее [от]
    private static DirectionWords? RussianDirection(ref Words words)
    {
        var at = words.Is(0, "от") ? 1 : 0;
        if (!words.Has(at) || !IsOneOf(WithoutHalfPoint(words[at], RussianHalfPoints), RussianPoints))
        {
            return null;
        }

        return WithDistanceBefore(ref words, at, words.Start(at), at + 1, "к", "в");
    }

    // [за 3 км] [на] [південний] схід|південно-західніше [від]
    private static DirectionWords? UkrainianDirection(ref Words words)
    {
        var at = words.Is(0, "від") ? 1 : 0;
        if (!words.Has(at))
        {
            return null;
        }

        var directionStart = words.Start(at);
        var last = at;
        if (IsOneOf(words[at], UkrainianPoints))
        {
            // A two-word direction: "південний схід".
            if (words.Has(at + 1) && StartsWithAny(words[at + 1], UkrainianAdjectivePrefixes))
            {
                directionStart = words.Start(++last);
            }
        }
        else if (!IsOneOf(WithoutHalfPoint(words[at], UkrainianHalfPoints), UkrainianComparatives))
        {
            return null;
        }

        return WithDistanceBefore(ref words, at, directionStart, last + 1, "на", "за");
    }

    // The Slavic forms: a preposition before the direction (к, на), and before that a distance after its own (в, за).
    private static DirectionWords WithDistanceBefore(ref Words words, int at, int directionStart, int before, string toward, string within)
    {
        var start = directionStart;
        if (words.Is(before, toward))
        {
            start = words.Start(before++);
        }

        double? distance = null;
        if (MeasureAt(ref words, before) is { } measure && words.Is(measure.WordBefore, within))
        {
            (distance, start) = (measure.Km, words.Start(measure.WordBefore));
        }

        return new DirectionWords(start, directionStart, words.End(at), distance);
    }

    /// <summary>A distance ending at word <paramref name="at"/>: "1.45 km" as two words or "1.45km" as one.</summary>
    private static Measure? MeasureAt(ref Words words, int at)
    {
        if (!words.Has(at))
        {
            return null;
        }

        var word = words[at];
        if (IsUnit(word))
        {
            return words.Has(at + 1) && ParseNumber(words[at + 1]) is { } value && value.Length == words[at + 1].Length
                ? new Measure(InKm(value.Number, word), words.Start(at + 1), at + 2)
                : null;
        }

        return ParseNumber(word) is { } glued && glued.Length < word.Length && IsUnit(word[glued.Length..])
            ? new Measure(InKm(glued.Number, word[glued.Length..]), words.Start(at), at + 1)
            : null;
    }

    // "on the outskirts of", "на окраине", "на околицях": where the words start.
    private static int? Outskirts(ref Words words)
    {
        if (words.Is(0, "of") && words.Is(1, "outskirts") && words.Is(2, "the") && words.Is(3, "on", "at"))
        {
            return words.Start(3);
        }

        return words.Is(1, "на") && (IsStemWithEndings(words[0], "окраин", "еах") || IsStemWithEndings(words[0], "околиц", "іях"))
            ? words.Start(1)
            : null;
    }

    // ", up to about 1.45 km" right after the place, within its sentence.
    private static double? DistanceAfter(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(LookAhead, text.Length - end));
        var stop = after.IndexOfAny("!?\n");
        after = (stop < 0 ? after : after[..stop]).TrimStart();
        if (after.StartsWith(','))
        {
            after = after[1..].TrimStart();
        }

        while (ApproximationLength(after) is var length and > 0 && length < after.Length && char.IsWhiteSpace(after[length]))
        {
            after = after[length..].TrimStart();
        }

        if (ParseNumber(after) is not { } value)
        {
            return null;
        }

        var rest = after[value.Length..].TrimStart();
        var unitLength = 0;
        while (unitLength < rest.Length && (char.IsLetterOrDigit(rest[unitLength]) || rest[unitLength] == '_'))
        {
            unitLength++;
        }

        return IsUnit(rest[..unitLength]) ? InKm(value.Number, rest[..unitLength]) : null;
    }

    private static int ApproximationLength(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("up", StringComparison.OrdinalIgnoreCase))
        {
            var rest = text[2..];
            var to = rest.TrimStart();
            if (to.Length < rest.Length && to.StartsWith("to", StringComparison.OrdinalIgnoreCase))
            {
                return text.Length - to.Length + 2;
            }
        }

        foreach (var word in ApproximationsAfter)
        {
            if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>A number at the start of the text (500, 1.45, 1,5) and how many characters it takes.</summary>
    private static (double Number, int Length)? ParseNumber(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && char.IsAsciiDigit(text[length]))
        {
            length++;
        }

        if (length == 0)
        {
            return null;
        }

        if (length + 1 < text.Length && text[length] is '.' or ',' && char.IsAsciiDigit(text[length + 1]))
        {
            length += 2;
            while (length < text.Length && char.IsAsciiDigit(text[length]))
            {
                length++;
            }
        }

        Span<char> invariant = stackalloc char[length];
        text[..length].CopyTo(invariant);
        invariant.Replace(',', '.');
        return (double.Parse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), length);
    }

    private static bool IsUnit(ReadOnlySpan<char> word) => IsOneOf(word, UnitWords) || StartsWithAny(word, UnitStems) && IsLetters(word);

    private static double InKm(double value, ReadOnlySpan<char> unit) => unit[0] is 'k' or 'K' or 'к' or 'К' ? value : value / 1000;

    /// <summary>Compass bearing of a direction word in English, Russian or Ukrainian ("south", "к юго-западу", "на північ").</summary>
    private static double Bearing(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c is not ('-' or ' '))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        ReadOnlySpan<char> w = buffer[..length];
        var north = w.StartsWith("north") || w.StartsWith("север") || w.StartsWith("північ");
        var south = w.StartsWith("south") || w.StartsWith("юг") || w.StartsWith("юж") || w.StartsWith("півд");
        var east = w.Contains("east", StringComparison.Ordinal) || w.Contains("восто", StringComparison.Ordinal) || w.Contains("схід", StringComparison.Ordinal) || w.Contains("сході", StringComparison.Ordinal);
        var west = w.Contains("west", StringComparison.Ordinal) || w.Contains("запад", StringComparison.Ordinal) || w.Contains("захід", StringComparison.Ordinal) || w.Contains("заході", StringComparison.Ordinal);
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

    private static string CompassPoint(double bearing) => bearing switch
    {
        0 => "north", 45 => "northeast", 90 => "east", 135 => "southeast",
        180 => "south", 225 => "southwest", 270 => "west", _ => "northwest",
    };

    // "and" between two places, with a space before the second: "between Toretsk and Chasiv Yar".
    private static bool OnlyAnd(ReadOnlySpan<char> gap)
    {
        var word = gap.TrimStart();
        foreach (var and in AndWords)
        {
            if (word.StartsWith(and, StringComparison.OrdinalIgnoreCase) && word.Length > and.Length && word[and.Length..].IsWhiteSpace())
            {
                return true;
            }
        }

        return false;
    }

    // A full stop between digits is a decimal point, not a sentence's end; so is a comma.
    private static bool IsWordPart(string text, int at) =>
        char.IsLetterOrDigit(text[at]) || text[at] is '-' or '_'
        || (text[at] is '.' or ',' && at > 0 && at + 1 < text.Length && char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1]));

    private static ReadOnlySpan<char> WithoutHalfPoint(ReadOnlySpan<char> word, string[] halfPoints)
    {
        foreach (var half in halfPoints)
        {
            if (word.StartsWith(half, StringComparison.OrdinalIgnoreCase))
            {
                return word[half.Length..];
            }
        }

        return word;
    }

    // окраин[еах]+: the stem and one or more of the ending letters.
    private static bool IsStemWithEndings(ReadOnlySpan<char> word, string stem, string endingLetters) =>
        word.Length > stem.Length && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && AllOf(word[stem.Length..], endingLetters);

    private static bool AllOf(ReadOnlySpan<char> letters, string allowed)
    {
        foreach (var c in letters)
        {
            if (!allowed.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, params ReadOnlySpan<string> options)
    {
        foreach (var option in options)
        {
            if (word.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    // A filler word between a distance and its direction: letters, digits, hyphens ("1.45 km into the forest belt south").
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words before a position, nearest first, within its sentence, read only as far as asked: letters, digits,
    /// hyphens and decimal points ("1.45", "из-под"), separated by spaces. None unless a space precedes the position;
    /// a word joined to something else on its left («под, "Під) is the last one read.
    /// </summary>
    private ref struct Words
    {
        private readonly string text;
        private readonly Span<(int Start, int End)> ranges;
        private int count;
        private int position;
        private bool ended;

        public Words(string text, int position, Span<(int Start, int End)> ranges)
        {
            this.text = text;
            this.ranges = ranges;
            this.position = position;
            ended = position == 0 || !char.IsWhiteSpace(text[position - 1]);
        }

        public ReadOnlySpan<char> this[int index] => text.AsSpan(ranges[index].Start, ranges[index].End - ranges[index].Start);

        public readonly int Start(int index) => ranges[index].Start;

        public readonly int End(int index) => ranges[index].End;

        /// <summary>Whether there is a word at this index, reading leftwards as far as it.</summary>
        public bool Has(int index)
        {
            while (count <= index && !ended)
            {
                ReadOne();
            }

            return index < count;
        }

        public bool Is(int index, params ReadOnlySpan<string> options) => Has(index) && IsOneOf(this[index], options);

        private void ReadOne()
        {
            var p = position;
            while (p > 0 && char.IsWhiteSpace(text[p - 1]))
            {
                if (text[--p] == '\n')
                {
                    ended = true;
                    return;
                }
            }

            var end = p;
            while (p > 0 && IsWordPart(text, p - 1))
            {
                p--;
            }

            if (end == p)
            {
                ended = true;
                return;
            }

            ranges[count++] = (p, end);
            position = p;
            ended = count == ranges.Length || p == 0 || !char.IsWhiteSpace(text[p - 1]);
        }
    }
}

using System.Collections.Immutable;
using System.Globalization;

namespace Triangulate.Corroboration;

/// <summary>
/// What a stored event is filed under, so that a regrouping of part of the ledger finds every event a new claim could
/// join or be set against (<see cref="PartialRegrouping"/>): the bucket of each of its claims (family and place, the
/// unit <see cref="EventGrouper"/> groups on its own), the settlements its claims name (what <see cref="Contradictions"/>
/// compares), for a claim at a settlement, each region it lies in with its family and origin (an event at the region
/// may join its event), for a claim with no place, its family (all such claims of a family are one bucket) and its
/// day (the bucket joins only copies within the family's window), and for a claim dated to a day, its family, origin and
/// day, told apart by whether it gives a place the grouping compares (an unplaced telling of one statement, or one by a
/// sea or river, may join the event at a place its origin told within the window), and for a claim of casualties or
/// prisoners, each head count it gives (a toll may join the prisoners event, or its voice's undated toll at a place,
/// giving the same count).
/// </summary>
public static class EventKeys
{
    public static ImmutableArray<string> Of(ClaimGroup group) =>
        [.. group.Claims.SelectMany(Of).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>The bucket a claim is grouped in: family and place, or for a claim with no place, its family alone.</summary>
    public static string Bucket(ClaimFacts claim) =>
        EventGrouper.BucketPlace(claim) is { } where ? $"b|{claim.Family}|{where}" : $"u|{claim.Family}";

    public static string Anchor(string anchor) => "a|" + anchor;

    /// <summary>A day of a family's claims with no place.</summary>
    public static string UnplacedDay(KindFamily family, int dayNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"u|{family}|{dayNumber}");

    /// <summary>
    /// An event at a settlement inside a region, of a family, with a claim of an origin: what an event of that origin at
    /// the region could join (<see cref="EventGrouper"/>, one statement told at coarser grain).
    /// </summary>
    public static string Inside(KindFamily family, string region, string origin) => $"w|{family}|{region}|{origin}";

    /// <summary>
    /// A week in which an origin told a claim of a family at a place: what an unplaced telling of its statement by that
    /// origin within the family's window could join (<see cref="EventGrouper"/>, one statement told with its place and without).
    /// </summary>
    public static string Voiced(KindFamily family, string origin, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"v|{family}|{origin}|{week}");

    /// <summary>
    /// A week in which an origin told a claim of a family placed loosely: at no place the grouping compares, or only by a
    /// sea or river. What may join its events at a place (<see cref="EventGrouper"/>: one statement told with its place
    /// and without, or by the water the place stands on).
    /// </summary>
    public static string LooseVoice(KindFamily family, string origin, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"n|{family}|{origin}|{week}");

    /// <summary>A week in which a claim of a family was told at a settlement of a name: what an event at a namesake told in other languages could join.</summary>
    public static string Namesake(KindFamily family, string name, int week) =>
        string.Create(CultureInfo.InvariantCulture, $"k|{family}|{name}|{week}");

    /// <summary>A claim of a family at a settlement of a name, at any time: what an undated event at a namesake could join.</summary>
    public static string Namesake(KindFamily family, string name) => $"k|{family}|{name}";

    /// <summary>An undated claim of a family at a settlement of a name: what an event at a namesake could join, whatever its days.</summary>
    public static string UndatedNamesake(KindFamily family, string name) => $"k|{family}|{name}|undated";

    /// <summary>
    /// A head count a claim of casualties or prisoners gives in digits: what a toll and the prisoners event it counts are
    /// found by (<see cref="EventGrouper"/>, one happening told as its prisoners and as its dead).
    /// </summary>
    public static string HeadCount(string count) => "h|" + count;

    /// <summary>
    /// The week a day falls in: claims of a time are filed by week, so that a regrouping looks up the few weeks a
    /// family's window spans around a day rather than each of its days.
    /// </summary>
    public static int Week(int dayNumber) => dayNumber / 7;

    /// <summary>The weeks a family's window spans around a day.</summary>
    public static IEnumerable<int> WeeksAround(int dayNumber, int window) =>
        Enumerable.Range(Week(dayNumber - window), Week(dayNumber + window) - Week(dayNumber - window) + 1);

    /// <summary>The bucket of a family's claims at a place: a region, or a settlement.</summary>
    public static string BucketAt(KindFamily family, string place) => $"b|{family}|{place}";

    private static IEnumerable<string> Of(ClaimFacts claim)
    {
        yield return Bucket(claim);
        foreach (var region in EventGrouper.Regions(claim))
        {
            yield return Inside(claim.Family, region, claim.Origin.Key);
        }
        if (EventGrouper.BucketPlace(claim) is null && claim.Day is { } day)
        {
            yield return UnplacedDay(claim.Family, day.DayNumber);
        }
        if (EventGrouper.PlacedOnADay(claim))
        {
            yield return Voiced(claim.Family, claim.Origin.Key, Week(claim.Day!.Value.DayNumber));
        }
        if (EventGrouper.PlacedLoosely(claim) && claim.Time is { Precise: true })
        {
            yield return LooseVoice(claim.Family, claim.Origin.Key, Week(claim.Day!.Value.DayNumber));
        }
        if (EventGrouper.NamesakeName(claim) is { } name)
        {
            yield return Namesake(claim.Family, name);
            yield return claim.Time is { Precise: true } ? Namesake(claim.Family, name, Week(claim.Day!.Value.DayNumber)) : UndatedNamesake(claim.Family, name);
        }
        foreach (var count in EventGrouper.HeadCounts(claim))
        {
            yield return HeadCount(count);
        }
        foreach (var anchor in claim.Anchors)
        {
            yield return Anchor(anchor);
        }
    }
}

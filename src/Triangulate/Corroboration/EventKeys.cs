using System.Collections.Immutable;
using System.Globalization;

namespace Triangulate.Corroboration;

/// <summary>
/// What a stored event is filed under, so that a regrouping of part of the ledger finds every event a new claim could
/// join or be set against (<see cref="PartialRegrouping"/>): the bucket of each of its claims (family and place, the
/// unit <see cref="EventGrouper"/> groups on its own), the settlements its claims name (what <see cref="Contradictions"/>
/// compares), and for a claim with no place, its family (all such claims of a family are one bucket) and its day (the
/// bucket joins only copies within the family's window).
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

    private static IEnumerable<string> Of(ClaimFacts claim)
    {
        yield return Bucket(claim);
        if (EventGrouper.BucketPlace(claim) is null && claim.Day is { } day)
        {
            yield return UnplacedDay(claim.Family, day.DayNumber);
        }
        foreach (var anchor in claim.Anchors)
        {
            yield return Anchor(anchor);
        }
    }
}

using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>How exactly a resolved mention pins its location down.</summary>
public enum PlacePrecision
{
    /// <summary>The place itself.</summary>
    Exact,
    /// <summary>A point estimated from a relation to the place ("south of", "1.45 km into").</summary>
    NearPlace,
    /// <summary>An area (oblast, raion) rather than a point.</summary>
    Region,
}

/// <summary>Where a mention puts something relative to its anchor place: "south of X", "between X and Y", "on the outskirts of X".</summary>
public sealed record PlaceRelation(string Relation, double? DistanceKm, double? BearingDegrees, Span Span);

/// <summary>
/// The words of a claim that refer back to a place named before instead of naming it ("той же шахты", "в місті",
/// "the town"), and where they stand.
/// </summary>
public sealed record PlaceAnaphor(string Words, Span Span);

/// <summary>
/// A place named in a report: the words, their offsets, the resolved gazetteer entry and how sure the resolver is.
/// In a claim's places, a mention with <see cref="CarriedBy"/> is one the claim refers back to rather than names: its
/// span and words are where the place was named earlier in the report, and <see cref="CarriedBy"/> the claim's own
/// words that refer to it.
/// </summary>
public sealed record PlaceMention(
    Span Span,
    string Text,
    Place? Place,
    double Confidence,
    PlacePrecision Precision = PlacePrecision.Exact,
    PlaceRelation? Relation = null,
    double? EstimatedLat = null,
    double? EstimatedLon = null,
    double? UncertaintyKm = null,
    string? RunnerUpId = null,
    PlaceAnaphor? CarriedBy = null);

/// <summary>The result of the pure analysis stages for one report: Report → places and claims, all with spans.</summary>
public sealed record Analysis(Report Report, ImmutableArray<PlaceMention> Places, ImmutableArray<Claim> Claims);

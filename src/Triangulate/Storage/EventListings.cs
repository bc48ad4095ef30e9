using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// An event as the listings find it: the point and days it is shown at, the values they filter on, and its summary
/// (JSON the app wrote, which the store keeps without reading). The app computes it from the event and its claims; the
/// store answers listings by box, period and the other filters from these rows and their indexes, never from the claims.
/// <see cref="Keys"/> are what the place, source and origin filters match (each written with its filter's prefix);
/// <see cref="SearchText"/> the claims' texts and publishers folded by <see cref="EventListing.FoldText"/>.
/// </summary>
public sealed record EventListing(
    long EventId,
    ClaimKind Kind,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    double? Lat,
    double? Lon,
    string? Credibility,
    int IndependentOrigins,
    bool Hedged,
    ImmutableArray<string> OriginSides,
    ImmutableArray<string> Keys,
    string SearchText,
    string Summary)
{
    /// <summary>Text as the listings' text filter compares it: each character in its invariant upper case, as an ordinal case-blind match does.</summary>
    public static string FoldText(string text) => text.ToUpperInvariant();
}

/// <summary>
/// One event's summary as a listing reads it back, with where it folds: an event no place locates whose reports also
/// carry located events is a fragment of the one of them with the most claims in those reports (the store decides this
/// over the stored listings, see <see cref="ILedgerStore.SaveEventListingsAsync"/>), and a located event counts its fragments.
/// </summary>
public sealed record ListedEvent(long EventId, string Summary, long? FragmentOf, int Fragments);

/// <summary>An event whose listing is missing or older than the event: <see cref="Sequence"/> orders the marks.</summary>
public sealed record PendingListing(long Sequence, long EventId);

/// <summary>Events per day of their first day, for a timeline.</summary>
public sealed record EventDayCount(DateOnly Day, int Events);

/// <summary>Which event listings to read, in event id order; every filter optional, all of them together.</summary>
public sealed record EventListingQuery
{
    /// <summary>Only these events.</summary>
    public IReadOnlyCollection<long>? Ids { get; init; }
    /// <summary>Only the fragments of these events.</summary>
    public IReadOnlyCollection<long>? FragmentsOf { get; init; }
    /// <summary>Events whose point lies in the box (a map's view).</summary>
    public GeoBox? Box { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>With <see cref="Lat"/> and <see cref="Lon"/>: events whose point is within this great-circle distance.</summary>
    public double? RadiusKm { get; init; }
    /// <summary>Whether a box or a radius keeps only events whose point lies in it.</summary>
    public bool ByPoint => Box is not null || this is { Lat: not null, Lon: not null, RadiusKm: not null };
    /// <summary>Dated events whose last day is on or after this day.</summary>
    public DateOnly? Since { get; init; }
    /// <summary>Dated events whose first day is on or before this day.</summary>
    public DateOnly? Until { get; init; }
    public ClaimKind? Kind { get; init; }
    /// <summary>Events graded with any of these codes.</summary>
    public IReadOnlyCollection<string> Credibility { get; init; } = [];
    public int? MinIndependentOrigins { get; init; }
    public bool? Hedged { get; init; }
    /// <summary>Events with an origin of this side (the side's contract name).</summary>
    public string? OriginSide { get; init; }
    /// <summary>For each group, events holding at least one of its keys.</summary>
    public IReadOnlyList<IReadOnlyCollection<string>> KeyGroups { get; init; } = [];
    /// <summary>Events whose search text holds this text, folded by <see cref="EventListing.FoldText"/>.</summary>
    public string? FoldedText { get; init; }
    /// <summary>Leaves out the fragments.</summary>
    public bool FoldFragments { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

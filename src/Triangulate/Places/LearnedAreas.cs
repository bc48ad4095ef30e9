using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>How many confidently resolved mentions in one publisher's stored reports point at one place.</summary>
public readonly record struct PublisherPlaceCount(string Publisher, string PlaceId, int Mentions);

/// <summary>An oblast-level area (an oblast, Crimea, a Russian oblast or krai) and how many mentions lie in it.</summary>
public readonly record struct AreaShare(string AreaId, int Mentions);

/// <summary>
/// The areas a publisher usually reports on, learned from its stored reports: <see cref="Areas"/> hold most of its
/// <see cref="Located"/> mentions (every confidently resolved mention of a gazetteer place, inside an area or not).
/// </summary>
public sealed record PublisherAreas(string Publisher, int Located, ImmutableArray<AreaShare> Areas)
{
    /// <summary>"Kherson Oblast (42 of 50 located mentions)": the counts the areas were learned from.</summary>
    public string Explain(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        return string.Join("; ", Areas.Select(area =>
            FormattableString.Invariant($"{gazetteer.ById(area.AreaId)?.Name ?? area.AreaId} ({area.Mentions} of {Located} located mentions)")));
    }
}

/// <summary>
/// The usual areas of the publishers in a ledger, learned from where their earlier reports' places lie. A local outlet
/// or channel unknown to the source registry names the villages of its own oblast; its namesakes elsewhere are
/// rarely meant. A publisher gets an area only when that area holds a clear majority of enough mentions, or two
/// areas when together they hold nearly all of them (a channel covering two neighbouring oblasts); a publisher
/// reporting on the whole country gets none. Pure: the counts come from the store, read once per command.
/// </summary>
public sealed class LearnedAreas
{
    /// <summary>The least confidence of a mention that counts: a namesake the finder was unsure of says little of the publisher.</summary>
    public const double MinimumConfidence = 0.8;

    /// <summary>Fewer located mentions than this are too little history to learn from.</summary>
    public const int MinimumMentions = 20;

    /// <summary>One area is the publisher's when it holds at least this share of the located mentions.</summary>
    public const double OneAreaShare = 0.6;

    /// <summary>Two areas are the publisher's when together they hold at least this share, and each <see cref="EachOfTwoShare"/>.</summary>
    public const double TwoAreasShare = 0.8;

    public const double EachOfTwoShare = 0.3;

    private static readonly FrozenSet<string> OblastLevel = FrozenSet.Create(StringComparer.Ordinal, "oblast", "krai");

    private readonly FrozenDictionary<string, PublisherAreas> byPublisher;

    private LearnedAreas(FrozenDictionary<string, PublisherAreas> byPublisher) => this.byPublisher = byPublisher;

    public static LearnedAreas None { get; } = new(FrozenDictionary<string, PublisherAreas>.Empty);

    /// <summary>The publishers that have usual areas, by publisher.</summary>
    public IEnumerable<PublisherAreas> Publishers => byPublisher.Values.OrderBy(p => p.Publisher, StringComparer.Ordinal);

    public bool IsEmpty => byPublisher.Count == 0;

    /// <summary>The usual areas learned for a publisher, written exactly as its reports are stored; null when none.</summary>
    public PublisherAreas? Of(string publisher) => byPublisher.GetValueOrDefault(publisher);

    /// <summary>Usual areas learned before (a ledger's stored snapshot), as they were.</summary>
    public static LearnedAreas Of(IEnumerable<PublisherAreas> publishers)
    {
        ArgumentNullException.ThrowIfNull(publishers);
        return new LearnedAreas(publishers.Where(p => !p.Areas.IsEmpty).ToFrozenDictionary(p => p.Publisher, StringComparer.Ordinal));
    }

    /// <summary>
    /// Learns each publisher's usual areas from the counts of its mentions per place. A place counts for the oblast it
    /// lies in (per the gazetteer's parents); a place in none (Kyiv, Sevastopol, a town abroad) counts against every
    /// area, and a place the gazetteer does not know is left out.
    /// </summary>
    public static LearnedAreas Learn(IEnumerable<PublisherPlaceCount> counts, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var whereIs = new Dictionary<string, (bool Known, string? Area)>(StringComparer.Ordinal);
        var learned = new Dictionary<string, PublisherAreas>(StringComparer.Ordinal);
        foreach (var publisher in counts.GroupBy(c => c.Publisher, StringComparer.Ordinal))
        {
            var located = 0;
            var byArea = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var count in publisher)
            {
                if (!whereIs.TryGetValue(count.PlaceId, out var where))
                {
                    var place = gazetteer.ById(count.PlaceId);
                    whereIs[count.PlaceId] = where = (place is not null, place is null ? null : AreaOf(place, gazetteer));
                }

                if (!where.Known)
                {
                    continue;
                }

                located += count.Mentions;
                if (where.Area is { } area)
                {
                    byArea[area] = byArea.GetValueOrDefault(area) + count.Mentions;
                }
            }

            var areas = UsualOf(byArea, located);
            if (!areas.IsEmpty)
            {
                learned[publisher.Key] = new PublisherAreas(publisher.Key, located, areas);
            }
        }

        return new LearnedAreas(learned.ToFrozenDictionary(StringComparer.Ordinal));
    }

    // The one area holding a clear majority, or the two holding nearly all between them; none for a publisher spread wide.
    private static ImmutableArray<AreaShare> UsualOf(Dictionary<string, int> byArea, int located)
    {
        if (located < MinimumMentions || byArea.Count == 0)
        {
            return [];
        }

        var ranked = byArea
            .Select(pair => new AreaShare(pair.Key, pair.Value))
            .OrderByDescending(area => area.Mentions)
            .ThenBy(area => area.AreaId, StringComparer.Ordinal)
            .Take(2)
            .ToArray();
        double Share(int mentions) => (double)mentions / located;
        if (ranked.Length == 2 && Share(ranked[1].Mentions) >= EachOfTwoShare && Share(ranked[0].Mentions + ranked[1].Mentions) >= TwoAreasShare)
        {
            return [.. ranked];
        }

        return Share(ranked[0].Mentions) >= OneAreaShare ? [ranked[0]] : [];
    }

    // The oblast-level area a place is, or lies in: KATOTTG gives a settlement its oblast, raion and hromada as parents.
    private static string? AreaOf(Place place, Gazetteer gazetteer)
    {
        if (IsOblastLevel(place))
        {
            return place.Id;
        }

        foreach (var parent in place.Parents)
        {
            if (gazetteer.ById(parent) is { } area && IsOblastLevel(area))
            {
                return area.Id;
            }
        }

        return null;
    }

    private static bool IsOblastLevel(Place place) => place.Kind == PlaceKind.AdminArea && place.Subtype is { } subtype && OblastLevel.Contains(subtype);
}

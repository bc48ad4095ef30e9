using System.Collections.Immutable;
using Triangulate.Places;

namespace Triangulate.Storage;

/// <summary>One stored row of the usual-areas snapshot: a publisher, one of its areas, and the counts behind it.</summary>
internal sealed record LearnedAreaRow(string Publisher, string AreaId, int Mentions, int Located)
{
    /// <summary>The rows, ordered by publisher and then by mentions, as one entry per publisher.</summary>
    public static IReadOnlyList<PublisherAreas> ToPublishers(IEnumerable<LearnedAreaRow> rows) =>
        [.. rows.GroupBy(row => row.Publisher, StringComparer.Ordinal)
            .Select(publisher => new PublisherAreas(
                publisher.Key, publisher.First().Located, [.. publisher.Select(row => new AreaShare(row.AreaId, row.Mentions))]))];
}

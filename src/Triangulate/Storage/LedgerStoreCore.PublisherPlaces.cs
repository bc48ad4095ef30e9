using System.Data.Common;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage;

/// <summary>
/// The publishers' places count, kept per publisher and place in <c>publisher_place_counts</c> rather than counted over
/// every mention of the ledger when an ingest completes (1.1 s of CPU at 1.85 million mentions on SQLite, and growing
/// with the ledger). Reports and their mentions are only ever added, so each batch's writer adjusts the count inside the
/// batch's transaction, once its reports and mentions are written (<see cref="CountBatchPlaceMentionsAsync"/>); the
/// migrations build it from a ledger as it was.
/// </summary>
public abstract partial class LedgerStoreCore
{
    // A counted mention: it has a place, is at least this sure, and points at a point rather than an area. The
    // migrations that build the count from an existing ledger hold the same numbers (0015 on SQLite, 0012 on PostgreSQL).
    private const string CountedMention =
        "m.place_id IS NOT NULL AND m.confidence >= @minimum_confidence AND m.precision <> @region";

    public Task<IReadOnlyList<PublisherPlaceCount>> CountPlaceMentionsByPublisherAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            // A place whose last counted mention went with a replaced revision keeps its row at zero.
            command => command.CommandText = "SELECT publisher, place_id, mentions FROM publisher_place_counts WHERE mentions > 0",
            reader => new PublisherPlaceCount(reader.GetString(0), reader.GetString(1), checked((int)reader.GetInt64(2))),
            cancellationToken);

    /// <summary>
    /// For the integrity check: each publisher and place whose kept count differs from a recount of the mentions of
    /// the reports no later revision replaces, as one line.
    /// </summary>
    private protected Task<IReadOnlyList<string>> CheckPublisherPlaceCountsAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            command =>
            {
                command.CommandText = $"""
                    WITH recounted AS (
                        SELECT r.publisher, m.place_id, COUNT(*) AS mentions
                        FROM place_mentions m JOIN reports r ON r.id = m.report_id
                        WHERE {CountedMention} AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.previous_revision_id = r.id)
                        GROUP BY r.publisher, m.place_id),
                    kept AS (SELECT publisher, place_id, mentions FROM publisher_place_counts WHERE mentions > 0)
                    SELECT k.publisher, k.place_id, k.mentions, COALESCE(c.mentions, 0)
                    FROM kept k LEFT JOIN recounted c ON c.publisher = k.publisher AND c.place_id = k.place_id
                    WHERE c.mentions IS NULL OR c.mentions <> k.mentions
                    UNION ALL
                    SELECT c.publisher, c.place_id, 0, c.mentions
                    FROM recounted c
                    WHERE NOT EXISTS (SELECT 1 FROM kept k WHERE k.publisher = c.publisher AND k.place_id = c.place_id)
                    """;
                BindCountedMention(command);
            },
            reader => $"publisher_place_counts counts {reader.GetInt64(2)} mentions of {reader.GetString(1)} by {reader.GetString(0)}, its reports {reader.GetInt64(3)}",
            cancellationToken);

    /// <summary>
    /// Adjusts the kept count for the reports a batch has just written (<paramref name="newReports"/>, with their
    /// mentions), inside the batch's transaction: their counted mentions are added unless a later revision in the same
    /// batch replaces them, and those of the earlier revisions they replace are taken away, unless a report written
    /// before the batch had replaced them already. Rows are updated in one order (publisher, place), so that concurrent
    /// PostgreSQL writers adding to the same places wait for each other instead of deadlocking.
    /// </summary>
    private protected async Task CountBatchPlaceMentionsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyCollection<long> newReports, CancellationToken cancellationToken)
    {
        if (newReports.Count == 0)
        {
            return;
        }
        await using var command = Command(connection, transaction, $"""
            INSERT INTO publisher_place_counts (publisher, place_id, mentions)
            SELECT r.publisher, m.place_id, SUM(counted.sign)
            FROM (
                SELECT added.id, 1 AS sign FROM reports added
                WHERE {Dialect.InList("added.id", "new_reports")}
                  AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.previous_revision_id = added.id)
                UNION ALL
                SELECT replaced.id, -1 FROM reports later JOIN reports replaced ON replaced.id = later.previous_revision_id
                WHERE {Dialect.InList("later.id", "new_reports")} AND NOT {Dialect.InList("replaced.id", "new_reports")}
                  AND NOT EXISTS (
                      SELECT 1 FROM reports prior WHERE prior.previous_revision_id = replaced.id AND NOT {Dialect.InList("prior.id", "new_reports")})
            ) counted
            JOIN reports r ON r.id = counted.id
            JOIN place_mentions m ON m.report_id = counted.id
            WHERE {CountedMention}
            GROUP BY r.publisher, m.place_id
            HAVING SUM(counted.sign) <> 0
            ORDER BY r.publisher, m.place_id
            ON CONFLICT (publisher, place_id) DO UPDATE SET mentions = publisher_place_counts.mentions + excluded.mentions
            """);
        Dialect.BindList(command, "new_reports", newReports);
        BindCountedMention(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private void BindCountedMention(DbCommand command)
    {
        Dialect.Bind(command, "minimum_confidence", LearnedAreas.MinimumConfidence);
        Dialect.Bind(command, "region", LedgerJson.EnumName(PlacePrecision.Region));
    }
}

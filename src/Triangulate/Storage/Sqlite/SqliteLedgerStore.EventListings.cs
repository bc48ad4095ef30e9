using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Event listings written: rows the app computes per event, with an R*Tree entry over (lat, lon, day) for each located one.</summary>
public sealed partial class SqliteLedgerStore
{
    /// <summary>Empties every listing table: the events they describe are all being replaced.</summary>
    private const string ClearAllListings =
        "DELETE FROM event_listing_keys; DELETE FROM event_points_rtree; DELETE FROM event_summaries; DELETE FROM event_listings; DELETE FROM event_listings_pending;";

    public async Task SaveEventListingsAsync(IReadOnlyList<PendingListing> done, IReadOnlyList<EventListing> listings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(listings);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var ids = LedgerJson.Serialize(done.Select(mark => mark.EventId).Concat(listings.Select(listing => listing.EventId)).Distinct());
        await DeleteListingsAsync(connection, transaction, ids, cancellationToken);
        await using var insert = Command(connection, """
            INSERT INTO event_listings (event_id, kind, first_day, last_day, lat, lon, credibility, independent_origins, hedged, origin_sides)
            SELECT $id, $kind, $first_day, $last_day, $lat, $lon, $credibility, $origins, $hedged, $sides
            WHERE EXISTS (SELECT 1 FROM events WHERE id = $id)
            """, transaction);
        await using var insertSummary = Command(connection, "INSERT INTO event_summaries (event_id, search_text, summary) VALUES ($id, $text, $summary)", transaction);
        await using var insertKey = Command(connection, "INSERT OR IGNORE INTO event_listing_keys (key, event_id) VALUES ($key, $id)", transaction);
        await using var insertPoint = Command(connection, """
            INSERT INTO event_points_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day) VALUES ($id, $lat, $lat, $lon, $lon, $min_day, $max_day)
            """, transaction);
        foreach (var listing in listings)
        {
            var stored = await insert
                .Set("$id", listing.EventId)
                .Set("$kind", LedgerJson.EnumName(listing.Kind))
                .Set("$first_day", SqliteDialect.FormatDay(listing.FirstDay))
                .Set("$last_day", SqliteDialect.FormatDay(listing.LastDay))
                .Set("$lat", listing.Lat)
                .Set("$lon", listing.Lon)
                .Set("$credibility", listing.Credibility)
                .Set("$origins", listing.IndependentOrigins)
                .Set("$hedged", listing.Hedged)
                .Set("$sides", SideList(listing.OriginSides))
                .ExecuteNonQueryAsync(cancellationToken);
            if (stored == 0)
            {
                continue;
            }
            await insertSummary.Set("$id", listing.EventId).Set("$text", listing.SearchText).Set("$summary", listing.Summary).ExecuteNonQueryAsync(cancellationToken);
            foreach (var key in listing.Keys)
            {
                await insertKey.Set("$key", key).Set("$id", listing.EventId).ExecuteNonQueryAsync(cancellationToken);
            }
            if (listing is { Lat: { } lat, Lon: { } lon })
            {
                await insertPoint
                    .Set("$id", listing.EventId)
                    .Set("$lat", lat)
                    .Set("$lon", lon)
                    .Set("$min_day", listing.FirstDay?.DayNumber ?? SqliteDialect.FirstDayNumber)
                    .Set("$max_day", listing.LastDay?.DayNumber ?? SqliteDialect.LastDayNumber)
                    .ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using (var fold = Command(connection, FoldFragmentsStatement, transaction).With("@ids", ids))
        {
            await fold.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var clear = Command(connection, "DELETE FROM event_listings_pending WHERE seq IN (SELECT value FROM json_each($seqs))", transaction)
            .With("$seqs", LedgerJson.Serialize(done.Select(mark => mark.Sequence))))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Removes the listings, keys and points of the events in <paramref name="ids"/> (a JSON array) inside the caller's transaction.</summary>
    private static async Task DeleteListingsAsync(SqliteConnection connection, SqliteTransaction transaction, string ids, CancellationToken cancellationToken)
    {
        foreach (var sql in new[]
        {
            "DELETE FROM event_listing_keys WHERE event_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_points_rtree WHERE id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_summaries WHERE event_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_listings WHERE event_id IN (SELECT value FROM json_each($ids))",
        })
        {
            await using var command = Command(connection, sql, transaction).With("$ids", ids);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

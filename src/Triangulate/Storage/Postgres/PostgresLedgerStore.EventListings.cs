using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Event listings written: rows the app computes per event, in one batch; the btrees on (lat, lon) and on the days find them.</summary>
public sealed partial class PostgresLedgerStore
{
    /// <summary>Empties every listing table: the events they describe are all being replaced.</summary>
    private const string ClearAllListings = "DELETE FROM event_listing_keys; DELETE FROM event_summaries; DELETE FROM event_listings; DELETE FROM event_listings_pending;";

    /// <summary>Removes the listings and keys of the events in the array parameter <c>@ids</c>.</summary>
    private static readonly string[] DeleteListings =
    [
        "DELETE FROM event_listing_keys WHERE event_id = ANY(@ids)",
        "DELETE FROM event_summaries WHERE event_id = ANY(@ids)",
        "DELETE FROM event_listings WHERE event_id = ANY(@ids)",
    ];

    public Task SaveEventListingsAsync(IReadOnlyList<PendingListing> done, IReadOnlyList<EventListing> listings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(listings);
        var ids = done.Select(mark => mark.EventId).Concat(listings.Select(listing => listing.EventId)).Distinct().ToArray();
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var sql in DeleteListings)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(sql).With("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            }
            foreach (var listing in listings)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_listings (event_id, kind, first_day, last_day, lat, lon, credibility, independent_origins, hedged, origin_sides)
                    SELECT @id, @kind, @first_day, @last_day, @lat, @lon, @credibility, @origins, @hedged, @sides
                    WHERE EXISTS (SELECT 1 FROM events WHERE id = @id)
                    """)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint)
                    .With("kind", LedgerJson.EnumName(listing.Kind), NpgsqlDbType.Text)
                    .With("first_day", listing.FirstDay, NpgsqlDbType.Date)
                    .With("last_day", listing.LastDay, NpgsqlDbType.Date)
                    .With("lat", listing.Lat, NpgsqlDbType.Double)
                    .With("lon", listing.Lon, NpgsqlDbType.Double)
                    .With("credibility", listing.Credibility, NpgsqlDbType.Text)
                    .With("origins", listing.IndependentOrigins, NpgsqlDbType.Integer)
                    .With("hedged", listing.Hedged, NpgsqlDbType.Boolean)
                    .With("sides", SideList(listing.OriginSides), NpgsqlDbType.Text));
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_summaries (event_id, search_text, summary)
                    SELECT @id, @text, @summary WHERE EXISTS (SELECT 1 FROM event_listings WHERE event_id = @id)
                    """)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint)
                    .With("text", listing.SearchText, NpgsqlDbType.Text)
                    .With("summary", listing.Summary, NpgsqlDbType.Text));
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_listing_keys (key, event_id)
                    SELECT DISTINCT unnest(@keys), @id WHERE EXISTS (SELECT 1 FROM event_listings WHERE event_id = @id)
                    """)
                    .With("keys", listing.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint));
            }
            batch.BatchCommands.Add(new NpgsqlBatchCommand(FoldFragmentsStatement).With("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM event_listings_pending WHERE seq = ANY(@seqs)")
                .With("seqs", done.Select(mark => mark.Sequence).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }
}

using Triangulate.Places;

namespace Triangulate.Storage.Sqlite;

/// <summary>The snapshot of usual areas an ingest analyses with, and the check for a regrouping a crash cut short.</summary>
public sealed partial class SqliteLedgerStore
{
    public async Task ReplaceLearnedAreasAsync(IReadOnlyList<PublisherAreas> publishers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publishers);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM learned_areas", cancellationToken, transaction);
        await using var insert = Command(connection, """
            INSERT INTO learned_areas (publisher, area_id, mentions, located) VALUES ($publisher, $area_id, $mentions, $located)
            """, transaction);
        foreach (var (publisher, area) in publishers.SelectMany(p => p.Areas.Select(area => (p, area))))
        {
            insert.Set("$publisher", publisher.Publisher).Set("$area_id", area.AreaId).Set("$mentions", area.Mentions).Set("$located", publisher.Located);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PublisherAreas>> ListLearnedAreasAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT publisher, area_id, mentions, located FROM learned_areas ORDER BY publisher, mentions DESC, area_id");
        var rows = await ReadAllAsync(command, reader => new LearnedAreaRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)), cancellationToken);
        return LearnedAreaRow.ToPublishers(rows);
    }

    public async Task<bool> HasUngroupedClaimsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT COALESCE((SELECT MAX(id) FROM claims), 0) > COALESCE((SELECT MAX(claim_id) FROM event_claims), 0)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! != 0;
    }
}

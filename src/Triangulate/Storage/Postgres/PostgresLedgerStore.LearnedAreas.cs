using Npgsql;
using NpgsqlTypes;
using Triangulate.Places;

namespace Triangulate.Storage.Postgres;

/// <summary>The snapshot of usual areas an ingest analyses with, and the check for a regrouping a crash cut short.</summary>
public sealed partial class PostgresLedgerStore
{
    public Task ReplaceLearnedAreasAsync(IReadOnlyList<PublisherAreas> publishers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(publishers);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM learned_areas"));
            foreach (var (publisher, area) in publishers.SelectMany(p => p.Areas.Select(area => (p, area))))
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO learned_areas (publisher, area_id, mentions, located) VALUES (@publisher, @area_id, @mentions, @located)
                    """)
                    .With("publisher", publisher.Publisher, NpgsqlDbType.Text)
                    .With("area_id", area.AreaId, NpgsqlDbType.Text)
                    .With("mentions", area.Mentions, NpgsqlDbType.Integer)
                    .With("located", publisher.Located, NpgsqlDbType.Integer));
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<PublisherAreas>> ListLearnedAreasAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT publisher, area_id, mentions, located FROM learned_areas ORDER BY publisher COLLATE \"C\", mentions DESC, area_id COLLATE \"C\"");
        var rows = await ReadAllAsync(command, reader => new LearnedAreaRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)), cancellationToken);
        return LearnedAreaRow.ToPublishers(rows);
    }

    public async Task<bool> HasUngroupedClaimsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT COALESCE((SELECT MAX(id) FROM claims), 0) > COALESCE((SELECT MAX(claim_id) FROM event_claims), 0)");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

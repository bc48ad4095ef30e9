using Npgsql;
using NpgsqlTypes;
using Triangulate.Places;

namespace Triangulate.Storage.Postgres;

/// <summary>The snapshot of usual areas an ingest analyses with, written whole.</summary>
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
}

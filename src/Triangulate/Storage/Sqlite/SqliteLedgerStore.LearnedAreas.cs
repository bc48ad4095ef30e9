using Triangulate.Places;

namespace Triangulate.Storage.Sqlite;

/// <summary>The snapshot of usual areas an ingest analyses with, written whole.</summary>
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
}

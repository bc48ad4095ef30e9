using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Analysts' merges of sources.</summary>
public sealed partial class PostgresLedgerStore
{
    public Task<long> SaveSourceMergeAsync(SourceMerge merge, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        return InsertWithAuditAsync(
            "INSERT INTO source_merges (from_id, into_id, by_name, at, note) VALUES (@from, @into, @by, @at, @note) RETURNING id",
            command => command
                .With("from", merge.From, NpgsqlDbType.Text)
                .With("into", merge.Into, NpgsqlDbType.Text)
                .With("by", merge.By, NpgsqlDbType.Text)
                .With("at", merge.At.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                .With("note", merge.Note, NpgsqlDbType.Text),
            audit,
            cancellationToken);
    }

    public async Task<IReadOnlyList<SourceMerge>> ListSourceMergesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT from_id, into_id, by_name, at, note FROM source_merges ORDER BY id");
        return await ReadAllAsync(command, reader => new SourceMerge(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetFieldValue<DateTimeOffset>(3),
            PostgresValues.StringOrNull(reader, 4)), cancellationToken);
    }
}

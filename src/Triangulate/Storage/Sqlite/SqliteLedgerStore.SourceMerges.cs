namespace Triangulate.Storage.Sqlite;

/// <summary>Analysts' merges of sources.</summary>
public sealed partial class SqliteLedgerStore
{
    public async Task<long> SaveSourceMergeAsync(SourceMerge merge, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        return await InsertWithAuditAsync(
            "INSERT INTO source_merges (from_id, into_id, by_name, at, note) VALUES ($from, $into, $by, $at, $note) RETURNING id",
            command => command
                .With("$from", merge.From)
                .With("$into", merge.Into)
                .With("$by", merge.By)
                .With("$at", SqliteValues.FormatTime(merge.At))
                .With("$note", merge.Note),
            audit,
            cancellationToken);
    }

    public async Task<IReadOnlyList<SourceMerge>> ListSourceMergesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT from_id, into_id, by_name, at, note FROM source_merges ORDER BY id");
        return await ReadAllAsync(command, reader => new SourceMerge(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            SqliteValues.ParseTime(reader.GetString(3)),
            SqliteValues.StringOrNull(reader, 4)), cancellationToken);
    }
}

using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Analysts' merges of sources copied in under their ids (the rest is in <see cref="LedgerStoreCore"/>).</summary>
public sealed partial class SqliteLedgerStore
{
    /// <summary>
    /// Writes merges under their ids. A merge whose id is stored, or whose source the target has merged already, is
    /// skipped (no conflict target: either uniqueness holds it back), so that a source is merged once.
    /// </summary>
    private static async Task<int> ImportSourceMergesAsync(
        SqliteConnection connection, SqliteTransaction transaction, IEnumerable<StoredSourceMerge> merges, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (id, merge) in merges)
        {
            await using var command = Command(connection, """
                INSERT INTO source_merges (id, from_id, into_id, by_name, at, note) VALUES ($id, $from, $into, $by, $at, $note)
                ON CONFLICT DO NOTHING
                """, transaction)
                .With("$id", id)
                .With("$from", merge.From)
                .With("$into", merge.Into)
                .With("$by", merge.By)
                .With("$at", SqliteValues.FormatTime(merge.At))
                .With("$note", merge.Note);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return added;
    }
}

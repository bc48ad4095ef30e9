using System.Collections.Concurrent;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The keys of a SQLite ledger's rows that are stored once per distinct value and never changed or removed (the claim
/// points of migration 0011, the claim places' names of 0013), cached for the store's life: a key once committed names
/// its value for good.
/// </summary>
internal sealed class RowKeys<TValue>
    where TValue : notnull
{
    private readonly ConcurrentDictionary<TValue, long> committed = new();

    /// <summary>Starts the values of one write transaction; their keys join the cache only when it commits.</summary>
    public Batch StartBatch() => new(this);

    internal sealed class Batch(RowKeys<TValue> ledger)
    {
        private readonly Dictionary<TValue, long> added = [];

        /// <summary>The value's key, from the cache or this batch, else from <paramref name="store"/>, which inserts (or finds) its row.</summary>
        public long Key(TValue value, Func<TValue, long> store)
        {
            if (ledger.committed.TryGetValue(value, out var key) || added.TryGetValue(value, out key))
            {
                return key;
            }
            key = store(value);
            added[value] = key;
            return key;
        }

        /// <summary>After the transaction committed: its keys are the ledger's for good.</summary>
        public void Commit()
        {
            foreach (var (value, key) in added)
            {
                ledger.committed.TryAdd(value, key);
            }
        }
    }
}

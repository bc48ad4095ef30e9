using System.Collections.Concurrent;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The keys of a SQLite ledger's claim points (migration 0011: each distinct point once, in the R*Tree once), cached for
/// the store's life: a point row is never changed or removed, so a key once committed names its point for good.
/// </summary>
internal sealed class ClaimPointKeys
{
    private readonly ConcurrentDictionary<(double Lat, double Lon), long> committed = new();

    /// <summary>Starts the points of one write transaction; their keys join the cache only when it commits.</summary>
    public Batch StartBatch() => new(this);

    internal sealed class Batch(ClaimPointKeys ledger)
    {
        private readonly Dictionary<(double Lat, double Lon), long> added = [];

        /// <summary>The point's key, from the cache or this batch, else from <paramref name="store"/>, which inserts (or finds) its row.</summary>
        public long Key(double lat, double lon, Func<double, double, long> store)
        {
            if (ledger.committed.TryGetValue((lat, lon), out var key) || added.TryGetValue((lat, lon), out key))
            {
                return key;
            }
            key = store(lat, lon);
            added[(lat, lon)] = key;
            return key;
        }

        /// <summary>After the transaction committed: its keys are the ledger's for good.</summary>
        public void Commit()
        {
            foreach (var (point, key) in added)
            {
                ledger.committed.TryAdd(point, key);
            }
        }
    }
}

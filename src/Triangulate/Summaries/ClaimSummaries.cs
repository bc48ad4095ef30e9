using Triangulate.Storage;

namespace Triangulate.Summaries;

/// <summary>The English summaries of stored claims, read from the ledger, for outputs that list claims by id.</summary>
public static class ClaimSummaries
{
    /// <summary>Beyond this many claims one listing of all claims is cheaper than reading them one by one.</summary>
    private const int ReadOneByOne = 200;

    public static async Task<IReadOnlyDictionary<long, string>> ReadAsync(ILedgerStore store, IEnumerable<long> claimIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var wanted = claimIds.ToHashSet();
        var claims = new List<StoredClaim>();
        if (wanted.Count > ReadOneByOne)
        {
            claims.AddRange((await store.ListClaimsAsync(new ClaimQuery { Limit = int.MaxValue }, cancellationToken)).Where(c => wanted.Contains(c.Id)));
        }
        else
        {
            foreach (var id in wanted)
            {
                if (await store.GetClaimAsync(id, cancellationToken) is { } claim)
                {
                    claims.Add(claim);
                }
            }
        }
        return claims.ToDictionary(c => c.Id, ClaimSummary.Of);
    }
}

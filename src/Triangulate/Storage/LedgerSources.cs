using Triangulate.Claims;

namespace Triangulate.Storage;

/// <summary>The source registry an analysis of a ledger uses: the bundled one grown by the ledger's sources and merges.</summary>
public static class LedgerSources
{
    public static async Task<SourceRegistry> RegistryAsync(ILedgerStore store, SourceRegistry bundled, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(bundled);
        var sources = await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        var merges = await store.ListSourceMergesAsync(cancellationToken).ConfigureAwait(false);
        return bundled.With(sources, merges.ToDictionary(m => m.From, m => m.Into, StringComparer.Ordinal));
    }
}

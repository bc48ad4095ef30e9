using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>
/// The sources the page knows: the bundled registry, with the ledger's own entries (analysts' additions and edits)
/// taking precedence by id, and analysts' merges applied (a merged-away id finds the source it was merged into).
/// </summary>
internal sealed class SourceCatalog(ILedgerStore store)
{
    private static readonly Lazy<SourceRegistry> Registry = new(SourceRegistry.LoadDefault);

    public Task<SourceRegistry> RegistryAsync(CancellationToken cancellationToken) =>
        LedgerSources.RegistryAsync(store, Registry.Value, cancellationToken);

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await RegistryAsync(cancellationToken)).Sources.OrderBy(source => source.Id, StringComparer.Ordinal)];

    public async Task<Source?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await RegistryAsync(cancellationToken)).Find(id);
}

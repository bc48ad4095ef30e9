using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>
/// The sources the page knows: the bundled registry, with the ledger's own entries (analysts' additions and edits)
/// taking precedence by id.
/// </summary>
internal sealed class SourceCatalog(ILedgerStore store)
{
    private static readonly Lazy<SourceRegistry> Registry = new(SourceRegistry.LoadDefault);

    public async Task<IReadOnlyList<Source>> ListAsync(CancellationToken cancellationToken)
    {
        var stored = await store.ListSourcesAsync(cancellationToken);
        var storedIds = stored.Select(source => source.Id).ToHashSet(StringComparer.Ordinal);
        return [.. stored.Concat(Registry.Value.Sources.Where(source => !storedIds.Contains(source.Id))).OrderBy(source => source.Id, StringComparer.Ordinal)];
    }

    public async Task<Source?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(source => source.Id == id);
}

using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Cli;

/// <summary>The bundled gazetteer, loaded once per process, and finders over it grown by a ledger's places and names.</summary>
internal static class PlaceServices
{
    private static readonly Lazy<Gazetteer> Bundled = new(Gazetteer.LoadDefault);

    public static Gazetteer Gazetteer => Bundled.Value;

    public static PlaceFinder Finder() => new(Gazetteer);

    /// <summary>The bundled gazetteer plus the places imported into the ledger and the aliases analysts added.</summary>
    public static async Task<Gazetteer> WithLedgerAsync(ILedgerStore store, CancellationToken cancellationToken) =>
        Gazetteer.With(await store.ListPlacesAsync(cancellationToken), await store.ListPlaceAliasesAsync(cancellationToken));
}

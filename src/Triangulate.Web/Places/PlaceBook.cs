using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Web.Places;

/// <summary>
/// The bundled gazetteer grown by the ledger's places and aliases, with what the page asks of it: places offered as a
/// name is typed, and settlement names for the offline map. Loaded on first use (the gazetteer takes about half a
/// second), once per app.
/// </summary>
public sealed class PlaceBook(ILedgerStore store)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Loaded? loaded;

    public async Task<PlaceSuggestions> SuggestionsAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken)).Suggestions.Value;

    public async Task<MapLabels> LabelsAsync(CancellationToken cancellationToken) => (await LoadAsync(cancellationToken)).Labels.Value;

    /// <summary>The English names of a place's oblast and raion, as the gazetteer files it.</summary>
    public async Task<string?> AreaOfAsync(Model.Place place, CancellationToken cancellationToken)
    {
        var gazetteer = (await LoadAsync(cancellationToken)).Gazetteer;
        var areas = (place.Parents.IsDefault ? [] : place.Parents)
            .Select(gazetteer.ById)
            .Where(parent => parent is { Kind: Model.PlaceKind.AdminArea, Subtype: not "hromada" })
            .Select(parent => parent!.Name)
            .Reverse()
            .ToList();
        return areas.Count > 0 ? string.Join(", ", areas) : null;
    }

    private async Task<Loaded> LoadAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } ready)
        {
            return ready;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded is null)
            {
                var gazetteer = await Task.Run(Gazetteer.LoadDefault, cancellationToken);
                gazetteer = gazetteer.With(await store.ListPlacesAsync(cancellationToken), await store.ListPlaceAliasesAsync(cancellationToken));
                loaded = new Loaded(gazetteer, new Lazy<PlaceSuggestions>(() => new PlaceSuggestions(gazetteer)), new Lazy<MapLabels>(() => new MapLabels(gazetteer.Places)));
            }
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record Loaded(Gazetteer Gazetteer, Lazy<PlaceSuggestions> Suggestions, Lazy<MapLabels> Labels);
}

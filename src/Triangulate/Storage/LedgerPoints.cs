using System.Runtime.CompilerServices;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>The indexed facts every store derives from a place mention: its point and the names it answers to.</summary>
internal static class LedgerPoints
{
    /// <summary>Where a mention puts the thing: the estimate from a relation ("south of X") when there is one, else the place.</summary>
    public static (double? Lat, double? Lon) PointOf(PlaceMention mention) =>
        mention is { EstimatedLat: { } lat, EstimatedLon: { } lon } ? (lat, lon) : (mention.Place?.Lat, mention.Place?.Lon);

    /// <summary>Every name a claim's place answers to in a place filter: the words of the text and the gazetteer's names.</summary>
    public static string[] NamesOf(PlaceMention mention)
    {
        var gazetteerNames = mention.Place is { } place ? FoldedNames.GetValue(place, FoldNames) : [];
        return [.. gazetteerNames.Prepend(NameKey.Fold(mention.Text)).Distinct(StringComparer.Ordinal)];
    }

    // Folding is slow next to a lookup, and a batch names the same places over and over; keyed by reference like places are shared.
    private static readonly ConditionalWeakTable<Place, string[]> FoldedNames = [];

    private static string[] FoldNames(Place place) =>
        [.. place.Names.IsDefault ? [NameKey.Fold(place.Name)] : place.Names.Select(name => name.Text).Prepend(place.Name).Select(NameKey.Fold)];
}

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
        IEnumerable<string> names = [mention.Text];
        if (mention.Place is { } place)
        {
            names = names.Append(place.Name).Concat(place.Names.IsDefault ? [] : place.Names.Select(name => name.Text));
        }
        return [.. names.Select(NameKey.Fold).Distinct(StringComparer.Ordinal)];
    }
}

using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>Finds place mentions in a report's text and resolves each to a gazetteer entry. Pure: same report, same mentions.</summary>
public interface IPlaceFinder
{
    ImmutableArray<PlaceMention> Find(Report report);
}

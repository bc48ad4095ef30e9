using System.Collections.Frozen;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// What the source registry and the ledger tell the place finder about one report: where the report names sources,
/// whose names are never places ("Назар Волошин", ОСУВ «Хортиця»), and the areas its sources usually report on: the
/// publisher's, and those of the sources it names (a governor's villages lie in his oblast), as the registry lists them
/// or as the publisher's earlier reports in the ledger show them (<see cref="LearnedAreas"/>).
/// </summary>
public sealed record SourceContext(IReadOnlyList<Span> SourceNames, IReadOnlySet<string> UsualAreas)
{
    public static SourceContext None { get; } = new([], FrozenSet<string>.Empty);
}

using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>An analyst's correction of the grouping, re-applied in order on every regrouping.</summary>
public enum OverrideKind
{
    /// <summary>These claims belong to one event.</summary>
    Merge,
    /// <summary>These claims leave their event(s) and form one of their own.</summary>
    Split,
}

/// <summary>A stored merge or split: which claims, by whom, when.</summary>
public sealed record EventOverride(long Id, OverrideKind Kind, ImmutableArray<long> ClaimIds, string By, DateTimeOffset At, string? Note = null);

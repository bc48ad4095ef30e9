using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>One stored report with everything its analysis left in the ledger, as a copy between engines moves it.</summary>
public sealed record ReportRecord(StoredReport Report, ImmutableArray<PlaceMention> Places, ImmutableArray<StoredClaim> Claims);

/// <summary>
/// What an import did. A record whose report id the target holds with the same content was copied before and is
/// counted as present; one whose id or keys the target holds with other content conflicts and is left out.
/// </summary>
public sealed record ImportSummary(int Imported, int AlreadyPresent, ImmutableArray<long> Conflicting)
{
    public static ImportSummary Empty { get; } = new(0, 0, []);

    public ImportSummary Add(ImportSummary other) =>
        new(Imported + other.Imported, AlreadyPresent + other.AlreadyPresent, Conflicting.AddRange(other.Conflicting));
}

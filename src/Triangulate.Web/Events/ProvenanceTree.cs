using System.Collections.Immutable;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Web.Events;

/// <summary>
/// Folds the attribution chains of an event's claims into one tree: each claim is a path origin → relays → publisher,
/// and paths that pass through the same party share its node. A party is the registry source when resolved, else its
/// name folded, so "Россия 24" and "Russia 24" meet when the registry knows both spellings. A report that copies
/// another (<paramref name="copyLines"/>: a wire story reprinted, lightly rewritten or cut) hangs below the report it
/// copies as a "copy", whatever attribution its rewrite kept, so that a copy line reads as one line across publishers.
/// </summary>
public static class ProvenanceTree
{
    public static IReadOnlyList<ProvenanceNode> Build(IEnumerable<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher, IReadOnlyList<ImmutableArray<long>>? copyLines = null)
    {
        var list = claims.ToList();
        var leadOf = LeadsOfCopies(list, copyLines ?? []);
        var roots = new List<Builder>();
        foreach (var stored in list)
        {
            var carrier = leadOf.GetValueOrDefault(stored.Id) ?? stored;
            var chain = carrier.Claim.Chain;
            var path = new List<(SourceRef Source, string Role)> { (chain.Origin.Source, "origin") };
            path.AddRange(chain.Relays.Select(relay => (relay.Source, "relay")));
            path.Add((PublisherOf(carrier, resolvePublisher), "publisher"));
            if (!ReferenceEquals(carrier, stored))
            {
                path.Add((PublisherOf(stored, resolvePublisher), "copy"));
            }
            var level = roots;
            Builder? previous = null;
            foreach (var (source, role) in path)
            {
                var key = KeyOf(source);
                // The publisher speaking in its own voice is the origin already; a relay naming the outlet that
                // published it is the same party: neither is a new step.
                if (previous is not null && previous.Key == key)
                {
                    previous.ClaimIds.Add(stored.Id);
                    continue;
                }
                var node = level.FirstOrDefault(candidate => candidate.Key == key);
                if (node is null)
                {
                    node = new Builder(key, source, role);
                    level.Add(node);
                }
                node.ClaimIds.Add(stored.Id);
                previous = node;
                level = node.Children;
            }
        }
        return [.. roots.Select(root => root.ToNode())];
    }

    private static SourceRef PublisherOf(StoredClaim claim, Func<string, SourceRef?> resolvePublisher) =>
        resolvePublisher(claim.Publisher) ?? new SourceRef(claim.Publisher, SourceKind.Publisher, Side.Unknown);

    /// <summary>For each claim of a copy (not of the lead's own report), the lead claim of its line.</summary>
    private static Dictionary<long, StoredClaim> LeadsOfCopies(List<StoredClaim> claims, IReadOnlyList<ImmutableArray<long>> copyLines)
    {
        var byId = claims.ToDictionary(c => c.Id);
        var leadOf = new Dictionary<long, StoredClaim>();
        foreach (var line in copyLines.Where(line => line.Length > 1 && byId.ContainsKey(line[0])))
        {
            var lead = byId[line[0]];
            foreach (var id in line.Skip(1).Where(id => byId.TryGetValue(id, out var copy) && copy.ReportId != lead.ReportId))
            {
                leadOf[id] = lead;
            }
        }
        return leadOf;
    }

    private static string KeyOf(SourceRef source) => source.SourceId ?? NameKey.Fold(source.Name);

    private sealed class Builder(string key, SourceRef source, string role)
    {
        public string Key { get; } = key;
        public SortedSet<long> ClaimIds { get; } = [];
        public List<Builder> Children { get; } = [];

        // An outlet that published one report and passed the claim on in others is a relay in the tree.
        public ProvenanceNode ToNode() => new(
            source.Name, role == "publisher" && Children.Count > 0 ? "relay" : role, ContractNames.Of(source.Side), source.SourceId,
            [.. ClaimIds], [.. Children.Select(child => child.ToNode())]);
    }
}

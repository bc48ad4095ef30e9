using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Web.Events;

/// <summary>
/// Folds the attribution chains of an event's claims into one tree: each claim is a path origin → relays → publisher,
/// and paths that pass through the same party share its node. A party is the registry source when resolved, else its
/// name folded, so "Россия 24" and "Russia 24" meet when the registry knows both spellings.
/// </summary>
public static class ProvenanceTree
{
    public static IReadOnlyList<ProvenanceNode> Build(IEnumerable<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher)
    {
        var roots = new List<Builder>();
        foreach (var stored in claims)
        {
            var chain = stored.Claim.Chain;
            var path = new List<(SourceRef Source, string Role)> { (chain.Origin.Source, "origin") };
            path.AddRange(chain.Relays.Select(relay => (relay.Source, "relay")));
            var publisher = resolvePublisher(stored.Publisher) ?? new SourceRef(stored.Publisher, SourceKind.Publisher, Side.Unknown);
            path.Add((publisher, "publisher"));
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

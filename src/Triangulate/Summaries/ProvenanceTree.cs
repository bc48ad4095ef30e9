using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Summaries;

/// <summary>
/// One node of the provenance tree. At the top, one <c>independent</c> node per independent origin of the event (the
/// origins corroboration joined into one voice, with the reasons) and one <c>not_counted</c> node for the origins that
/// only pass the claim on or are heard only undated; below them origins, relays and, at the leaves, publishers. Claims that took the same path
/// share nodes.
/// </summary>
public sealed record ProvenanceNode(
    string Name, string Role, string Side, string? SourceId, IReadOnlyList<long> ClaimIds, IReadOnlyList<ProvenanceNode> Children,
    IReadOnlyList<string>? Reasons = null);

/// <summary>
/// Folds the attribution chains of an event's claims into one tree: each claim is a path origin → relays → publisher,
/// and paths that pass through the same party share its node. A party is the registry source when resolved, else its
/// name folded, so "Россия 24" and "Russia 24" meet when the registry knows both spellings. The origins are grouped as
/// corroboration counted them, so that the tree shows as many independent origins as the event's count says. A report
/// that copies another (a copy line: a wire story reprinted, lightly rewritten or cut) hangs below the report it copies
/// as a "copy", whatever attribution its rewrite kept, so that a copy line reads as one line across publishers.
/// </summary>
public static class ProvenanceTree
{
    public const string IndependentRole = "independent";
    public const string NotCountedRole = "not_counted";

    /// <summary>The tree grouped by the event's independent origins, with the origins that do not count apart.</summary>
    public static IReadOnlyList<ProvenanceNode> Build(CorroboratedEvent ledgerEvent, IReadOnlyList<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher)
    {
        ArgumentNullException.ThrowIfNull(ledgerEvent);
        var leadOf = LeadsOfCopies(claims, ledgerEvent.CopyLines);
        var originKeyOf = ledgerEvent.Claims.ToDictionary(c => c.ClaimId, c => c.Origin.Key);
        var groups = new List<ProvenanceNode>();
        foreach (var cluster in ledgerEvent.IndependentOrigins)
        {
            var keys = cluster.Origins.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            var members = claims.Where(c => originKeyOf.TryGetValue(c.Id, out var key) && keys.Contains(key)).ToList();
            groups.Add(new ProvenanceNode(
                string.Join(" + ", cluster.Origins.Select(o => o.Name)), IndependentRole, ContractNames.Of(cluster.Side), null,
                [.. members.Select(c => c.Id).Order()], Build(members, resolvePublisher, leadOf), cluster.Reasons));
        }
        var derivative = ledgerEvent.DerivativeOrigins.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
        var passedOn = claims.Where(c => originKeyOf.TryGetValue(c.Id, out var key) && derivative.Contains(key)).ToList();
        if (passedOn.Count > 0)
        {
            groups.Add(new ProvenanceNode(
                "not counted: outlets or unnamed speakers passing the claim on, or voices heard only undated", NotCountedRole, ContractNames.Of(Side.Unknown), null,
                [.. passedOn.Select(c => c.Id).Order()], Build(passedOn, resolvePublisher, leadOf)));
        }
        return groups;
    }

    /// <summary>The chains of the given claims, origins at the roots; the copies among them below the claims they copy.</summary>
    public static IReadOnlyList<ProvenanceNode> Build(IEnumerable<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher, IReadOnlyList<CopyLine>? copyLines = null)
    {
        var list = claims.ToList();
        return Build(list, resolvePublisher, LeadsOfCopies(list, copyLines ?? []));
    }

    private static IReadOnlyList<ProvenanceNode> Build(IEnumerable<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher, Dictionary<long, StoredClaim> leadOf)
    {
        ArgumentNullException.ThrowIfNull(resolvePublisher);
        var roots = new List<Builder>();
        foreach (var stored in claims)
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
    private static Dictionary<long, StoredClaim> LeadsOfCopies(IReadOnlyList<StoredClaim> claims, IReadOnlyList<CopyLine> copyLines)
    {
        var byId = claims.ToDictionary(c => c.Id);
        var leadOf = new Dictionary<long, StoredClaim>();
        foreach (var line in copyLines)
        {
            if (!byId.TryGetValue(line.Lead, out var lead))
            {
                continue;
            }
            foreach (var id in line.ClaimIds.Where(id => byId.TryGetValue(id, out var copy) && copy.ReportId != lead.ReportId))
            {
                leadOf[id] = lead;
            }
        }
        return leadOf;
    }

    /// <summary>Finds a publisher's registry source by any of its names, among the ledger's sources and the bundled ones.</summary>
    public static Func<string, SourceRef?> PublisherResolver(IEnumerable<Source> sources)
    {
        var byName = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var name in (source.Aliases.IsDefault ? [] : source.Aliases).Prepend(source.Name).Prepend(source.Id))
            {
                byName.TryAdd(NameKey.Fold(name), source);
            }
        }
        return publisher => byName.TryGetValue(NameKey.Fold(publisher), out var source)
            ? new SourceRef(source.Name, source.Kind, source.Side, source.Role, source.Id, publisher)
            : null;
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

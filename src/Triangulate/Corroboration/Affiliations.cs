using System.Collections.Frozen;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// Which registry sources speak for one another (an official and the administration he advises, a ministry and the
/// channel it owns), closed over chains of affiliation: they never count as independent of each other.
/// </summary>
public sealed class Affiliations
{
    private readonly FrozenDictionary<string, string> rootByKey;

    public Affiliations(IEnumerable<Source> sources)
    {
        var list = sources.ToList();
        var keys = list.Select(s => s.Id).Concat(list.SelectMany(s => s.AffiliatedWith)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = keys.Select((key, i) => (key, i)).ToDictionary(p => p.key, p => p.i, StringComparer.Ordinal);
        var sets = new UnionFind(keys.Count);
        foreach (var source in list)
        {
            foreach (var other in source.AffiliatedWith)
            {
                sets.Union(index[source.Id], index[other]);
            }
        }
        rootByKey = keys.ToFrozenDictionary(key => key, key => keys[sets.Find(index[key])], StringComparer.Ordinal);
        var kinds = list.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
        outletVoices = list
            .Where(s => s.Kind == SourceKind.Individual && s.AffiliatedWith.Length > 0
                && s.AffiliatedWith.All(a => kinds.TryGetValue(a, out var kind) && kind is SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency or SourceKind.Publisher))
            .Select(s => s.Id)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> outletVoices;

    /// <summary>
    /// Whether a source is a person who speaks only for outlets (an editor-in-chief, a channel's presenter): what she
    /// publishes is her newsroom's word, and counts as an outlet's, not as a primary origin's (Simonyan publishing the
    /// list of prisoners the ministry says were aboard).
    /// </summary>
    public bool SpeaksForAnOutlet(string key) => outletVoices.Contains(key);

    public static Affiliations None { get; } = new([]);

    /// <summary>The representative of the affiliation group of a source key (the key itself when unaffiliated).</summary>
    public string Root(string key) => rootByKey.TryGetValue(key, out var root) ? root : key;

    public bool Affiliated(string a, string b) => Root(a) == Root(b);
}

using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>One name of one place in the index: the stems of its words, and whether it is a former name.</summary>
internal sealed record IndexedName(string[] Stems, int PlaceIndex, bool Former);

/// <summary>
/// The loaded gazetteer: places by id, and every name of every place indexed by the stem of its first word so that
/// the finder matches inflected mentions in one pass. Immutable once loaded; share one instance.
/// </summary>
public sealed class Gazetteer
{
    public const string DefaultRelativePath = "data/gazetteer/gazetteer.tsv.gz";

    private readonly FrozenDictionary<string, int> indexById;
    private readonly FrozenDictionary<string, IndexedName[]> namesByFirstStem;

    private Gazetteer(List<Place> places)
    {
        Places = [.. places];
        indexById = Enumerable.Range(0, places.Count).ToFrozenDictionary(i => places[i].Id, StringComparer.Ordinal);
        var index = new Dictionary<string, List<IndexedName>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        for (var i = 0; i < places.Count; i++)
        {
            foreach (var name in places[i].Names)
            {
                var stems = PlaceText.NameKey(name.Text);
                if (stems.Length == 0 || !seen.Add((string.Join(' ', stems), i)))
                {
                    continue;
                }

                if (!index.TryGetValue(stems[0], out var list))
                {
                    index[stems[0]] = list = [];
                }

                list.Add(new IndexedName(stems, i, name.IsFormer));
            }
        }

        namesByFirstStem = index.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    public ImmutableArray<Place> Places { get; }

    public static Gazetteer Load(string path)
    {
        using var stream = File.OpenRead(path);
        return new Gazetteer(GazetteerFile.Read(stream));
    }

    internal static Gazetteer FromPlaces(IEnumerable<Place> places) => new([.. places]);

    /// <summary>
    /// Loads the gazetteer shipped beside the executable, or else the one in the repository's data/ found by walking
    /// up from the working directory.
    /// </summary>
    public static Gazetteer LoadDefault()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, DefaultRelativePath);
        if (File.Exists(beside))
        {
            return Load(beside);
        }

        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultRelativePath);
            if (File.Exists(candidate))
            {
                return Load(candidate);
            }
        }

        throw new FileNotFoundException($"No gazetteer found beside the executable or above {Environment.CurrentDirectory}.", DefaultRelativePath);
    }

    public Place? ById(string id) => indexById.TryGetValue(id, out var i) ? Places[i] : null;

    /// <summary>Places having a name (any language, current or former) that normalises and stems to the same key.</summary>
    public ImmutableArray<Place> ByName(string name)
    {
        var stems = PlaceText.NameKey(name);
        return stems.Length == 0
            ? []
            : [.. NamesStartingWith(stems[0]).Where(n => n.Stems.AsSpan().SequenceEqual(stems)).Select(n => n.PlaceIndex).Distinct().Select(i => Places[i])];
    }

    internal IndexedName[] NamesStartingWith(string stem) =>
        namesByFirstStem.TryGetValue(stem, out var names) ? names : [];
}

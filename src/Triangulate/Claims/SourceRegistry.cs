using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>A registry source found in a text: the source, the words as written and their span.</summary>
public sealed record SourceMatch(Source Source, Span Span, string Written)
{
    public SourceRef ToRef() => new(Source.Name, Source.Kind, Source.Side, Source.Role, Source.Id, Written, Span);
}

/// <summary>
/// The known sources (outlets, channels, commands, officials) with their names in every language. Finds them in text
/// whatever the grammatical case ("Кимаковского", "телеканала «России 24»"). Loaded once, shared read-only.
/// </summary>
public sealed class SourceRegistry
{
    public const string DefaultRelativePath = "data/sources/sources.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Every alias, longest first, listed under the key of its first word (see <see cref="NameWord.Key"/>).</summary>
    private readonly FrozenDictionary<string, ImmutableArray<Alias>>.AlternateLookup<ReadOnlySpan<char>> _aliasesByFirstWord;

    private readonly FrozenDictionary<string, Source> _byId;

    private readonly FrozenSet<string> _subjectOnly;

    /// <summary>Ids of sources merged away, each with the id of the source that now speaks for it.</summary>
    private readonly FrozenDictionary<string, string> _mergedInto;

    /// <param name="subjectOnly">
    /// Ids of sources whose names also name the acting forces ("ЗСУ", "Ukraine's military"): they speak only as the
    /// subject of a saying word, never merely by being named in an attributed sentence.
    /// </param>
    public SourceRegistry(IEnumerable<Source> sources, IEnumerable<string>? subjectOnly = null)
        : this(sources, subjectOnly, FrozenDictionary<string, string>.Empty)
    {
    }

    private SourceRegistry(IEnumerable<Source> sources, IEnumerable<string>? subjectOnly, FrozenDictionary<string, string> mergedInto)
    {
        Sources = [.. sources];
        _subjectOnly = (subjectOnly ?? []).ToFrozenSet(StringComparer.Ordinal);
        _mergedInto = mergedInto;
        _aliasesByFirstWord = Sources
            .SelectMany(source => source.Aliases.Append(source.Name).Distinct(StringComparer.Ordinal)
                .Select(alias => new Alias([.. TextTokens.Words(alias).Select(token => new NameWord(token.Text))], source)))
            .Where(alias => alias.Words.Length > 0)
            .OrderByDescending(alias => alias.Words.Length)
            .GroupBy(alias => alias.Words[0].Key, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byId = Sources.DistinctBy(source => source.Id).ToFrozenDictionary(source => source.Id, StringComparer.Ordinal);
    }

    public ImmutableArray<Source> Sources { get; }

    public static SourceRegistry FromJson(string json)
    {
        var entries = JsonSerializer.Deserialize<ImmutableArray<SourceEntry>>(json, JsonOptions);
        return new SourceRegistry(
            entries.Select(entry => new Source(
                entry.Id, entry.Name, entry.Kind, ParseSide(entry.Side), entry.Aliases.IsDefault ? [] : entry.Aliases, entry.Role, entry.AffiliatedWith, entry.Areas)),
            entries.Where(entry => entry.SubjectOnly).Select(entry => entry.Id));
    }

    /// <summary>Whether <paramref name="id"/> names a force as well as a speaker, so that it speaks only as a saying word's subject.</summary>
    public bool IsSubjectOnly(string id) => _subjectOnly.Contains(_mergedInto.GetValueOrDefault(id, id));

    /// <summary>Whether <paramref name="id"/> belongs to <paramref name="organisation"/>, directly or through the organisations it belongs to.</summary>
    public bool IsAffiliated(string id, string organisation)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([id]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current) || Find(current) is not { } source)
            {
                continue;
            }
            if (source.AffiliatedWith.Contains(organisation))
            {
                return true;
            }
            foreach (var parent in source.AffiliatedWith)
            {
                pending.Push(parent);
            }
        }
        return false;
    }

    /// <summary>The registry shipped beside the assembly (data/sources/sources.json).</summary>
    public static SourceRegistry LoadDefault() =>
        FromJson(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, DefaultRelativePath)));

    /// <summary>The ids that find <paramref name="id"/>: its own and those of the sources merged into it.</summary>
    public ImmutableArray<string> IdsOf(string id) =>
        [id, .. _mergedInto.Where(pair => pair.Value == id).Select(pair => pair.Key).Order(StringComparer.Ordinal)];

    /// <summary>A registry id made from a name: Latin letters and digits in lower case joined by underscores ("Rybar" → "rybar").</summary>
    public static string IdFor(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var latin = Places.Transliteration.UkrainianNational(Places.Transliteration.RussianPlain(name)).ToLowerInvariant();
        var kept = latin.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray();
        return string.Join('_', new string(kept).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The source with this id, or the source it was merged into.</summary>
    public Source? Find(string id)
    {
        var current = _mergedInto.GetValueOrDefault(id, id);
        return _byId.GetValueOrDefault(current);
    }

    /// <summary>
    /// This registry grown by a ledger's sources (replacing same-id entries) and analysts' merges: a merged source's
    /// names become names of the source it was merged into, and its id finds that source, so that claims stored before
    /// the merge resolve to one origin with those extracted after it.
    /// </summary>
    /// <param name="mergedInto">Merged source id → the id it was merged into; chains are followed, unknown targets ignored.</param>
    public SourceRegistry With(IReadOnlyList<Source> added, IReadOnlyDictionary<string, string> mergedInto)
    {
        ArgumentNullException.ThrowIfNull(added);
        ArgumentNullException.ThrowIfNull(mergedInto);
        if (added.Count == 0 && mergedInto.Count == 0)
        {
            return this;
        }
        var replacements = added.ToDictionary(source => source.Id, StringComparer.Ordinal);
        // The bundled order is kept: it breaks ties between equally long names when finding sources in text.
        var ordered = Sources.Select(source => replacements.GetValueOrDefault(source.Id, source))
            .Concat(added.Where(source => !Sources.Any(known => known.Id == source.Id)))
            .ToList();
        var byId = ordered.ToDictionary(source => source.Id, StringComparer.Ordinal);
        string Survivor(string id)
        {
            var path = new List<string> { id };
            while (mergedInto.TryGetValue(path[^1], out var next) && byId.ContainsKey(next))
            {
                if (path.IndexOf(next) is var seen and >= 0)
                {
                    // A cycle of merges: its members are one source, under the first of their ids.
                    return path[seen..].Min(StringComparer.Ordinal)!;
                }
                path.Add(next);
            }
            return path[^1];
        }
        var survivorOf = byId.Keys.ToDictionary(id => id, Survivor, StringComparer.Ordinal);
        var merged = byId.Values.Where(source => survivorOf[source.Id] != source.Id).ToLookup(source => survivorOf[source.Id], StringComparer.Ordinal);
        var survivors = ordered
            .Where(source => survivorOf[source.Id] == source.Id)
            .Select(source =>
            {
                var absorbed = merged[source.Id].ToList();
                var aliases = (source.Aliases.IsDefault ? [] : source.Aliases)
                    .Concat(absorbed.SelectMany(m => (m.Aliases.IsDefault ? [] : m.Aliases).Prepend(m.Name)));
                return source with
                {
                    Aliases = [.. aliases.Distinct(StringComparer.Ordinal)],
                    AffiliatedWith = [.. source.AffiliatedWith.Concat(absorbed.SelectMany(m => m.AffiliatedWith))
                        .Select(id => survivorOf.GetValueOrDefault(id, id))
                        .Where(id => id != source.Id)
                        .Distinct(StringComparer.Ordinal)],
                };
            });
        var redirects = survivorOf.Where(pair => pair.Key != pair.Value).ToFrozenDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        return new SourceRegistry(survivors, _subjectOnly.Where(id => survivorOf.GetValueOrDefault(id, id) == id), redirects);
    }

    /// <summary>Every registry source named in <paramref name="text"/> within <paramref name="range"/>, longest names first, no overlaps.</summary>
    public ImmutableArray<SourceMatch> FindIn(string text, Span range)
    {
        var tokens = TextTokens.Words(text, range);
        var folded = tokens.Select(token => TextTokens.Fold(token.Text)).ToArray();
        var matches = ImmutableArray.CreateBuilder<SourceMatch>();
        var position = 0;
        while (position < tokens.Length)
        {
            var best = CandidatesAt(folded[position]).FirstOrDefault(alias => alias.MatchesAt(tokens, folded, position));
            if (best is null)
            {
                position++;
                continue;
            }
            var span = new Span(tokens[position].Span.Start, tokens[position + best.Words.Length - 1].Span.End);
            matches.Add(new SourceMatch(best.Source, span, span.Slice(text)));
            position += best.Words.Length;
        }
        return matches.ToImmutable();
    }

    /// <summary>Resolves a whole name ("Кимаковского", "Russia 24") to its registry source, or null when unknown.</summary>
    public Source? Resolve(string name)
    {
        var tokens = TextTokens.Words(name, new Span(0, name.Length));
        if (tokens.IsEmpty)
        {
            return null;
        }
        var folded = tokens.Select(token => TextTokens.Fold(token.Text)).ToArray();
        return CandidatesAt(folded[0]).FirstOrDefault(alias => alias.Words.Length == tokens.Length && alias.MatchesAt(tokens, folded, 0))?.Source;
    }

    /// <summary>
    /// Resolves a report's publisher, which may be a feed's title rather than the outlet's name ("Укрінформ — Війна",
    /// "The Moscow Times — Ukraine War"): the whole name first, else the part before the title's dash.
    /// </summary>
    public Source? ResolvePublisher(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        return Resolve(publisher) ?? (OutletName(publisher) is var outlet && outlet != publisher ? Resolve(outlet) : null);
    }

    /// <summary>The outlet's part of a publisher's name: "Укрінформ — Війна" → "Укрінформ"; a name without a title dash is itself.</summary>
    public static string OutletName(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var dash = publisher.IndexOfAny(['—', '–']);
        return dash > 0 ? publisher[..dash].Trim() : publisher;
    }

    /// <summary>The aliases whose first word may match a text word, longest first.</summary>
    private ImmutableArray<Alias> CandidatesAt(string foldedWord) =>
        _aliasesByFirstWord.TryGetValue(NameWord.KeyOf(foldedWord), out var aliases) ? aliases : [];

    /// <summary>One way of writing a source's name, word by word.</summary>
    private sealed record Alias(ImmutableArray<NameWord> Words, Source Source)
    {
        public bool MatchesAt(ImmutableArray<TextToken> tokens, string[] folded, int position)
        {
            if (position + Words.Length > tokens.Length)
            {
                return false;
            }
            for (var i = 0; i < Words.Length; i++)
            {
                if (!Words[i].Matches(tokens[position + i].Text, folded[position + i]))
                {
                    return false;
                }
            }
            return true;
        }
    }

    private static Side ParseSide(string? side) => side?.ToUpperInvariant() switch
    {
        "RU" => Side.RU,
        "UA" => Side.UA,
        "OTHER" => Side.Other,
        _ => Side.Unknown,
    };

    private sealed record SourceEntry(
        string Id,
        string Name,
        SourceKind Kind,
        string? Side,
        ImmutableArray<string> Aliases,
        string? Role,
        ImmutableArray<string> AffiliatedWith,
        bool SubjectOnly = false,
        ImmutableArray<string> Areas = default);
}

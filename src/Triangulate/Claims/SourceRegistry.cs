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

    private readonly ImmutableArray<(ImmutableArray<string> Tokens, Source Source)> _aliases;

    private readonly FrozenSet<string> _subjectOnly;

    /// <param name="subjectOnly">
    /// Ids of sources whose names also name the acting forces ("ЗСУ", "Ukraine's military"): they speak only as the
    /// subject of a saying word, never merely by being named in an attributed sentence.
    /// </param>
    public SourceRegistry(IEnumerable<Source> sources, IEnumerable<string>? subjectOnly = null)
    {
        Sources = [.. sources];
        _subjectOnly = (subjectOnly ?? []).ToFrozenSet(StringComparer.Ordinal);
        _aliases = [.. Sources
            .SelectMany(source => source.Aliases.Append(source.Name).Distinct(StringComparer.Ordinal).Select(alias => (Tokens: TextTokens.Words(alias).Select(t => t.Text).ToImmutableArray(), Source: source)))
            .Where(alias => alias.Tokens.Length > 0)
            .OrderByDescending(alias => alias.Tokens.Length)];
    }

    public ImmutableArray<Source> Sources { get; }

    public static SourceRegistry FromJson(string json)
    {
        var entries = JsonSerializer.Deserialize<ImmutableArray<SourceEntry>>(json, JsonOptions);
        return new SourceRegistry(
            entries.Select(entry => new Source(
                entry.Id, entry.Name, entry.Kind, ParseSide(entry.Side), entry.Aliases.IsDefault ? [] : entry.Aliases, entry.Role, entry.AffiliatedWith)),
            entries.Where(entry => entry.SubjectOnly).Select(entry => entry.Id));
    }

    /// <summary>Whether <paramref name="id"/> names a force as well as a speaker, so that it speaks only as a saying word's subject.</summary>
    public bool IsSubjectOnly(string id) => _subjectOnly.Contains(id);

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

    public Source? Find(string id) => Sources.FirstOrDefault(source => source.Id == id);

    /// <summary>Every registry source named in <paramref name="text"/> within <paramref name="range"/>, longest names first, no overlaps.</summary>
    public ImmutableArray<SourceMatch> FindIn(string text, Span range)
    {
        var tokens = TextTokens.Words(text, range);
        var matches = ImmutableArray.CreateBuilder<SourceMatch>();
        var position = 0;
        while (position < tokens.Length)
        {
            var best = _aliases.FirstOrDefault(alias => MatchesAt(tokens, position, alias.Tokens));
            if (best.Source is null)
            {
                position++;
                continue;
            }
            var span = new Span(tokens[position].Span.Start, tokens[position + best.Tokens.Length - 1].Span.End);
            matches.Add(new SourceMatch(best.Source, span, span.Slice(text)));
            position += best.Tokens.Length;
        }
        return matches.ToImmutable();
    }

    /// <summary>Resolves a whole name ("Кимаковского", "Russia 24") to its registry source, or null when unknown.</summary>
    public Source? Resolve(string name)
    {
        var tokens = TextTokens.Words(name, new Span(0, name.Length));
        return _aliases.FirstOrDefault(alias => alias.Tokens.Length == tokens.Length && MatchesAt(tokens, 0, alias.Tokens)).Source;
    }

    private static bool MatchesAt(ImmutableArray<TextToken> tokens, int position, ImmutableArray<string> alias)
    {
        if (position + alias.Length > tokens.Length)
        {
            return false;
        }
        for (var i = 0; i < alias.Length; i++)
        {
            if (!TextTokens.SameWord(alias[i], tokens[position + i].Text))
            {
                return false;
            }
        }
        return true;
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
        bool SubjectOnly = false);
}

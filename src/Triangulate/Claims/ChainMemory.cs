using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Builds attribution chains for one report and remembers them: the last chain (for "He added"), and each origin's
/// chain so that a speaker named again keeps the relays it first came through. Telegram forwards
/// (<see cref="Report.ForwardedFrom"/>) sit between the text's chain and the publisher.
/// </summary>
internal sealed class ChainMemory
{
    private readonly Report _report;
    private readonly SourceRegistry _registry;
    private readonly ImmutableArray<SourceRef> _forwards;
    private readonly Dictionary<string, AttributionChain> _byOrigin = new(StringComparer.Ordinal);
    private readonly List<SourceRef> _named = [];
    private readonly Source? _publisher;
    private readonly ImmutableArray<SourceRef> _namedInReport;

    /// <param name="namedInReport">The registry sources the whole report names as speakers, for descriptions that mean one of them.</param>
    public ChainMemory(Report report, SourceRegistry registry, IEnumerable<SourceRef> namedInReport)
    {
        _report = report;
        _registry = registry;
        _publisher = registry.ResolvePublisher(report.Publisher);
        _namedInReport = [.. namedInReport.Where(source => source.SourceId is not null).DistinctBy(source => source.SourceId)];
        _forwards = [.. report.ForwardedFrom.Select(ResolveName)];
        Unattributed = _forwards.IsEmpty
            ? AttributionChain.OwnVoice(report.Publisher)
            : new AttributionChain(new Attribution(_forwards[0], AttributionRole.Origin), [.. _forwards.Skip(1).Select(AsRelay)]);
    }

    /// <summary>The chain of a claim the text attributes to no one: the forwarded channel, or the publisher's own voice.</summary>
    public AttributionChain Unattributed { get; }

    public AttributionChain? Last { get; set; }

    /// <summary>
    /// The chain the named speakers form: the one the text cites ("со ссылкой на", "citing") is the origin, otherwise
    /// the speaker most likely to be first (a person, command, unit or channel before the media that carry them);
    /// the others relay, nearest to the origin first.
    /// </summary>
    public AttributionChain? Build(ImmutableArray<SpeakerMention> speakers)
    {
        var parties = speakers.Select(Resolve).Where(speaker => !IsPublisher(speaker.Source))
            .DistinctBy(speaker => Key(speaker.Source)).ToList();
        if (parties.Count == 0)
        {
            return speakers.IsEmpty ? null : AttributionChain.OwnVoice(_report.Publisher);
        }
        var origin = parties.LastOrDefault(speaker => speaker.CitedAsOrigin)
            ?? parties.OrderByDescending(speaker => OriginRank(speaker.Source.Kind)).First();
        var originAt = origin.Source.Span?.Start ?? 0;
        var relays = parties.Where(speaker => speaker != origin)
            .Where(speaker => !SameSource(speaker.Source, origin.Source))
            // A spokesman's own command is where he speaks from, not a relay.
            .Where(speaker => !(origin.Source.SourceId is { } originId && speaker.Source.SourceId is { } id && _registry.IsAffiliated(originId, id)))
            .DistinctBy(speaker => speaker.Source.SourceId ?? speaker.Source.Name)
            .OrderBy(speaker => Math.Abs((speaker.Source.Span?.Start ?? 0) - originAt))
            .Select(speaker => speaker.Source)
            .ToList();
        var key = Key(origin.Source);
        if (relays.Count == 0 && _byOrigin.TryGetValue(key, out var remembered))
        {
            return remembered;
        }
        var chain = new AttributionChain(
            new Attribution(origin.Source, AttributionRole.Origin, origin.Source.Span),
            [.. relays.Concat(_forwards.Where(forward => !relays.Any(relay => SameSource(relay, forward)))).Select(AsRelay)]);
        _byOrigin[key] = chain;
        _named.AddRange(relays.Prepend(origin.Source));
        return chain;
    }

    /// <summary>
    /// A described speaker ("the channel", "агентства", "Центру") means the latest party named before of its kind or name;
    /// an indefinite one ("a Russian-installed official") the one party the report names that fits it.
    /// </summary>
    private SpeakerMention Resolve(SpeakerMention speaker)
    {
        if (!speaker.RefersBack)
        {
            return NamedElsewhere(speaker.Source) is { } named ? speaker with { Source = named with { Span = speaker.Source.Span } } : speaker;
        }
        var firstWord = FirstWord(speaker.Source.Written ?? speaker.Source.Name);
        var meant = _named.LastOrDefault(party => party.Kind == speaker.Source.Kind && speaker.Source.Kind != SourceKind.Unknown)
            ?? _named.LastOrDefault(party => firstWord is not null && FirstWord(party.Written ?? party.Name) is { } partyWord && TextTokens.SameWord(partyWord, firstWord));
        return meant is null ? speaker : speaker with { Source = meant with { Span = speaker.Source.Span } };
    }

    /// <summary>
    /// The registry source an unnamed speaker's indefinite description stands for, when the report names exactly one
    /// party of that kind whose side the description states and whose role its head noun fits: "a Russian-installed
    /// official said" in a report naming Kimakovsky, the DPR head's adviser, is Kimakovsky.
    /// </summary>
    private SourceRef? NamedElsewhere(SourceRef described)
    {
        if (described.SourceId is not null || described.Written is not { } written
            || !written.StartsWith("a ", StringComparison.OrdinalIgnoreCase) && !written.StartsWith("an ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var lowered = written.ToLowerInvariant();
        var sides = ClaimLexicons.SideWords.FindAll(lowered, new Span(0, lowered.Length)).Select(found => found.Value).Distinct().ToList();
        var head = lowered[(lowered.LastIndexOf(' ') + 1)..];
        if (sides.Count != 1)
        {
            return null;
        }
        var fitting = _namedInReport
            .Where(named => named.Kind == described.Kind && named.Side == sides[0])
            .Where(named => ClaimLexicons.GenericSpeakerNouns.Contains(head) || (named.Role?.Contains(head, StringComparison.OrdinalIgnoreCase) ?? false))
            .ToList();
        return fitting.Count == 1 ? fitting[0] : null;
    }

    /// <summary>The side a claim's words are spoken from: its origin's, else the publisher's when the registry knows it.</summary>
    public Side SpeakerSide(AttributionChain chain)
    {
        if (chain.Origin.Source.Side is Side.RU or Side.UA)
        {
            return chain.Origin.Source.Side;
        }
        return _publisher?.Side is { } side and (Side.RU or Side.UA) ? side : Side.Unknown;
    }

    private static int OriginRank(SourceKind kind) => kind switch
    {
        SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency => 0,
        _ => 1,
    };

    private static string? FirstWord(string name) =>
        TextTokens.Words(name, new Span(0, name.Length)) is { Length: > 0 } words ? words[0].Text : null;

    private static Attribution AsRelay(SourceRef source) => new(source, AttributionRole.Relay, source.Span);

    private static string Key(SourceRef source) => source.SourceId ?? source.Name.ToLowerInvariant();

    private static bool SameSource(SourceRef a, SourceRef b) => Key(a) == Key(b);

    /// <summary>Whether a party is the publisher itself, which is never a relay of its own report: by registry id, else by name.</summary>
    private bool IsPublisher(SourceRef source) =>
        source.SourceId is { } id && _publisher is not null
            ? _registry.Find(id)?.Id == _publisher.Id
            : string.Equals(source.Name, _report.Publisher, StringComparison.OrdinalIgnoreCase)
                || string.Equals(source.Name, SourceRegistry.OutletName(_report.Publisher), StringComparison.OrdinalIgnoreCase);

    private SourceRef ResolveName(string name) =>
        _registry.Resolve(name) is { } known
            ? new SourceRef(known.Name, known.Kind, known.Side, known.Role, known.Id, name)
            : new SourceRef(name, AttributionReader.KindFromDescription(name) ?? SourceKind.MilbloggerChannel, Side.Unknown, "Telegram channel", null, name);
}

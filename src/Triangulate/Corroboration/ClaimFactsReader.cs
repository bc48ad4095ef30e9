using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>The report a claim came from, as far as corroboration cares.</summary>
public sealed record ClaimReport(
    long Id,
    string? ExternalId,
    string Publisher,
    string Language,
    DateTimeOffset? Published,
    string ContentHash,
    ImmutableArray<string> ForwardedFrom,
    ImmutableArray<PlaceMention> Mentions);

/// <summary>
/// Flattens claims into <see cref="ClaimFacts"/>: resolves origins and relays to registry ids, adds Telegram forwards
/// to the chain, picks the place the claim is about and the side that gains by it.
/// </summary>
public sealed class ClaimFactsReader(SourceRegistry registry)
{
    private static readonly char[] QuoteMarks = ['«', '"', '“', '„'];

    public ClaimFacts Read(long claimId, Claim claim, ClaimReport report)
    {
        var (origin, relays) = Provenance(claim.Chain, report);
        var places = OutsideSpeakers(claim.Places, claim.Chain);
        var place = PrimaryPlace(places) ?? (claim.Kind == ClaimKind.Denial ? PrimaryPlace(OutsideSpeakers(report.Mentions, claim.Chain)) : null);
        var unresolvedName = place is null
            ? places.Where(m => m.Place is null).Select(m => NameKey.Fold(m.Text)).FirstOrDefault()
            : null;
        var actorSide = claim.Actor?.Side is { } side && side != Side.Unknown ? side : origin.Side;
        var acting = claim.Kind == ClaimKind.Withdrawal ? KindFamilies.Opposite(actorSide) : actorSide;
        var day = claim.Time?.From ?? (report.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : DateOnly.MinValue);
        var facts = new ClaimFacts(
            claimId,
            $"{report.ContentHash}:{claim.Span.Start}",
            report.Id,
            report.ExternalId,
            report.Publisher,
            report.Language,
            day,
            report.Published,
            claim.Kind,
            acting,
            place,
            unresolvedName,
            origin,
            relays,
            claim.Text,
            claim.Negated,
            claim.Hedged,
            [.. claim.Quantities.Select(q => q.Value).Order()],
            claim.Text.IndexOfAny(QuoteMarks) >= 0);
        return facts with
        {
            Anchors = [.. places.Select(m => ToFactPlace(m)?.Anchor).OfType<string>().Append(place?.Anchor).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Who said it first and who passed it on, a Telegram forward's original channel counting as the first. The publisher
    /// is never a relay of its own report: a trailing relay that is the publisher (by registry id, a feed title such as
    /// "Укрінформ — Війна" counting as its outlet, else by name) is dropped.
    /// </summary>
    private (FactSource Origin, ImmutableArray<FactSource> Relays) Provenance(AttributionChain chain, ClaimReport report)
    {
        var origin = FromRef(chain.Origin.Source);
        var relays = chain.Relays.Select(r => FromRef(r.Source)).ToList();
        if (chain.Origin.Source.Kind == SourceKind.Publisher && !report.ForwardedFrom.IsDefaultOrEmpty)
        {
            origin = FromName(report.ForwardedFrom[0], SourceKind.Unknown, Side.Unknown);
            relays = [.. report.ForwardedFrom.Skip(1).Select(name => FromName(name, SourceKind.Unknown, Side.Unknown))];
        }
        var publisherKeys = PublisherKeys(report.Publisher);
        while (relays.Count > 0 && publisherKeys.Contains(relays[^1].Key))
        {
            relays.RemoveAt(relays.Count - 1);
        }
        return (origin, [.. relays]);
    }

    private HashSet<string> PublisherKeys(string publisher) => registry.ResolvePublisher(publisher) is { } known
        ? [known.Id]
        : ["name:" + NameKey.Fold(publisher), "name:" + NameKey.Fold(SourceRegistry.OutletName(publisher))];

    private FactSource FromRef(SourceRef source)
    {
        if (source.SourceId is { } id && registry.Find(id) is { } known)
        {
            return Registered(known);
        }
        return FromName(source.Name, source.Kind, source.Side);
    }

    private FactSource FromName(string name, SourceKind kind, Side side) =>
        registry.Resolve(name) is { } known ? Registered(known) : new FactSource("name:" + NameKey.Fold(name), name, side, kind, false);

    private static FactSource Registered(Source source) => new(source.Id, source.Name, source.Side, source.Kind, true);

    /// <summary>
    /// The mentions that are not part of a speaker's name: "Назар Волошин" is a spokesman, not the village of Voloshyne.
    /// </summary>
    private static ImmutableArray<PlaceMention> OutsideSpeakers(ImmutableArray<PlaceMention> mentions, AttributionChain chain)
    {
        var speakers = chain.Relays.Prepend(chain.Origin).Select(a => a.Span).OfType<Span>().ToList();
        return mentions.IsDefault ? []
            : [.. mentions.Where(m => !speakers.Any(s => m.Span.Start < s.End && s.Start < m.Span.End))];
    }

    /// <summary>
    /// The settlement or local feature the claim is about: one in Ukraine before one elsewhere (a speaker's name or a
    /// word can resolve to a village in Russia or to New York City), a place named outright before one named as a
    /// reference point ("Kalynivka north of Chasiv Yar" is about Kalynivka), then the resolver's most confident, then
    /// the first. Oblasts and countries are too coarse to tell events apart.
    /// </summary>
    private static FactPlace? PrimaryPlace(ImmutableArray<PlaceMention> mentions) =>
        mentions
            .Select((mention, index) => (mention, index))
            .Where(m => m.mention.Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature })
            .OrderByDescending(m => m.mention.Place!.CountryCode == "UA")
            .ThenBy(m => m.mention.Relation is not null && mentions.Length > 1)
            .ThenByDescending(m => m.mention.Confidence)
            .ThenBy(m => m.index)
            .Select(m => ToFactPlace(m.mention))
            .FirstOrDefault();

    private static FactPlace? ToFactPlace(PlaceMention mention)
    {
        if (mention.Place is not { Kind: PlaceKind.Settlement or PlaceKind.Feature } place)
        {
            return null;
        }
        var ukrainian = place.Names.IsDefault ? null : place.Names.FirstOrDefault(n => n.Language == "uk" && !n.IsFormer)?.Text;
        var parents = place.Parents.IsDefault ? [] : place.Parents;
        return new FactPlace(place.Id, place.Name, mention.EstimatedLat ?? place.Lat, mention.EstimatedLon ?? place.Lon, parents, ukrainian, place.CountryCode)
        {
            Anchor = place.AnchorId(),
        };
    }
}

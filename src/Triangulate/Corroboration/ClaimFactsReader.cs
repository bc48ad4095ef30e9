using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>
/// The report a claim came from, as far as corroboration cares: <see cref="Sketch"/> is its text's, for copy detection,
/// and <see cref="Dateline"/> where its dateline stands, whose city is never a place of its claims.
/// </summary>
public sealed record ClaimReport(
    long Id,
    string? ExternalId,
    string Publisher,
    string Language,
    DateTimeOffset? Published,
    string ContentHash,
    ImmutableArray<string> ForwardedFrom,
    ImmutableArray<PlaceMention> Mentions,
    TextSketch? Sketch = null,
    Span? Dateline = null)
{
    /// <summary>What corroboration reads of a report besides its claims' own fields.</summary>
    public static ClaimReport Of(long id, Report report, ImmutableArray<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ClaimReport(id, report.ExternalId, report.Publisher, report.Language, report.Published, report.ContentHash, report.ForwardedFrom,
            mentions, TextSketch.Of(report.Text), TimeReader.DatelineHead(report.Text));
    }
}

/// <summary>
/// Flattens claims into <see cref="ClaimFacts"/>: resolves origins and relays to registry ids, adds Telegram forwards
/// to the chain, picks the place the claim is about and the side that gains by it, reads its stance and its time.
/// <see cref="ReadReport"/> reads one report's claims together, so that a fragment of a statement joins the claim it
/// continues.
/// </summary>
public sealed class ClaimFactsReader(SourceRegistry registry)
{
    private static readonly char[] QuoteMarks = ['«', '"', '“', '„'];

    /// <summary>
    /// Every claim of one report, in text order. A claim whose place the extractor carried from the claim whose
    /// statement it continues (<see cref="Statements.Continues"/>, <see cref="PlaceAnaphora.CarryPlaces"/>: «Идет
    /// зачистка», — сказал он) is grouped in that claim's family; where its place came from is the extractor's to say,
    /// and is read as it said it. A claim the extractor left with no place is placed by its report: at the place of the
    /// nearest claim of its family (before, else after), as a story tells of one place ("According to Russia's Ministry
    /// of Defence, 65 prisoners were killed" before "…being transported to the Belgorod region"), else, asserting, at
    /// the one town or region all the report's placed claims are at, or the one settlement it names. A claim placed only by a
    /// sea or a river is at the one settlement the report names on it (<see cref="OnTheFeature"/>), and a claim placed
    /// only by an oblast or raion at the nearest claim of its family at a settlement inside it ("another settlement in
    /// the Kursk region" above the ministry's "liberated the settlement of Goncharovka"), else, asserting, at the one
    /// settlement the report names inside it (<see cref="OnlySettlementIn"/>).
    /// </summary>
    public ImmutableArray<ClaimFacts> ReadReport(IReadOnlyList<(long ClaimId, Claim Claim)> claims, ClaimReport report)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var ordered = claims.OrderBy(c => c.Claim.Span.Start).ToList();
        var (settlements, wide) = PlacesNamed(report, ordered.Select(c => c.Claim));
        var facts = ordered.Select(c => OnTheFeature(Read(c.ClaimId, c.Claim, report), settlements)).ToList();
        var regions = RegionsNamed(report);
        var byTheReport = Enumerable.Range(0, facts.Count)
            .Select(i => facts[i] is { Stance: Stance.Denies, Place: not null } && PrimaryPlace(OfTheClaim(ordered[i].Claim.Places, ordered[i].Claim, report.Dateline), ordered[i].Claim.Kind, regions) is null)
            .ToList();
        var placed = Enumerable.Range(0, facts.Count).Where(i => facts[i].Place is not null && !byTheReport[i]).Select(i => (Index: i, Facts: facts[i])).ToList();
        var named = placed.Count > 0 ? null
            : settlements.Count == 1 ? settlements[0]
            : settlements.Count == 0 && wide.Count == 1 ? wide[0]
            : null;
        for (var i = 0; i < facts.Count; i++)
        {
            var current = facts[i];
            var around = placed.Where(p => p.Index < i).Reverse().Concat(placed.Where(p => p.Index > i)).ToList();
            if (byTheReport[i])
            {
                // A denial naming no place is where the story it stands in is: at the claim of the other side it answers,
                // else the nearest placed claim, before any place the report merely names.
                if (around.Select(p => p.Facts).OrderBy(p => Answers(current, p) ? 0 : 1).FirstOrDefault() is { Place: { } told })
                {
                    facts[i] = current with { Place = told, Anchors = [told.Anchor] };
                }
            }
            else if (current.PlaceCarried)
            {
                if (around.FirstOrDefault(p => !p.Facts.PlaceCarried && p.Facts.Where == current.Where && Statements.Continues(ordered[i].Claim, ordered[p.Index].Claim)) is { Facts: { } host })
                {
                    facts[i] = current with { Family = host.Family, Continues = host.ClaimId, Anchors = host.Anchors };
                }
            }
            else if (current.Place is { IsRegion: true } region
                && (around.Select(p => p.Facts).FirstOrDefault(candidate => candidate.Family == current.Family && candidate.Place is { Coarse: false } inner && inner.Parents.Contains(region.Id))?.Place
                    ?? (current.Stance == Stance.Asserts ? OnlySettlementIn(region, settlements) : null)) is { } within)
            {
                facts[i] = current with { Place = within, Anchors = [.. current.Anchors.Append(within.Anchor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] };
            }
            else if (current.Where is not null)
            {
                continue;
            }
            else if ((around.Select(p => p.Facts).FirstOrDefault(candidate => candidate.Family == current.Family)
                ?? (current.Stance == Stance.Asserts ? OnlyPlace([.. around.Select(p => p.Facts)]) : null)) is { } story)
            {
                facts[i] = current with { Place = story.Place, Anchors = [story.Place!.Anchor] };
            }
            else if (named is not null && current.Stance == Stance.Asserts)
            {
                facts[i] = current with { Place = named, Anchors = [named.Anchor] };
            }
        }
        return [.. facts.Select((f, i) => Concession(f, ordered[i].Claim, facts) ? f with { Concedes = true } : f)];
    }

    /// <summary>Whether a claim is one of the other side's a denial could answer: asserted by a side none of the deniers is of, of the family it denies.</summary>
    private static bool Answers(ClaimFacts denial, ClaimFacts claim) =>
        claim.Stance == Stance.Asserts && claim.Origin.Side is Side.RU or Side.UA && claim.Origin.Side != denial.Origin.Side
        && (denial.Denies is null || denial.Denies == claim.Family);

    /// <summary>
    /// An assertion its origin makes in the same report as a denial of a gain by the same side at the same place (or a
    /// denial placed nowhere), of a family the denial's words cover: a denial that concedes a lesser thing ("regrouped,
    /// withdrew to better lines, but there is no encirclement") concedes it, and does not confirm the other side's claim.
    /// So does harm the origin grants with no one named doing it, in a family whose side gaining tells no events apart
    /// (<see cref="EventGrouper.GroupingSide"/>): the ministry's "confirmed the ship was damaged, but not that it was hit
    /// by Ukraine" beside its own account of a fire on board grants the damage, not the strike.
    /// </summary>
    private static bool Concession(ClaimFacts claim, Claim read, List<ClaimFacts> report) =>
        claim.Stance == Stance.Asserts
        && ((claim.ActingSide is Side.RU or Side.UA && claim.ActingSide != claim.Origin.Side)
            || (read.Actor is null && claim.Origin.Side is Side.RU or Side.UA && EventGrouper.GroupingSide(claim) == Side.Unknown))
        && report.Any(denial => denial.Stance == Stance.Denies && denial.Origin.Key == claim.Origin.Key && denial.ActingSide == claim.ActingSide
            && (denial.Denies is null || denial.Denies == KindFamilies.Of(claim.Kind))
            && (denial.Place is null || claim.Place is null || denial.Place.Anchor == claim.Place.Anchor));

    /// <summary>
    /// The settlements and local features a report names outside its dateline and its speakers' names, one for each
    /// settlement, and apart from them the seas and rivers it names. When none of its claims is placed, the one settlement
    /// places them (else the one sea or river, when it names no settlement): a story of one place whose claims were read
    /// without it ("While this capture marks a notable advancement for Russian troops…" below a sentence on
    /// Kostiantynopolske that gave no claim; «попал под ракетный удар» in a report on Belgorod whose governor's title
    /// names only his oblast). A city of millions is passed over, as it mostly stands for its government, and so is a
    /// settlement outside the countries at war when the report names one inside them: a city abroad is where envoys
    /// and ministers speak of the war («представитель России в международных организациях в Вене» beside «удара по
    /// Сумам»), not where it happens.
    /// </summary>
    private static (List<FactPlace> Settlements, List<FactPlace> Wide) PlacesNamed(ClaimReport report, IEnumerable<Claim> claims)
    {
        if (report.Mentions.IsDefault)
        {
            return ([], []);
        }
        var speakers = claims.SelectMany(Speakers).Select(s => (Span?)s).Append(report.Dateline).OfType<Span>().ToList();
        var places = report.Mentions
            .Where(m => m.Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature } place && !IsMetropolis(place) && !speakers.Any(s => m.Span.Overlaps(s)))
            .Select(ToFactPlace).OfType<FactPlace>()
            .DistinctBy(p => p.Anchor)
            .ToLookup(p => p.Coarse);
        var settlements = places[false].ToList();
        var atWar = settlements.Where(p => WarCountries.Contains(p.CountryCode)).ToList();
        return (atWar.Count > 0 ? atWar : settlements, [.. places[true]]);
    }

    /// <summary>The countries whose ground the war is fought on and struck: Ukraine and Russia.</summary>
    private static readonly string[] WarCountries = ["UA", "RU"];

    /// <summary>
    /// A claim placed only by a sea or a river (it names no settlement: "the cascade of dams on the Dnipro river") in a
    /// report naming one settlement within the feature's reach, and no other there, is at that settlement: the story is
    /// of the place on the water (the Kakhovka dam), and the reports telling it by the town meet it there. Where the
    /// report names none, or several, the sea or river stays its coarse place.
    /// </summary>
    private static ClaimFacts OnTheFeature(ClaimFacts claim, List<FactPlace> settlements)
    {
        if (claim.Place is not { Coarse: true, ReachKm: > 0 } feature)
        {
            return claim;
        }
        var on = settlements.Where(s => GeoDistance.HaversineKm(feature.Lat, feature.Lon, s.Lat, s.Lon) <= feature.ReachKm).ToList();
        return on.Count == 1
            ? claim with { Place = on[0], Anchors = [.. claim.Anchors.Append(on[0].Anchor).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] }
            : claim;
    }

    /// <summary>
    /// The placed claim of a report whose placed claims are all at one settlement, or all at one oblast or raion: a story
    /// of one town («підрозділи вже вийшли з населеного пункту» beside Syrskyi's words on Avdiivka) or of one region
    /// ("we have under our control nearly 1,000 square kilometers of Russian territory" beside Syrskyi's "offensive
    /// operation on the territory of Kursk region") tells of it throughout. Not a sea or a river, whose reach holds many
    /// towns, nor a country. Only for what a claim asserts: a remark that the other side "did not report" a change there
    /// is no denial of that place's claim.
    /// </summary>
    private static ClaimFacts? OnlyPlace(List<ClaimFacts> placed) =>
        placed.Count > 0 && placed[0].Place is { } place && (!place.Coarse || place.IsRegion) && placed.All(p => p.Place!.Anchor == place.Anchor) ? placed[0] : null;

    /// <summary>
    /// The one settlement a report names, when it lies inside the oblast or raion an asserting claim is placed by: a
    /// story of one town whose claim names only its region, in a governor's title or as its setting («губернатор
    /// Белгородской области Вячеслав Гладков попал под ракетный обстрел» above «Инцидент произошёл … в Белгороде»), is
    /// told at the town's grain. A report naming two settlements (the Il-76 flying to Belgorod and down near Yablonovo)
    /// does not say which the region's claim is at.
    /// </summary>
    private static FactPlace? OnlySettlementIn(FactPlace region, List<FactPlace> settlements) =>
        settlements is [{ Coarse: false } only] && only.Parents.Contains(region.Id) ? only : null;

    public ClaimFacts Read(long claimId, Claim claim, ClaimReport report)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(report);
        var (origin, relays) = Provenance(claim.Chain, report);
        var (stance, denies) = StanceReader.Read(claim);
        var places = OfTheClaim(claim.Places, claim, report.Dateline);
        var regions = RegionsNamed(report);
        var place = PrimaryPlace(places, claim.Kind, regions) ?? (stance == Stance.Denies ? PrimaryPlace(OfTheClaim(report.Mentions, claim, report.Dateline), claim.Kind, regions) : null);
        var unresolvedName = place is null
            ? places.Where(m => m.Place is null).Select(m => NameKey.Fold(m.Text)).FirstOrDefault()
            : null;
        var facts = new ClaimFacts(
            claimId,
            $"{report.ContentHash}:{claim.Span.Start}",
            report.Id,
            report.ExternalId,
            report.Publisher,
            report.Language,
            Time(claim.Time, report.Published),
            report.Published,
            claim.Kind,
            ActingSide(claim, origin.Side),
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
            Stance = stance,
            Denies = denies,
            Family = stance == Stance.Denies ? KindFamily.Denial : KindFamilies.Of(claim.Kind),
            Partial = claim.Time?.Partial,
            Latest = claim.Time is { From: null, To: { } latest } ? latest : null,
            ReportSketch = report.Sketch,
            PlaceCarried = place is not null && PrimaryPlace([.. places.Where(m => m.CarriedBy is null)], claim.Kind, regions) is null,
            Anchors = [.. places.Where(m => !IsReferencePoint(m, places)).Select(m => ToFactPlace(m)?.Anchor).Append(place?.Anchor).OfType<string>()
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The side gaining by the claim (<see cref="Statements.ActingSide"/>: its actor's, else its origin's), but none for an
    /// advance whose words name no one of a side advancing ("Russian infantry had likely been infiltrating the area" read
    /// with no actor, «тривають просування на околицях»): each side's sources tell of the enemy's advances and
    /// infiltration as often as of their own, so the origin's side says nothing of who advanced. Such a claim joins the
    /// event its report, its origin or its words stand behind rather than its origin's side's hold on the place.
    /// </summary>
    private static Side ActingSide(Claim claim, Side originSide) =>
        claim.Kind == ClaimKind.Advance && claim.Actor?.Side is null or Side.Unknown ? Side.Unknown : Statements.ActingSide(claim, originSide);

    /// <summary>
    /// The claim's time as grouping compares it: the range its words, its dateline or its report give. An undated
    /// claim (null) is one whose words give no day and whose report has none: "earlier", or a weekday with no date to
    /// count from.
    /// </summary>
    private static FactTime? Time(ClaimTime? time, DateTimeOffset? published)
    {
        if (time is { From: { } from })
        {
            return new FactTime(from, time.To ?? from, time.Precision, time.Basis);
        }
        // Stored before claims kept their basis: no words and no day means the report's date, as it did then.
        return time is null && published is { } p
            ? new FactTime(DateOnly.FromDateTime(p.UtcDateTime), DateOnly.FromDateTime(p.UtcDateTime), TimePrecision.Day, TimeBasis.Published)
            : null;
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
        // A person's name the extractor read in the text and left unregistered is a namesake it told apart («Алексей
        // Кулеба», "Andrii Kovalenko, a press officer of the 24th Mechanized Brigade"): not the registry's person again.
        if (source.Span is not null && registry.Resolve(source.Name) is { } named && registry.IsPerson(named.Id))
        {
            return Unregistered(source.Name, source.Kind, source.Side);
        }
        return FromName(source.Name, source.Kind, source.Side);
    }

    private FactSource FromName(string name, SourceKind kind, Side side) =>
        registry.Resolve(name) is { } known ? Registered(known) : Unregistered(name, kind, side);

    private static FactSource Unregistered(string name, SourceKind kind, Side side) => new("name:" + NameKey.Fold(name), name, side, kind, false);

    private static FactSource Registered(Source source) => new(source.Id, source.Name, source.Side, source.Kind, true);

    /// <summary>
    /// The mentions that are places of the claim: not part of a speaker's name ("Назар Волошин" is a spokesman, not the
    /// village of Voloshyne), nor the dateline's city ("MOSCOW (Reuters) -" says where the story was filed), nor the
    /// quoted name of a grouping of forces (<see cref="IsUnitName"/>).
    /// </summary>
    private static ImmutableArray<PlaceMention> OfTheClaim(ImmutableArray<PlaceMention> mentions, Claim claim, Span? dateline)
    {
        var excluded = Speakers(claim).Select(s => (Span?)s).Append(dateline).OfType<Span>().ToList();
        return mentions.IsDefault ? []
            : [.. mentions.Where(m => !excluded.Any(s => m.Span.Overlaps(s)) && !IsUnitName(m, claim))];
    }

    /// <summary>Where a claim's origin and relays are named: a speaker's name is no place ("Назар Волошин").</summary>
    private static IEnumerable<Span> Speakers(Claim claim) => claim.Chain.Relays.Prepend(claim.Chain.Origin).Select(a => a.Span).OfType<Span>();

    /// <summary>
    /// A grouping of forces named after a place: «командующего группировкой ВСУ “Таврия”», «угруповання військ "Курськ"»,
    /// «группировка «Днепр»» name a unit, not where the claim happened (Tavriia is a village, Kursk and Dnipro cities).
    /// Place finding passes such names over since the place lexicon (<see cref="Places.PlaceLexicon"/>) holds their words;
    /// this check stays for claims stored before it, which a regrouping reads as they were stored.
    /// </summary>
    private static bool IsUnitName(PlaceMention mention, Claim claim) =>
        Places.PlaceLexicon.Default.NamesAGrouping(claim.Text, mention.Span.Start - claim.Span.Start);

    /// <summary>
    /// A place named to say where another is ("Kalynivka north of Chasiv Yar", "15 km south of Chasiv Yar"): a compass
    /// bearing from it while the claim names another place outright. "Near Kalynivka" and "the outskirts of Toretsk"
    /// say where the happening was.
    /// </summary>
    private static bool IsReferencePoint(PlaceMention mention, ImmutableArray<PlaceMention> mentions) =>
        mention.Relation is { BearingDegrees: not null } && mentions.Any(other => other.Relation is null && other.Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature });

    /// <summary>The oblasts and raions a report names: where its story is.</summary>
    private static HashSet<string> RegionsNamed(ClaimReport report) =>
        report.Mentions.IsDefault ? [] : [.. report.Mentions.Select(m => m.Place).OfType<Place>().Where(p => p.Kind == PlaceKind.AdminArea).Select(p => p.Id)];

    /// <summary>
    /// The settlement or local feature the claim is about: one inside an oblast or raion its report names before one
    /// outside them («освобождены населенные пункты Меловой, Подол и Суджа» in a story of the Kursk region is about
    /// Sudzha, not the Ukrainian village of Milove the word "Меловой" also names), one in Ukraine before one elsewhere
    /// (a speaker's name or a word can resolve to a village in Russia or to New York City), a place named outright
    /// before one named as a reference point ("Kalynivka north of Chasiv Yar" is about Kalynivka), then the resolver's
    /// most confident, then the first; a city of millions named beside another place only when nothing else is named.
    /// A sea or a river (<see cref="IsWide"/>) places the claim only when it names no settlement or local feature: "the
    /// Kakhovka dam on the Dnipro River" is at the dam, "the Neptune missiles guarding the Black Sea" in the sea.
    /// Without one, the oblast or raion the claim names («в Курской области»): countries are too coarse to tell events apart.
    /// </summary>
    private static FactPlace? PrimaryPlace(ImmutableArray<PlaceMention> mentions, ClaimKind kind, HashSet<string> regions) =>
        mentions
            .Select((mention, index) => (mention, index))
            .Where(m => m.mention.Place is { Kind: PlaceKind.Settlement or PlaceKind.Feature } place
                && !(IsMetropolis(place) && mentions.Any(other => other.Place is { } elsewhere && elsewhere.Kind != PlaceKind.Country && !IsMetropolis(elsewhere))))
            .OrderBy(m => IsWide(m.mention.Place!))
            .ThenByDescending(m => !m.mention.Place!.Parents.IsDefault && m.mention.Place.Parents.Any(regions.Contains))
            .ThenByDescending(m => m.mention.Place!.CountryCode == "UA")
            .ThenBy(m => m.mention.Relation is not null && mentions.Length > 1)
            .ThenByDescending(m => m.mention.Confidence)
            .ThenBy(m => m.index)
            .Select(m => ToFactPlace(m.mention))
            .FirstOrDefault()
        ?? mentions.Select(Region).OfType<FactPlace>().FirstOrDefault()
        ?? (KindFamilies.Of(kind) is KindFamily.Recruitment or KindFamily.Prisoners
            ? mentions.Where(m => m.Place is { Kind: PlaceKind.Country }).Select(m => FromPlace(m, m.Place!) with { Coarse = true }).FirstOrDefault()
            : null);

    /// <summary>
    /// A city of millions (Kyiv, Moscow): named beside another place, it is mostly the government speaking or acting
    /// ("Kyiv controlled around 1,000 sq km of Russia's Kursk region", "where Moscow has pushed"), not where it happened.
    /// </summary>
    private static bool IsMetropolis(Place place) => place.Kind == PlaceKind.Settlement && place.Population >= MetropolisPopulation;

    private const long MetropolisPopulation = 2_000_000;

    /// <summary>
    /// A feature no settlement holds that reaches further than a town (a sea, a river, a reservoir): a coarse place, like
    /// an oblast. An island or a bridge is a place of its own, a mine or a plant its town's.
    /// </summary>
    private static bool IsWide(Place place) => place.Kind == PlaceKind.Feature && place.AnchorId() == place.Id && place.RadiusKm > WideFeatureKm;

    /// <summary>How far a feature may reach and still be a place of its own: a town's extent (the widest bridge or canal filed under a town is 25 km).</summary>
    private const double WideFeatureKm = 25;

    private static FactPlace? ToFactPlace(PlaceMention mention) =>
        mention.Place is not { Kind: PlaceKind.Settlement or PlaceKind.Feature } place ? null
        : IsWide(place) ? FromPlace(mention, place) with { Coarse = true, ReachKm = place.RadiusKm!.Value }
        : FromPlace(mention, place);

    private static FactPlace? Region(PlaceMention mention) =>
        mention.Place is { Kind: PlaceKind.AdminArea } area ? FromPlace(mention, area) with { Coarse = true } : null;

    private static FactPlace FromPlace(PlaceMention mention, Place place)
    {
        var ukrainian = place.Names.IsDefault ? null : place.Names.FirstOrDefault(n => n.Language == "uk" && !n.IsFormer)?.Text;
        var parents = place.Parents.IsDefault ? [] : place.Parents;
        return new FactPlace(place.Id, place.Name, mention.EstimatedLat ?? place.Lat, mention.EstimatedLon ?? place.Lon, parents, ukrainian, place.CountryCode)
        {
            Anchor = place.AnchorId(),
        };
    }
}

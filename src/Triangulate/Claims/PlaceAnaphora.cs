using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// The places of a report's claims, with those a claim refers back to instead of naming: "Другие подразделения от той
/// же шахты прошли к центру" is about the mine named a sentence before, "бої в місті тривають" about the town the report
/// is about. A clause that names no settlement, feature or unresolved place, but holds such a reference, takes the place
/// it means, marked with the words that referred to it (<see cref="PlaceMention.CarriedBy"/>). The reference is read
/// back sentence by sentence: the nearest sentence that names places of its kind decides, and only when it names exactly
/// one (a mine for "той же шахты"; a town for "the town", a village for "the village"; any settlement or feature for
/// "там же", "in the same area"). The walk back never crosses into an earlier paragraph when the reference's own
/// paragraph names a place of its own, and never carries a place out of an oblast or region named on the way. A claim
/// that names no place and refers to none takes the places of the claim whose happening it goes on telling
/// (<see cref="CarryPlaces"/>), else, where the report is about one place, that place (<see cref="Setting"/>).
/// Otherwise the claim stays without a place: nothing is guessed.
/// </summary>
public sealed partial class PlaceAnaphora
{
    private readonly string _text;
    private readonly string _lowered;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly ImmutableArray<PlaceMention> _mentions;
    private readonly ImmutableArray<Span> _speakers;

    /// <summary>Whether the language marks a happening continued from an earlier sentence with a definite phrase (English's articles).</summary>
    private readonly bool _marksContinuation;

    /// <summary>The mentions a reference can point back to: not part of a speaker's name, and not countries, which locate nothing.</summary>
    private readonly ImmutableArray<PlaceMention> _antecedents;

    /// <summary>The gazetteer's places by id: the oblast that holds a town, or that a speaker speaks for, when the report names neither.</summary>
    private readonly Func<string, Place?> _placeById;

    /// <summary>The places speakers' titles name ("the governor of the westerly Ivano-Frankivsk region", «мер Кропивницького»), which are no places of the claims that name them.</summary>
    private readonly ImmutableArray<PlaceMention> _titled;

    /// <summary>The centre of an oblast, for «в обласному центрі», "the regional center": the gazetteer's most populous settlement it holds.</summary>
    private readonly Func<Place, Place?> _centreOf;

    /// <param name="text">The report's text.</param>
    /// <param name="lowered">The same text lower-cased.</param>
    /// <param name="sentences">The report's sentences, in order.</param>
    /// <param name="mentions">The report's place mentions.</param>
    /// <param name="speakers">Where the report names its speakers: a place in "советник главы ДНР" or "Назар Волошин" is no place of a claim.</param>
    /// <param name="language">The report's language: English marks a happening carried into a new sentence with a definite phrase.</param>
    /// <param name="placeById">The gazetteer's places by id, for the oblasts a bare word for one may mean though the report does not name them.</param>
    /// <param name="titled">The places named within <paramref name="speakers"/>: where a claim that is given no other place happened.</param>
    /// <param name="centreOf">The centre of an oblast (its most populous settlement, as the gazetteer holds them), for a word for the oblast's centre.</param>
    public PlaceAnaphora(string text, string lowered, ImmutableArray<Sentence> sentences, ImmutableArray<PlaceMention> mentions, ImmutableArray<Span> speakers, string language,
        Func<string, Place?> placeById, ImmutableArray<PlaceMention> titled, Func<Place, Place?> centreOf)
    {
        _titled = titled.IsDefault ? [] : titled;
        _placeById = placeById;
        _centreOf = centreOf;
        _marksContinuation = language == "en";
        _text = text;
        _lowered = lowered;
        _sentences = sentences;
        // A capital named for its state ("Kyiv's forces", «подконтрольной Киеву») is a mention of the city's name, but no
        // place of any claim nor one a claim can refer back to.
        // Nor is the place an English report says it was filed from ("KYIV:", "New Delhi:").
        var filedFrom = _marksContinuation ? FiledFrom(text) : new Span(0, 0);
        // Nor is the venue of talks or an agreement («обмін згідно з домовленостями у Стамбулі»).
        _mentions = mentions.IsDefault ? [] : [.. mentions.Where(mention => (mention.Place is not { } place || !CapitalsAsStates.StandsForState(text, mention.Span.Start, mention.Span.End, place))
            && !filedFrom.Contains(mention.Span) && !PlaceLexicon.Default.NamesAVenue(lowered, mention.Span.Start))];
        _speakers = speakers;
        _antecedents = [.. _mentions.Where(mention => !InSpeaker(mention.Span) && mention.Place?.Kind != PlaceKind.Country).OrderBy(mention => mention.Span.Start)];
    }

    /// <summary>
    /// The places of the claim whose words are <paramref name="clause"/>: those it names (with the oblast that holds them,
    /// when a word of the clause refers to it; and those the next sentence names where it speaks of "a new village"
    /// before naming it), else the one it refers back to; each with the town of a site among them (<see cref="WithTownsOfSites"/>).
    /// A claim that names no place at all and refers to none is given one by <see cref="CarryPlaces"/>, once the report's
    /// claims are all read.
    /// </summary>
    /// <param name="clause">The claim's words.</param>
    /// <param name="speakerAreas">The gazetteer ids of the areas the claim's speaker speaks for (a governor's oblast, as the registry lists it).</param>
    public ImmutableArray<PlaceMention> PlacesOf(Span clause, ImmutableArray<string> speakerAreas)
    {
        ImmutableArray<PlaceMention> named = [.. _mentions.Where(mention => clause.Contains(mention.Span))];
        named = named.AddRange(Foretold(clause, named));
        var reference = FindReference(clause);
        var located = named.Where(mention => !InSpeaker(mention.Span) && Locates(mention)).ToList();
        if (located.Count > 0)
        {
            // A word for the oblast beside a town of it («у житлові квартали населених пунктів області; … заводу у
            // Херсоні») adds the oblast: the claim is about both.
            return WithTownsOfSites(reference is { Value.Kind: ReferenceKind.Region } beside && Resolve(clause, beside, speakerAreas) is { Place: { } oblast } carriedBeside
                && !named.Any(mention => mention.Place?.Id == oblast.Id)
                && named.All(mention => mention.Place is not { Kind: PlaceKind.Settlement or PlaceKind.Feature } inside || Holds(oblast, inside))
                ? named.Add(carriedBeside)
                : named);
        }
        return WithTownsOfSites(reference is { } found && Resolve(clause, found, speakerAreas) is { } carried
            && !named.Any(mention => mention.Place is { } place && place.Id == carried.Place?.Id)
            ? named.Add(carried)
            : named);
    }

    /// <summary>
    /// The mentions with the town each site among them lies in, as the gazetteer files it: a claim about the Kakhovka dam,
    /// the Zaporizhzhia nuclear plant or the Avdiivka coke plant is about Nova Kakhovka, Enerhodar or Avdiivka too, as a
    /// town named beside the site would make it («залишили місто і засіли на Авдіївському коксохімічному комбінаті»). The
    /// town stands at the site's words, carried by them (or by the words that carried the site). A site in a speaker's
    /// name ("the director of the Zaporizhzhia nuclear plant") places nothing, and a sea or a reservoir lies in no town.
    /// </summary>
    private ImmutableArray<PlaceMention> WithTownsOfSites(IEnumerable<PlaceMention> mentions)
    {
        var places = mentions.ToList();
        foreach (var site in places.Where(mention => mention.Place is { Kind: PlaceKind.Feature } && !InSpeaker(mention.Span)).ToList())
        {
            if (site.Place!.AnchorId() is var anchor && anchor != site.Place.Id && _placeById(anchor) is { Kind: PlaceKind.Settlement } town
                && !places.Any(mention => mention.Place?.Id == town.Id))
            {
                places.Add(new PlaceMention(site.Span, site.Text, town, site.Confidence, PlacePrecision.Exact,
                    CarriedBy: site.CarriedBy ?? new PlaceAnaphor(site.Text, site.Span)));
            }
        }
        return [.. places];
    }

    /// <summary>
    /// The report's claims, each that names no place (a country aside) and refers to none given the places of a claim
    /// whose happening it goes on telling: the nearest claim within its reach (<see cref="Reaches"/>) whose statement it
    /// continues (<see cref="Statements.Continues"/>, before it, else after it: «Идет зачистка», — сказал он), else the
    /// claim just before it when that is within its reach ("…, killing at least 34 people"; «Противнику пришлось оставить
    /// позиции…»; "Ukraine rejected the claim"). A claim that still has no place may take the report's setting
    /// (<see cref="Setting"/>, <see cref="TakesSetting"/>). This is the one place a claim's place is carried from another claim:
    /// corroboration reads what is decided here.
    /// </summary>
    /// <param name="claims">The report's claims, in text order, with the places <see cref="PlacesOf"/> gave them.</param>
    /// <param name="eventWords">Each claim's event word, which carries a happening's place on when the clause names none.</param>
    public ImmutableArray<Claim> CarryPlaces(ImmutableArray<Claim> claims, IReadOnlyList<Span> eventWords)
    {
        ArgumentNullException.ThrowIfNull(eventWords);
        var carried = claims.ToBuilder();
        var setting = Setting(claims);
        for (var i = 0; i < carried.Count; i++)
        {
            var claim = carried[i];
            if (Placed(claim))
            {
                continue;
            }
            var anaphor = Anaphor(claim.Span, eventWords[i]);
            // A tally of a day, a week or a front's sector («За сутки ВСУ потеряли 340 военнослужащих», «потеряла на данном
            // направлении», «За минулу добу противник здійснив 77 обстрілів») counts over an area: it keeps the oblast or
            // raion of the claims around it or of the setting, not their settlement.
            var tally = PlaceLexicon.Default.TallyWords.FindFirst(_lowered, claim.Span) is not null;
            var places = (StatementHost(carried, i) is { } host
                ? Carried(host, anaphor, withCountries: KindFamilies.National(KindFamilies.Of(host.Kind)))
                : i > 0 && Reaches(carried[i - 1], claim.Span) ? Carried(carried[i - 1], anaphor, withCountries: false) : [])
                .Where(mention => !tally || IsArea(mention)).ToList();
            if (places.Count == 0 && _marksContinuation)
            {
                places = [.. TakenUp(claim.Span).Where(mention => !tally || IsArea(mention))];
            }
            if (places.Count == 0 && TakesSetting(claim, setting))
            {
                // Words that refer to a place ("there", «в населенном пункте») carry the setting rather than the event word.
                var words = FindReference(claim.Span) is { } reference ? new PlaceAnaphor(reference.Span.Slice(_text), reference.Span) : anaphor;
                places = [.. setting.Where(mention => !tally || IsArea(mention)).Select(mention => mention with { CarriedBy = words })];
            }
            if (places.Count == 0 && !tally && !_marksContinuation)
            {
                places = [.. TitledPlace(claim.Span)];
            }
            // A claim that only refers to an oblast keeps it once, whether or not the happening it continues names it too.
            carried[i] = claim with { Places = claim.Places.AddRange(WithTownsOfSites(places).Where(place => !claim.Places.Any(own => own.Place?.Id == place.Place?.Id))) };
        }
        return carried.ToImmutable();
    }

    /// <summary>
    /// The place a report is about, which its claims that name no place and continue no placed claim are about too
    /// (<see cref="TakesSetting"/> says which): the development split's annotators give «Погибли двое мужчин» the
    /// Belgorod of the report's first line and «Потери противника составили более 50 боевиков» the Konstantinopol the
    /// ministry says it took, in later paragraphs and after lines that are no claims, as Russian and Ukrainian leave a
    /// continued happening unmarked (English marks it by a definite phrase, which <see cref="Reaches"/> reads; its
    /// reports' claims in a new paragraph are as often about the war at large). The setting is the one settlement or feature the report's claims name,
    /// with the one oblast or raion they name or refer to when it lies there («Авдеевки Донецкой области»); naming
    /// none, that oblast or raion («в Курской области», «Нікопольський район»). Claims that name two places, or a name
    /// the gazetteer does not know beside a known one, leave the report without a setting: nothing is guessed.
    /// </summary>
    private ImmutableArray<PlaceMention> Setting(ImmutableArray<Claim> claims)
    {
        var named = claims.SelectMany(claim => claim.Places).Where(mention => !InSpeaker(mention.Span)).ToList();
        var areas = named.Where(IsArea).DistinctBy(mention => mention.Place!.Id).ToList();
        // A reference point ("south of Pokrovsk") locates somewhere else, a place carried in was named elsewhere, and one
        // that says where the settlement before it lies («Авдеевка под Донецком») is no second place of the report.
        var anchors = ByAnchor(named.Where(mention => mention.CarriedBy is null && mention.Relation?.BearingDegrees is null && !LocatesTheNameBefore(mention)));
        if (anchors.Count == 0)
        {
            // Claims that only refer to their place («у цьому районі», "the town") after a line that is no claim named it
            // («Що сталося біля Гуляйполя?») are about the place they refer to, and so is the report.
            anchors = ByAnchor(named.Where(mention => mention.CarriedBy is not null));
        }
        if (anchors.Count == 0)
        {
            return areas.Count == 1 ? [areas[0]] : [];
        }
        if (OneSettlement(anchors) is not { } place)
        {
            return [];
        }
        // An oblast, raion or hromada the claims name that does not hold the place takes the report beyond it («Гатив по
        // самому Нікополю, а також Марганецькій, Покровській … громадах», then «по Синельниківщині»).
        if (!areas.All(area => !place.Place!.Parents.IsDefault && place.Place.Parents.Contains(area.Place!.Id)))
        {
            return [];
        }
        var itself = place with { Precision = PlacePrecision.Exact, Relation = null, EstimatedLat = null, EstimatedLon = null, UncertaintyKm = null };
        return areas.Count == 1 ? [itself, areas[0]] : [itself];
    }

    /// <summary>
    /// The place its speaker's title names, for a Russian or Ukrainian claim given no other: an official speaks of the
    /// area he answers for, so «Семеро людей загинули … – мер Кропивницького» is about Kropyvnytskyi and «мэр Москвы Сергей
    /// Собянин сообщил, что … перехватили и уничтожили беспилотник» about Moscow. Only a title in the claim's own sentence,
    /// and only when it names one place (a country aside, and a capital standing for its state: «Минобороны Киева»).
    /// English reports name an official's place as often to say who he is while the claim is elsewhere ("the governor of
    /// Odesa said … the Moskva had been hit"; "Moscow's defence ministry said"), and claims continue their happening
    /// with a definite phrase (<see cref="Reaches"/>), so an English claim is not given its speaker's place.
    /// </summary>
    private IEnumerable<PlaceMention> TitledPlace(Span clause)
    {
        var sentence = _sentences[SentenceIndexOf(clause.Start)].Span;
        var named = _titled
            .Where(mention => sentence.Contains(mention.Span) && mention.Place is { Kind: not PlaceKind.Country } place
                && !CapitalsAsStates.StandsForState(_text, mention.Span.Start, mention.Span.End, place))
            .DistinctBy(mention => mention.Place!.Id)
            .ToList();
        return named.Count == 1 ? [named[0] with { CarriedBy = new PlaceAnaphor(named[0].Text, named[0].Span) }] : [];
    }

    /// <summary>
    /// The place of the happening or facility an English definite phrase takes up by its noun, in a claim that names no
    /// place and reaches no placed claim: "Local officials say the strike killed at least 18 people" two paragraphs after
    /// "a missile strike on the central Ukrainian city of Kryvyi Rih"; "the damage at the dam" after "the Kakhovka dam".
    /// The article says the thing was told of before, and the sentence that first told of it with a noun of the same family
    /// (an attack is also a strike or a raid) and a place says where: the one settlement or feature it names, else its one
    /// oblast or raion. A report introduces its happening before it takes it up, and later sentences that use the noun
    /// say more about it ("the canal … above the destroyed dam … to the Crimean peninsula"), so the first decides; one
    /// that uses the noun but names no place ("Leaders condemned the attack") is passed over; one that names two places
    /// decides nothing.
    /// </summary>
    private ImmutableArray<PlaceMention> TakenUp(Span clause)
    {
        if (TakenUpNouns.FindFirst(_lowered, clause) is not { } phrase)
        {
            return [];
        }
        var words = TextTokens.ToWordEnd(_text, phrase.Span);
        var at = SentenceIndexOf(clause.Start);
        for (var i = 0; i <= at; i++)
        {
            var unit = i == at ? new Span(_sentences[i].Span.Start, phrase.Span.Start) : _sentences[i].Span;
            if (unit.Length <= 0 || !NounsOfFamily.FindAll(_lowered, unit).Any(noun => noun.Value == phrase.Value))
            {
                continue;
            }
            var inUnit = _antecedents.Where(mention => unit.Contains(mention.Span)).ToList();
            var anchors = ByAnchor(inUnit.Where(mention => mention.Relation?.BearingDegrees is null));
            var areas = inUnit.Where(IsArea).DistinctBy(mention => mention.Place!.Id).ToList();
            if (anchors.Count == 0 && areas.Count == 0)
            {
                continue;
            }
            var meant = anchors.Count > 0 ? OneSettlement(anchors) : areas.Count == 1 ? areas[0] : null;
            return meant is null ? [] : [meant with { CarriedBy = new PlaceAnaphor(words.Slice(_text), words) }];
        }
        return [];
    }

    /// <summary>The mentions that locate (settlements, features, names not yet known) by the settlement each stands for: a feature stands for the one it lies in.</summary>
    private static List<IGrouping<string?, PlaceMention>> ByAnchor(IEnumerable<PlaceMention> mentions) =>
        [.. mentions.Where(Locates).GroupBy(mention => mention.Place?.AnchorId())];

    /// <summary>
    /// The one settlement mentions grouped by <see cref="ByAnchor"/> name, as named itself where it is, else as its first
    /// feature named; none when they name several, or a name the gazetteer does not know (which may be another).
    /// </summary>
    private static PlaceMention? OneSettlement(List<IGrouping<string?, PlaceMention>> anchors) =>
        anchors is [{ Key: { } anchor } only] ? only.FirstOrDefault(mention => mention.Place!.Id == anchor) ?? only.First() : null;

    /// <summary>
    /// Whether a place named with a word for nearness says where the settlement named just before it lies: «населенного
    /// пункта Авдеевка под Донецком», «в Каменке-Бузкой под Львовом», "Yablonovo near Belgorod" (only a comma or spaces
    /// between the name and the word), rather than being a place of its own.
    /// </summary>
    private bool LocatesTheNameBefore(PlaceMention mention) =>
        mention.Relation is { BearingDegrees: null } relation
        && _mentions.Any(before => before.Span.End <= relation.Span.Start && before.Place is { Kind: PlaceKind.Settlement }
            && _text.AsSpan(before.Span.End, relation.Span.Start - before.Span.End).Trim().TrimStart(',').IsEmpty);

    /// <summary>
    /// Whether a claim that names no place and continues no placed claim is about the report's setting: in Russian and
    /// Ukrainian always; in English when it is a denial, which is about the happening it denies ("Ukrainian military
    /// spokesperson Serhiy Cherevatyi told Reuters: “This is not true.”" in a report on Bakhmut's capture), or when it
    /// refers to a place of the setting's kind that the walk back did not find ("Fighting continues there", after a
    /// sentence naming the town beside another).
    /// </summary>
    private bool TakesSetting(Claim claim, ImmutableArray<PlaceMention> setting) =>
        !setting.IsEmpty && (!_marksContinuation || claim.Kind == ClaimKind.Denial
            || (FindReference(claim.Span) is { Value: { Kind: not (ReferenceKind.Region or ReferenceKind.Feature) } reference }
                && setting[0].Place is { } place && Relates(reference, place)));

    /// <summary>
    /// Whether a claim that names no place may be telling on the happening of another claim: one in its sentence
    /// always; one in another sentence of its paragraph (a new paragraph may turn to another place, or to the war at
    /// large) when the language leaves a continued happening unmarked, as Russian and Ukrainian do, having no articles
    /// and dropping subjects, or when it marks it, as English does, by a definite phrase ("the attack", "the city", "the
    /// claim"): an English sentence without one ("Five houses were damaged") is not taken to continue another.
    /// </summary>
    private bool Reaches(Claim other, Span clause)
    {
        var (from, to) = (SentenceIndexOf(other.Span.End - 1), SentenceIndexOf(clause.Start));
        return from >= 0 && _sentences[from].Paragraph == _sentences[to].Paragraph
            && (from == to || !_marksContinuation || DefiniteBackReferences.FindFirst(_lowered, clause) is not null);
    }

    /// <summary>
    /// Whether a claim has a place of its own: one that locates it, or a name not yet known, which may; or, for prisoners
    /// and mobilisation, happenings of a whole country, the country it names («частичная мобилизация в России»). An
    /// oblast it only refers to ("in the region", «в регионе») leaves it open to the places of the happening it goes on
    /// telling, which lie in that oblast or refine it.
    /// </summary>
    private static bool Placed(Claim claim) =>
        claim.Places.Any(mention => mention.Place?.Kind != PlaceKind.Country && !(mention.CarriedBy is not null && mention.Place?.Kind == PlaceKind.AdminArea))
        || (KindFamilies.National(KindFamilies.Of(claim.Kind)) && !claim.Places.IsEmpty);

    /// <summary>The nearest claim with a place within the reach of the claim at <paramref name="at"/>, before it and else after it, whose statement it continues.</summary>
    private Claim? StatementHost(ImmutableArray<Claim>.Builder claims, int at)
    {
        bool Hosts(Claim candidate) => candidate.Places.Any(mention => mention.Place is not null) && Placed(candidate)
            && Reaches(candidate, claims[at].Span) && Statements.Continues(claims[at], candidate);
        var nearestFirst = Enumerable.Range(0, at).Reverse().Concat(Enumerable.Range(at + 1, claims.Count - at - 1));
        return nearestFirst.Select(i => claims[i]).FirstOrDefault(Hosts);
    }

    /// <summary>The words that carry a place into a clause naming none: its definite phrase ("the attack"), else its event word.</summary>
    private PlaceAnaphor Anaphor(Span clause, Span eventWords)
    {
        var words = DefiniteBackReferences.FindFirst(_lowered, clause) is { } found ? TextTokens.ToWordEnd(_text, found.Span) : eventWords;
        return new PlaceAnaphor(words.Slice(_text), words);
    }

    /// <summary>
    /// The places of another claim, as carried by <paramref name="anaphor"/>: countries stay behind, as they locate
    /// nothing, unless they place what the claims tell (<paramref name="withCountries"/>: a mobilisation's country).
    /// </summary>
    private IEnumerable<PlaceMention> Carried(Claim from, PlaceAnaphor anaphor, bool withCountries) =>
        from.Places
            .Where(mention => mention.Place is { } place && (withCountries || place.Kind != PlaceKind.Country) && !InSpeaker(mention.Span))
            .Select(mention => mention with { CarriedBy = anaphor });

    /// <summary>
    /// The dateline an English report opens with, naming where it was filed: a place in capitals before a colon or a
    /// dash ("KYIV:", "MOSCOW -", "BRUSSELS —", "VOVCHANSK, KHARKIV OBLAST –"), or a name of up to three words before a
    /// colon that opens a whole sentence ("New Delhi: Ukraine claimed on Thursday that …."), which a headline's topic
    /// ("Ukraine: Fighting goes on") is not. The protocol gives a dateline's city to no claim; a wire's dateline with
    /// its credit is read with the report's voices (<see cref="Speech.ReportVoices"/>). An empty span when there is none.
    /// </summary>
    private static Span FiledFrom(string text)
    {
        var match = DatelineShape().Match(text);
        if (!match.Success)
        {
            return new Span(0, 0);
        }
        var where = match.Groups["where"].Value;
        var lineEnd = text.IndexOf('\n', match.Index);
        var line = text.AsSpan(match.Index, (lineEnd < 0 ? text.Length : lineEnd) - match.Index).TrimEnd();
        var capitals = !where.Any(char.IsLower);
        var sentence = match.Groups["separator"].Value == ":" && where.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && line.Length > 0 && line[^1] is '.' or '!' or '"' or '”';
        return capitals || sentence ? new Span(match.Groups["where"].Index, match.Groups["where"].Index + match.Groups["where"].Length) : new Span(0, 0);
    }

    [GeneratedRegex(@"\A\s*(?<where>\p{Lu}[\p{L}'’.\- ]{0,40}?(?:,\s*\p{Lu}[\p{L}'’.\- ]{0,30}?)?)\s*(?<separator>:|\s[-—–])\s", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DatelineShape();

    private int SentenceIndexOf(int offset) => LastIndex(_sentences, sentence => sentence.Span.Start <= offset);

    /// <summary>
    /// The place a reference means: the one it refers back to, or for a word for an oblast's centre («в обласному центрі»,
    /// «в областном центре», "the regional center") the centre of the oblast it refers back to, standing at the words.
    /// </summary>
    private PlaceMention? Resolve(Span clause, CueMatch<Reference> reference, ImmutableArray<string> speakerAreas)
    {
        var meant = Antecedent(clause, reference, speakerAreas);
        if (reference.Value.Kind != ReferenceKind.RegionalCentre)
        {
            return meant;
        }
        return meant is { Place: { } area, CarriedBy: { } words } && _centreOf(area) is { } centre
            ? new PlaceMention(reference.Span, words.Words, centre, meant.Confidence, PlacePrecision.Exact, CarriedBy: words)
            : null;
    }

    private PlaceMention? Antecedent(Span clause, CueMatch<Reference> reference, ImmutableArray<string> speakerAreas)
    {
        // An oblast or region named on the way back must hold the place: "the city" after a sentence about Belgorod
        // region is not the Ukrainian town named before it. A sentence that names several (a border between two: "towards
        // another sector of the DPR's border with the Dnepropetrovsk Region") keeps the walk in any one of them.
        var areas = new List<List<Place>>();
        AddAreasNamed(areas, _antecedents.Where(mention => clause.Contains(mention.Span)));
        var namedInParagraph = false;
        var at = LastIndex(_sentences, sentence => sentence.Span.Start <= reference.Span.Start);
        for (var i = at; i >= 0; i--)
        {
            var sentence = _sentences[i];
            // A paragraph that names places of its own has a subject of its own; but an oblast stays the report's
            // setting across paragraphs that name its towns («У Херсонській області…» … «населених пунктів області»).
            if (i < at && sentence.Paragraph != _sentences[i + 1].Paragraph && namedInParagraph && !reference.Value.MeansOblast)
            {
                return null;
            }
            var unit = i == at ? new Span(sentence.Span.Start, reference.Span.Start) : sentence.Span;
            // The capital a speaker's title names is the one he speaks of («мэр Москвы Сергей Собянин … летевший на столицу»).
            var inUnit = (reference.Value.Kind == ReferenceKind.Capital ? _mentions.Where(mention => mention.Place?.Kind != PlaceKind.Country).OrderBy(mention => mention.Span.Start).AsEnumerable() : _antecedents)
                .Where(mention => unit.Contains(mention.Span)).ToList();
            var candidates = inUnit.Where(mention => mention.Place is null || Relates(reference.Value, mention.Place)).ToList();
            if (candidates.Count > 0)
            {
                return Decide(reference, candidates, areas);
            }
            // "There", "in this area" after a sentence that names one oblast or raion and no town or village mean that
            // area ("Fighting is raging in the part of the Kursk region that Ukraine seized. The Kremlin is pressing an
            // offensive to take back its land there"), not a town named further back.
            if (reference.Value.Kind == ReferenceKind.Area && inUnit.Where(IsArea).DistinctBy(mention => mention.Place!.Id).ToList() is [var area]
                && areas.All(group => group.Any(named => named.Id == area.Place!.Id)))
            {
                return area with { CarriedBy = new PlaceAnaphor(reference.Span.Slice(_text), reference.Span) };
            }
            AddAreasNamed(areas, inUnit);
            namedInParagraph |= inUnit.Any(Locates);
        }
        return reference.Value.MeansOblast ? UnnamedOblast(reference, speakerAreas) : null;
    }

    /// <summary>Adds the oblasts and raions among <paramref name="mentions"/> as one group, any of which may hold the place a reference means; none when they name none.</summary>
    private static void AddAreasNamed(List<List<Place>> areas, IEnumerable<PlaceMention> mentions)
    {
        var named = mentions.Where(IsArea).Select(mention => mention.Place!).ToList();
        if (named.Count > 0)
        {
            areas.Add(named);
        }
    }

    /// <summary>
    /// The oblast a bare word for one means in a report that names no oblast before it: the one oblast the claim's
    /// speaker speaks for, as the registry lists it («житлових кварталах населених пунктів області» in the bulletin of
    /// the head of the Kherson administration, "over his region" from the Dnipropetrovsk governor), else the oblast that
    /// holds the settlement the sentence names before the word («Харків та дев’ять населених пунктів області»; "the
    /// governor of Kursk … across the region"). The oblast, named nowhere, stands at the words that refer to it.
    /// </summary>
    private PlaceMention? UnnamedOblast(CueMatch<Reference> reference, ImmutableArray<string> speakerAreas)
    {
        var spokenFor = speakerAreas.Select(_placeById).OfType<Place>().Where(area => area is { Kind: PlaceKind.AdminArea, Subtype: "oblast" }).DistinctBy(area => area.Id).ToList();
        var sentence = _sentences[SentenceIndexOf(reference.Span.Start)].Span;
        var oblast = spokenFor.Count == 1
            ? spokenFor[0]
            : _antecedents.LastOrDefault(mention => sentence.Contains(mention.Span) && mention.Span.End <= reference.Span.Start
                && mention.Place is { Kind: PlaceKind.Settlement }) is { Place: { } town }
                ? OblastOf(town)
                : null;
        if (oblast is null)
        {
            return null;
        }
        var words = new PlaceAnaphor(reference.Span.Slice(_text), reference.Span);
        return new PlaceMention(reference.Span, words.Words, oblast, Confidence: 1.0, PlacePrecision.Region, CarriedBy: words);
    }

    /// <summary>The oblast among a settlement's parents («Харків» → Kharkiv Oblast; Kursk → Kursk Oblast), if the gazetteer files it under one.</summary>
    private Place? OblastOf(Place settlement) =>
        settlement.Parents.IsDefault ? null
            : settlement.Parents.Select(_placeById).FirstOrDefault(parent => parent is { Kind: PlaceKind.AdminArea, Subtype: "oblast" });

    private static bool Holds(Place area, Place place) => !place.Parents.IsDefault && place.Parents.Contains(area.Id);

    /// <summary>
    /// The place meant, from the nearest sentence that names places of the reference's kind: the one place it names
    /// outright or as near, or none when it names several, or a name the gazetteer does not know (which may be the one
    /// meant), or only reference points: in "the town, which lies about 17 km south of Pokrovsk", the sentence is about a
    /// town it does not name, so a later "in the area" is not Pokrovsk.
    /// </summary>
    private PlaceMention? Decide(CueMatch<Reference> reference, List<PlaceMention> candidates, List<List<Place>> areas)
    {
        if (candidates.Any(mention => mention.Place is null))
        {
            return null;
        }
        // "Near", "on the outskirts of" a place put the claim at it; "south of" it, elsewhere.
        var inPlay = candidates.Where(mention => mention.Relation?.BearingDegrees is null).ToList();
        var kind = reference.Value.Kind;
        var meant = inPlay.Select(mention => kind == ReferenceKind.Feature ? mention.Place!.Id : mention.Place!.AnchorId()).Distinct(StringComparer.Ordinal).ToList();
        if (meant.Count != 1)
        {
            return null;
        }
        // "The town" after "шахты «Северная»" is the town the mine lies in, as the report last named it.
        var antecedent = kind is ReferenceKind.Town or ReferenceKind.Village or ReferenceKind.Settlement
            ? _antecedents
                .Where(mention => mention.Span.End <= reference.Span.Start && mention.Place is { Kind: PlaceKind.Settlement } place
                    && place.Id == meant[0] && Relates(reference.Value, place))
                .OrderBy(mention => mention.Relation?.BearingDegrees is not null)
                .ThenByDescending(mention => mention.Span.Start)
                .FirstOrDefault()
            : inPlay[^1];
        if (antecedent?.Place is not { } found
            || !areas.All(group => group.Any(area => area.Id == found.Id || Holds(area, found))))
        {
            return null;
        }
        // "The town", "the mine" mean the place itself; "there", "in the same area" also where around it.
        var itself = kind is ReferenceKind.Area or ReferenceKind.Region
            ? antecedent
            : antecedent with { Precision = PlacePrecision.Exact, Relation = null, EstimatedLat = null, EstimatedLon = null, UncertaintyKm = null };
        return itself with { CarriedBy = new PlaceAnaphor(reference.Span.Slice(_text), reference.Span) };
    }

    /// <summary>
    /// The settlements a claim speaks of before naming them: a lede's "captured a new village in eastern Ukraine", «ещё
    /// два населенных пункта», whose names the next sentence that names settlements of that kind gives ("have liberated
    /// the village of Kalynove"), within the claim's paragraph or the next. Not where the words describe the name before
    /// them ("Kostiantynopolske, a village in the Donetsk region"), nor the reference points of the sentence that names
    /// them ("near the town of Kurakhove", "25 kilometres southeast of Pokrovsk"). The places stand where they are named,
    /// marked with the words that foretold them.
    /// </summary>
    private IEnumerable<PlaceMention> Foretold(Span clause, ImmutableArray<PlaceMention> named)
    {
        if (ForwardReferences.FindFirst(_lowered, clause) is not { } found
            || named.Any(mention => mention.Span.End <= found.Span.Start && _text.AsSpan(mention.Span.End, found.Span.Start - mention.Span.End).Trim() is ","))
        {
            return [];
        }
        var areas = named.Where(IsArea).Select(mention => mention.Place!).ToList();
        var words = TextTokens.ToWordEnd(_text, found.Span);
        var at = SentenceIndexOf(clause.End - 1);
        for (var i = at + 1; i < _sentences.Length && _sentences[i].Paragraph <= _sentences[at].Paragraph + 1; i++)
        {
            var inSentence = _antecedents.Where(mention => _sentences[i].Span.Contains(mention.Span)).ToList();
            var meant = inSentence
                .Where(mention => mention.Relation is null && mention.Place is { Kind: PlaceKind.Settlement } place && Foretells(found.Value.Reference, place))
                .DistinctBy(mention => mention.Place!.Id)
                .ToList();
            if (meant.Count == 0 && !inSentence.Any(mention => mention.Place is null))
            {
                continue;
            }
            // As many as the words count, inside the areas the clause names ("another settlement in the Kursk region" is
            // no Ukrainian namesake of the village meant); a name the gazetteer does not know may be the one meant.
            return inSentence.Any(mention => mention.Place is null) || (found.Value.Count > 0 ? meant.Count != found.Value.Count : meant.Count < 2)
                || !meant.All(mention => areas.All(area => Holds(area, mention.Place!)))
                ? []
                : meant.Select(mention => mention with { CarriedBy = new PlaceAnaphor(words.Slice(_text), words) });
        }
        return [];
    }

    /// <summary>The first back-reference in the clause outside a speaker's name that refers rather than names ("город Угледар" names).</summary>
    private CueMatch<Reference>? FindReference(Span clause)
    {
        foreach (var found in References.FindAll(_lowered, clause))
        {
            // A stem ("той же шахт") stands for its whole word ("той же шахты").
            var words = TextTokens.ToWordEnd(_text, found.Span);
            if (!InSpeaker(words) && !IsNaming(words) && !(found.Cue == "there" && IsExistential(words))
                && !(found.Value.Kind == ReferenceKind.Region && AfterAdjective(words)))
            {
                return found with { Span = words };
            }
        }
        return _marksContinuation ? DescribedSettlementReference(clause) : null;
    }

    /// <summary>
    /// An English definite phrase for a town or village with words describing it between the article and the noun ("the
    /// heavily battered city", "the northeastern city", "the embattled town"), which refers back as "the city" does; not
    /// one that picks out another ("the nearest village", "the next town") nor one that a name follows ("the eastern
    /// city of Sumy").
    /// </summary>
    private CueMatch<Reference>? DescribedSettlementReference(Span clause)
    {
        for (var match = DescribedSettlement().Match(_lowered, clause.Start, clause.Length); match.Success; match = match.NextMatch())
        {
            var words = new Span(match.Index, match.Index + match.Length);
            if (!InSpeaker(words) && !IsNaming(words))
            {
                var reference = match.Groups["noun"].Value == "village" ? Reference.Village : Reference.Town;
                return new CueMatch<Reference>(reference, words, match.Value);
            }
        }
        return null;
    }

    [GeneratedRegex(@"\bthe (?:(?!(?:same|nearest|next|neighbouring|neighboring|other|first|last|only|whole|entire|capital|regional)\b)[a-z][a-z’'-]* ){1,2}(?<noun>city|town|village)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DescribedSettlement();

    /// <summary>
    /// Whether a name follows the words: "город Угледар", "шахты «Северная»", "the town of Selydove"; not an English day
    /// or month, which is capitalised but tells when ("entered the town Tuesday").
    /// </summary>
    private bool IsNaming(Span words)
    {
        var next = NextWord(words.End);
        if (next.Length > 0 && (char.IsUpper(_text[next.Start]) || _text[next.Start] is '«' or '"' or '“' or '„'))
        {
            return !DaysAndMonths.Contains(next.Slice(_lowered));
        }
        return next.Slice(_lowered) == "of" && NextWord(next.End) is { Length: > 0 } named && char.IsUpper(_text[named.Start]);
    }

    /// <summary>
    /// Whether a word for an oblast follows an adjective that names it («Херсонській області», «курской области»,
    /// «той же области» aside): a relative adjective in -ськ-, -цьк-, -ск-, -цк-, capitalised or not.
    /// </summary>
    private bool AfterAdjective(Span words)
    {
        var end = words.Start;
        while (end > 0 && _lowered[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && char.IsLetter(_lowered[start - 1]))
        {
            start--;
        }
        var previous = _lowered.AsSpan(start, end - start);
        return previous.Length > 4 && (previous[..^1].Contains("ськ", StringComparison.Ordinal) || previous[..^1].Contains("цьк", StringComparison.Ordinal)
            || previous[..^1].Contains("ск", StringComparison.Ordinal) || previous[..^1].Contains("цк", StringComparison.Ordinal));
    }

    /// <summary>"There is no truth…", "there were no changes": "there" that introduces something rather than pointing to a place.</summary>
    private bool IsExistential(Span there) =>
        ExistentialVerbs.Contains(NextWord(there.End).Slice(_lowered)) || _lowered.AsSpan(there.End).StartsWith("'s", StringComparison.Ordinal)
        || _lowered.AsSpan(there.End).StartsWith("’s", StringComparison.Ordinal);

    private Span NextWord(int from)
    {
        var start = from;
        while (start < _text.Length && _text[start] == ' ')
        {
            start++;
        }
        var end = start;
        if (end < _text.Length && !char.IsLetter(_text[end]))
        {
            return new Span(start, end + 1);
        }
        while (end < _text.Length && char.IsLetter(_text[end]))
        {
            end++;
        }
        return new Span(start, end);
    }

    private bool InSpeaker(Span span) => _speakers.Any(speaker => speaker.Overlaps(span));

    /// <summary>Whether a place is a feature filed under a settlement (a mine, a district, a plant), standing for it.</summary>
    private static bool InASettlement(Place place) => place.Kind == PlaceKind.Feature && place.AnchorId() != place.Id;

    /// <summary>Whether a mention puts a claim somewhere a map can show: a settlement, a feature, or a name not yet known, which may be one.</summary>
    private static bool Locates(PlaceMention mention) => mention.Place is not { Kind: PlaceKind.Country or PlaceKind.AdminArea };

    private static bool IsArea(PlaceMention mention) => mention.Place is { Kind: PlaceKind.AdminArea };

    /// <summary>
    /// Whether a place is of the kind a reference points to. OpenStreetMap calls Ukraine's cities and urban-type
    /// settlements towns: "the town", "город" and "місто" mean a city or town, "the village", "поселок" and "селище" a
    /// village, hamlet or town, never a city. A feature stands for the settlement it lies in; one no settlement holds (a
    /// river, a sea, an island) is never "the city" ("on the west bank of the Dnieper" before "over the city").
    /// </summary>
    private static bool Relates(Reference reference, Place place) => reference.Kind switch
    {
        ReferenceKind.Town => InASettlement(place) || (place.Kind == PlaceKind.Settlement && place.Subtype is null or "" or "city" or "town"),
        ReferenceKind.Village => InASettlement(place) || (place.Kind == PlaceKind.Settlement && place.Subtype is null or "" or "town" or "village" or "hamlet"),
        ReferenceKind.Settlement => place.Kind == PlaceKind.Settlement || InASettlement(place),
        ReferenceKind.Feature => place.Kind == PlaceKind.Feature && place.Subtype == reference.FeatureSubtype,
        ReferenceKind.Region or ReferenceKind.RegionalCentre => place is { Kind: PlaceKind.AdminArea, Subtype: "oblast" },
        ReferenceKind.Capital => CapitalsAsStates.IsCapital(place),
        _ => place.Kind is PlaceKind.Settlement or PlaceKind.Feature,
    };

    private static int LastIndex(ImmutableArray<Sentence> sentences, Func<Sentence, bool> match)
    {
        for (var i = sentences.Length - 1; i >= 0; i--)
        {
            if (match(sentences[i]))
            {
                return i;
            }
        }
        return -1;
    }

    private static readonly FrozenSet<string> DaysAndMonths = FrozenSet.ToFrozenSet(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ExistentialVerbs = FrozenSet.ToFrozenSet(
    [
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "can", "may", "might", "must", "should",
        "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
    ], StringComparer.Ordinal);

    /// <summary>"The same …" in Russian, Ukrainian and English, in the forms that go with the nouns below.</summary>
    private static readonly string[] Same =
    [
        "тот же", "того же", "тому же", "том же", "тем же", "та же", "той же", "ту же", "тою же",
        "той самий", "того ж", "того самого", "тому ж", "тому самому", "тим же", "тим самим", "та ж", "та сама", "тієї ж",
        "тієї самої", "тій же", "тій ж", "тій самій", "ту ж", "ту саму", "тією ж", "тією самою", "цьому ж", "цього ж", "цієї ж", "цій же", "цій ж",
        "the same",
    ];

    /// <summary>"This …": only with an area ("в этом районе", "у цьому районі", "in this area").</summary>
    private static readonly string[] This = ["этом", "этого", "этому", "этот", "цьому", "цього", "цей", "this"];

    private static readonly (string Noun, Reference Reference)[] SameNouns =
    [
        ("шахт", Reference.Feature("mine")), ("mine=", Reference.Feature("mine")),
        ("террикон", Reference.Feature("spoil-heap")), ("терикон", Reference.Feature("spoil-heap")), ("spoil heap", Reference.Feature("spoil-heap")),
        ("аэродром", Reference.Feature("airbase")), ("аеродром", Reference.Feature("airbase")), ("airfield", Reference.Feature("airbase")),
        ("air base", Reference.Feature("airbase")), ("airbase", Reference.Feature("airbase")),
        ("town=", Reference.Town), ("city=", Reference.Town), ("village=", Reference.Village),
        ("район", Reference.Area), ("area=", Reference.Area),
    ];

    /// <summary>
    /// Back-references. Russian and Ukrainian nouns are listed in the case forms of one town or village, whole words. A
    /// bare word for the sea or its waters («в морі», «в акваторії», "at sea") is the sea the report named before, as a
    /// navy spokesman's account of the Black Sea goes on.
    /// </summary>
    private static readonly CueLexicon<Reference> References = new(
        Same.SelectMany(same => SameNouns.Select(noun => ($"{same} {noun.Noun}", noun.Reference)))
            .Concat(This.SelectMany(near => new[] { ($"{near} район", Reference.Area), ($"{near} area=", Reference.Area) }))
            .Concat(Words(Reference.Area, "там же", "там само", "there", "the area"))
            .Concat(Words(Reference.Town,
                "город", "города", "городу", "городом", "городе",
                "місто", "міста", "місту", "містом", "місті",
                "the town", "the city"))
            .Concat(Words(Reference.Village,
                "село", "села", "селу", "селом", "селе", "селі",
                "поселок", "поселка", "поселку", "поселком", "поселке", "посёлок", "посёлка", "посёлку", "посёлком", "посёлке",
                "селище", "селища", "селищу", "селищем", "селищі",
                "the village", "the settlement"))
            .Concat(Words(Reference.Settlement,
                "населенный пункт", "населенного пункта", "населенному пункту", "населенным пунктом", "населенном пункте",
                "населённый пункт", "населённого пункта", "населённому пункту", "населённым пунктом", "населённом пункте",
                "населений пункт", "населеного пункту", "населеному пункту", "населеним пунктом", "населеному пункті"))
            .Concat(Words(Reference.Feature("sea"), "в морі", "у морі", "в море", "в акваторії", "у акваторії", "в акватории", "at sea"))
            .Concat(Words(Reference.RegionalCentre,
                "обласний центр", "обласного центру", "обласному центру", "обласним центром", "обласному центрі",
                "областной центр", "областного центра", "областному центру", "областным центром", "областном центре",
                "the regional center", "the regional centre"))
            .Concat(Words(Reference.Capital,
                "столица", "столицы", "столице", "столицу", "столицей", "столиця", "столиці", "столицю", "столицею", "the capital"))
            .Concat(Words(Reference.Region,
                "область", "области", "областью", "регион", "региона", "региону", "регионе", "регионом",
                "області", "областю", "регіон", "регіону", "регіоні", "регіоном",
                "the region", "his region", "her region", "the oblast")));

    /// <summary>
    /// Indefinite words for settlements that the report names after them: "a new village", "another settlement", "two
    /// more villages", «ещё один населённый пункт», «ще два населені пункти».
    /// </summary>
    private static readonly CueLexicon<Foretelling> ForwardReferences = new(
        new[] { ("a", 1), ("a new", 1), ("a small", 1), ("another", 1), ("one more", 1), ("two more", 2), ("three more", 3), ("several", 0) }
            .SelectMany(determiner => new[]
            {
                ($"{determiner.Item1} village=", new Foretelling(Reference.Village, determiner.Item2)),
                ($"{determiner.Item1} villages=", new Foretelling(Reference.Village, determiner.Item2)),
                ($"{determiner.Item1} settlement=", new Foretelling(Reference.Settlement, determiner.Item2)),
                ($"{determiner.Item1} settlements=", new Foretelling(Reference.Settlement, determiner.Item2)),
            })
            .Concat(new[] { "еще", "ещё" }.SelectMany(more => new[]
            {
                ($"{more} один населенный пункт=", new Foretelling(Reference.Settlement, 1)), ($"{more} один населённый пункт=", new Foretelling(Reference.Settlement, 1)),
                ($"{more} два населенных пункта=", new Foretelling(Reference.Settlement, 2)), ($"{more} два населённых пункта=", new Foretelling(Reference.Settlement, 2)),
                ($"{more} три населенных пункта=", new Foretelling(Reference.Settlement, 3)), ($"{more} три населённых пункта=", new Foretelling(Reference.Settlement, 3)),
                ($"{more} одно село=", new Foretelling(Reference.Village, 1)), ($"{more} два села=", new Foretelling(Reference.Village, 2)),
                ($"{more} три села=", new Foretelling(Reference.Village, 3)),
            }))
            .Concat(
            [
                ("ще один населений пункт=", new Foretelling(Reference.Settlement, 1)), ("ще два населені пункти=", new Foretelling(Reference.Settlement, 2)),
                ("ще три населені пункти=", new Foretelling(Reference.Settlement, 3)), ("ще одне село=", new Foretelling(Reference.Village, 1)),
                ("ще два села=", new Foretelling(Reference.Village, 2)), ("ще три села=", new Foretelling(Reference.Village, 3)),
            ]));

    /// <summary>
    /// Whether a settlement is of the kind the words that foretell it name: "a village", «одно село» a village or hamlet
    /// (not the town a sentence also names: "the village of Maksymilyanivka, near the town of Kurakhove"), "a settlement",
    /// «населённый пункт» any.
    /// </summary>
    private static bool Foretells(Reference reference, Place place) =>
        reference.Kind != ReferenceKind.Village || place.Subtype is null or "" or "village" or "hamlet";

    /// <summary>Settlements spoken of before they are named: their kind, and how many the words count (0 for "several").</summary>
    private readonly record struct Foretelling(Reference Reference, int Count);

    /// <summary>English definite phrases that take up a happening, a place or a claim told before: "the attack", "this town", "that claim".</summary>
    private static readonly CueLexicon<bool> DefiniteBackReferences = new(
        new[] { "the", "this", "that", "these", "those" }.SelectMany(determiner => new[]
        {
            "attack", "attacks", "strike", "strikes", "assault", "assaults", "blast", "explosion", "explosions", "crash", "shelling",
            "bombardment", "fighting", "battle", "battles", "offensive", "raid", "incident", "operation", "withdrawal", "capture",
            "claim", "claims", "report", "reports", "statement", "allegation", "allegations", "accusation", "accusations",
            "city", "town", "village", "settlement", "area", "region", "territory", "site", "plant", "base", "airfield", "building",
            "whole city", "whole town", "whole village", "entire city", "entire town",
        }.Select(noun => ($"{determiner} {noun}=", true))));

    /// <summary>
    /// Nouns for a happening or a facility, by family: a phrase with one takes up what an earlier sentence told of with a
    /// noun of its family (<see cref="TakenUp"/>). An attack, a strike, a raid and a shelling are told of by one another's
    /// names; an explosion by a blast; a facility by its own noun.
    /// </summary>
    private static readonly (string Family, string[] Nouns)[] NounFamilies =
    [
        ("attack", ["attack", "attacks", "strike", "strikes", "raid", "raids", "assault", "shelling", "bombardment"]),
        ("explosion", ["explosion", "explosions", "blast", "blasts"]),
        ("crash", ["crash"]),
        ("fire", ["fire", "blaze"]),
        ("dam", ["dam"]),
        ("plant", ["plant", "power plant", "power station"]),
        ("refinery", ["refinery", "oil refinery"]),
        ("port", ["port", "seaport"]),
        ("airfield", ["airfield", "airbase", "air base", "airport"]),
        ("depot", ["depot", "oil depot", "fuel depot"]),
        ("bridge", ["bridge"]),
    ];

    /// <summary>The nouns of <see cref="NounFamilies"/>, whole words, each standing for its family.</summary>
    private static readonly CueLexicon<string> NounsOfFamily = new(NounFamilies.SelectMany(family => family.Nouns.Select(noun => ($"{noun}=", family.Family))));

    /// <summary>"the strike", "the dam", "this attack": a noun of <see cref="NounFamilies"/> after a definite determiner.</summary>
    private static readonly CueLexicon<string> TakenUpNouns = new(
        new[] { "the", "this", "that" }.SelectMany(determiner => NounFamilies.SelectMany(family => family.Nouns.Select(noun => ($"{determiner} {noun}=", family.Family)))));

    private static IEnumerable<(string, Reference)> Words(Reference reference, params string[] words) =>
        words.Select(word => (word + "=", reference));

    private enum ReferenceKind
    {
        /// <summary>"the town", "город", "місто": a city or town.</summary>
        Town,
        /// <summary>"the village", "поселок", "селище": a village, hamlet or small town.</summary>
        Village,
        /// <summary>«населенный пункт», «населений пункт»: a settlement of any size.</summary>
        Settlement,
        /// <summary>"той же шахты", "the same mine": a feature of one subtype.</summary>
        Feature,
        /// <summary>"там же", "в том же районе", "there": wherever the report last was.</summary>
        Area,
        /// <summary>"в регионе", "населених пунктів області", "the region": the oblast the report last named.</summary>
        Region,
        /// <summary>«навколо столиці», «летевший на столицу», "the capital": the capital the report last named, also in a speaker's title («мэр Москвы»).</summary>
        Capital,
        /// <summary>«в обласному центрі», «в областном центре», "the regional center": the centre of the oblast the report last named, or its speaker governs.</summary>
        RegionalCentre,
    }

    /// <summary>What a back-reference points to: a kind of place, and for a feature its subtype in the gazetteer.</summary>
    private readonly record struct Reference(ReferenceKind Kind, string? FeatureSubtype = null)
    {
        public static Reference Town { get; } = new(ReferenceKind.Town);
        public static Reference Village { get; } = new(ReferenceKind.Village);
        public static Reference Settlement { get; } = new(ReferenceKind.Settlement);
        public static Reference Area { get; } = new(ReferenceKind.Area);
        public static Reference Region { get; } = new(ReferenceKind.Region);
        public static Reference Capital { get; } = new(ReferenceKind.Capital);

        public static Reference Feature(string subtype) => new(ReferenceKind.Feature, subtype);

        public static Reference RegionalCentre { get; } = new(ReferenceKind.RegionalCentre);

        /// <summary>Whether the words mean an oblast, or its centre: an oblast stays the report's setting across paragraphs, and a speaker's may be meant though the report names none.</summary>
        public bool MeansOblast => Kind is ReferenceKind.Region or ReferenceKind.RegionalCentre;
    }
}

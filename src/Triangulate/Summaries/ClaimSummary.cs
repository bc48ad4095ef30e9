using System.Globalization;
using System.Text;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;
using Triangulate.Storage;

namespace Triangulate.Summaries;

/// <summary>
/// One plain English line per claim, built from its fields, never from a translation of its words: who says it (the
/// origin, via its relays and the publisher), what (kind, actor's side, quantities, negation, hedge), where (the
/// resolved places' English names) and when ("Russian Ministry of Defence (via Reuters): Russian forces took control of
/// Toretsk, 10 Feb 2025"). An analyst who reads no Russian or Ukrainian can scan claims by it; the original sentence
/// stays beside it wherever it is shown.
/// </summary>
public static class ClaimSummary
{
    /// <summary>
    /// The registry shipped beside the library, read once: like the extractor's lexicons, it is part of what the code
    /// knows, so the same claim gets the same summary in every output. Sources analysts add to a ledger are not in it.
    /// </summary>
    private static readonly Lazy<SourceRegistry?> BundledRegistry = new(() =>
        Directory.Exists(Path.Combine(AppContext.BaseDirectory, SourceRegistry.DefaultDirectory)) ? SourceRegistry.LoadDefault() : null);

    /// <summary>At most this many places are named; more are counted ("and 3 more").</summary>
    private const int PlacesNamed = 3;

    /// <summary>The summary of a stored claim, its report's publisher and date completing it.</summary>
    public static string Of(StoredClaim stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return Of(stored.Claim, stored.Publisher, stored.Published);
    }

    /// <summary>
    /// The summary of a claim in a report of <paramref name="publisher"/> published at <paramref name="published"/>, when
    /// known; the day is the UTC day, as corroboration counts days.
    /// </summary>
    public static string Of(Claim claim, string? publisher = null, DateTimeOffset? published = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var line = new StringBuilder(96);
        line.Append(Who(claim.Chain, publisher)).Append(": ").Append(What(claim));
        if (When(claim.Time, published is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null) is { } when)
        {
            line.Append(", ").Append(when);
        }
        return line.ToString();
    }

    // --- who ---------------------------------------------------------------------------------------------------

    private static string Who(AttributionChain chain, string? publisher)
    {
        var origin = chain.Origin.Source;
        publisher = publisher is null ? null : PublisherName(publisher);
        var speaker = origin.Kind == SourceKind.Publisher && publisher is not null ? publisher : Speaker(origin);
        var seen = new HashSet<string>(StringComparer.Ordinal) { NameKey.Fold(origin.Name) };
        if (origin.Written is { } written)
        {
            seen.Add(NameKey.Fold(written));
        }
        var via = new List<string>();
        foreach (var relay in chain.Relays.Select(r => r.Source))
        {
            if (seen.Add(NameKey.Fold(relay.Name)) && (relay.Written is null || seen.Add(NameKey.Fold(relay.Written))))
            {
                via.Add(English(relay.Name));
            }
        }
        // The outlet that printed the claim carries it too, unless it speaks in its own voice or is the last relay named.
        if (publisher is not null && origin.Kind != SourceKind.Publisher && !seen.Contains(NameKey.Fold(publisher)))
        {
            via.Add(English(publisher));
        }
        return via.Count == 0 ? speaker : $"{speaker} (via {string.Join(", ", via)})";
    }

    /// <summary>
    /// An outlet by the English name the bundled registry gives it ("Россия 24" → Russia 24), else in Latin letters; a
    /// feed's title is no part of its name ("Укрінформ — Війна" is Ukrinform).
    /// </summary>
    private static string PublisherName(string publisher) =>
        BundledRegistry.Value?.ResolvePublisher(publisher)?.Name ?? English(SourceRegistry.OutletName(publisher));

    /// <summary>
    /// A registry source by its English name, with its role when it is a person ("Nazar Voloshyn, spokesman of …"); an
    /// unregistered speaker by the name written, in Latin letters, or by what it is when the words only describe it
    /// ("полоненого" → "an individual").
    /// </summary>
    private static string Speaker(SourceRef source)
    {
        var named = source.Name.Length > 0 && (!char.IsLetter(source.Name[0]) || char.IsUpper(source.Name[0]) || !IsCyrillic(source.Name));
        var name = named ? English(source.Name) : Describe(source);
        var person = source.Kind is SourceKind.Official or SourceKind.Individual;
        return person && named && source.Role is { Length: > 0 } role && !IsCyrillic(role) && !name.Contains(role, StringComparison.OrdinalIgnoreCase)
            ? $"{name}, {role}"
            : name;
    }

    private static string Describe(SourceRef source)
    {
        var what = source.Kind switch
        {
            SourceKind.StateMedia => "state media",
            SourceKind.IndependentMedia => "media",
            SourceKind.WireAgency => "news agency",
            SourceKind.Official => "official",
            SourceKind.MilitaryCommand => "military command",
            SourceKind.Unit => "unit",
            SourceKind.MilbloggerChannel => "military blogger",
            SourceKind.OsintGroup => "OSINT group",
            SourceKind.Individual => "individual",
            _ => "unnamed source",
        };
        var described = source.Side switch
        {
            Side.RU => "Russian " + what,
            Side.UA => "Ukrainian " + what,
            _ => what,
        };
        return (described[0] is 'a' or 'e' or 'i' or 'o' or 'O' || described.StartsWith("unnamed", StringComparison.Ordinal) ? "an " : "a ") + described;
    }

    // --- what --------------------------------------------------------------------------------------------------

    private static string What(Claim claim)
    {
        var places = Places(claim.Places);
        var subject = Subject(claim.Actor);
        var quantities = OwnQuantities(claim);
        var counted = Counted(quantities);
        var phrase = claim.Kind switch
        {
            ClaimKind.TerritorialControl => Phrase(subject, claim, "took control of " + Or(places, "ground"), "did not take control of " + Or(places, "ground"),
                (places ?? "ground") + " captured", (places ?? "ground") + " not captured"),
            ClaimKind.Advance => Phrase(subject, claim, "advanced" + Distance(quantities) + Near(places), "did not advance" + Near(places),
                "advance" + Distance(quantities) + Near(places), "no advance" + Near(places)),
            ClaimKind.Withdrawal => Phrase(subject, claim, "withdrew" + From(places), "did not withdraw" + From(places),
                "withdrawal" + From(places), "no withdrawal" + From(places)),
            ClaimKind.Attack => Phrase(subject, claim, (counted is { } attacks ? "made " + attacks : "attacked") + Near(places), "did not attack" + Near(places),
                (counted ?? "fighting") + Near(places), "no fighting" + Near(places)),
            ClaimKind.RepelledAttack => Phrase(subject, claim, "repelled " + (counted ?? "attacks") + Near(places), "did not repel attacks" + Near(places),
                (counted ?? "attacks") + " repelled" + Near(places), "attacks not repelled" + Near(places)),
            ClaimKind.Strike => Phrase(subject, claim, "struck" + On(places, " "), "did not strike" + On(places, " "),
                "strike" + On(places, " on "), "no strike" + On(places, " on ")),
            ClaimKind.Casualties => Losses(claim, places),
            ClaimKind.Prisoners => Phrase(null, claim, "", "",
                (Adjective(claim.Actor?.Side) is { } side ? side + " soldiers taken prisoner" : "prisoners taken") + Near(places),
                "no prisoners taken" + Near(places)),
            ClaimKind.Recruitment => Phrase(subject, claim, "recruiting" + In(places), "not recruiting" + In(places),
                "recruitment" + In(places), "no recruitment" + In(places)),
            ClaimKind.Denial => places is null ? "denies it" : "denies the claims about " + places,
            _ => Phrase(subject, claim, "active" + Near(places), "not active" + Near(places),
                "statement" + (places is null ? "" : " about " + places), "denies a statement" + (places is null ? "" : " about " + places)),
        };
        var rest = Uncounted(claim, quantities);
        return rest.Length == 0 ? phrase : $"{phrase} ({rest})";
    }

    /// <summary>"Russian forces allegedly took …" with an actor; without one, the nominal form ("allegedly: Toretsk captured").</summary>
    private static string Phrase(string? subject, Claim claim, string verb, string negatedVerb, string nominal, string negatedNominal)
    {
        var hedge = claim.Hedged ? "allegedly " : "";
        if (subject is not null)
        {
            return $"{subject} {hedge}{(claim.Negated ? negatedVerb : verb)}";
        }
        var clause = claim.Negated ? negatedNominal : nominal;
        return claim.Hedged ? "allegedly " + clause : clause;
    }

    /// <summary>Losses are the actor's: "Ukrainian forces lost up to 700 personnel"; without an actor, "casualties: 2 people".</summary>
    private static string Losses(Claim claim, string? places)
    {
        var figures = string.Join(", ", claim.Quantities.Where(q => IsLoss(q.Unit)).Select(Amount));
        var side = Adjective(claim.Actor?.Side);
        var hedge = claim.Hedged ? "allegedly " : "";
        if (side is not null)
        {
            var lost = claim.Negated ? "suffered no losses" : figures.Length > 0 ? "lost " + figures : "suffered losses";
            return $"{side} forces {hedge}{lost}{Near(places)}";
        }
        var clause = claim.Negated ? "no casualties" : figures.Length > 0 ? "casualties: " + figures : "casualties";
        return hedge + clause + Near(places);
    }

    private static string? Subject(Actor? actor) => actor is null ? null : Adjective(actor.Side) is { } side ? side + " forces" : "forces";

    private static string? Adjective(Side? side) => side switch
    {
        Side.RU => "Russian",
        Side.UA => "Ukrainian",
        Side.Other => "foreign",
        _ => null,
    };

    // --- quantities --------------------------------------------------------------------------------------------

    private static bool IsCount(string unit) => unit is "attacks" or "counterattacks" or "clashes";

    private static bool IsDistance(string unit) => unit is "km" or "m";

    private static bool IsLoss(string unit) => unit is "personnel" or "people" or "tanks" or "prisoners";

    /// <summary>Attacks or clashes counted in the claim, "28 attacks", which the attack phrases take in.</summary>
    private static string? Counted(IEnumerable<Quantity> quantities) =>
        quantities.FirstOrDefault(q => IsCount(q.Unit)) is { } count ? Amount(count) : null;

    private static string Distance(IEnumerable<Quantity> quantities) =>
        quantities.FirstOrDefault(q => IsDistance(q.Unit)) is { } distance ? " " + Amount(distance) : "";

    /// <summary>
    /// The claim's quantities but a distance that places something relative to a place ("15 km south of Chasiv Yar"),
    /// which is said with that place.
    /// </summary>
    private static List<Quantity> OwnQuantities(Claim claim)
    {
        var relations = claim.Places.Select(p => p.Relation?.Span).OfType<Span>().ToList();
        return [.. claim.Quantities.Where(q => !relations.Any(r => r.Start <= q.Span.Start && q.Span.End <= r.End))];
    }

    /// <summary>The quantities the phrase did not take in, so that no figure of the claim is lost from its summary.</summary>
    private static string Uncounted(Claim claim, List<Quantity> quantities)
    {
        var taken = claim.Kind switch
        {
            ClaimKind.Attack or ClaimKind.RepelledAttack => quantities.FirstOrDefault(q => IsCount(q.Unit)),
            ClaimKind.Advance => quantities.FirstOrDefault(q => IsDistance(q.Unit)),
            _ => null,
        };
        return string.Join(", ", quantities.Where(q => q != taken && !(claim.Kind == ClaimKind.Casualties && IsLoss(q.Unit))).Select(Amount));
    }

    private static string Amount(Quantity quantity)
    {
        var number = quantity.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        return quantity.Qualifier is { } qualifier ? $"{Qualifier(qualifier)} {number} {quantity.Unit}" : $"{number} {quantity.Unit}";
    }

    /// <summary>The qualifiers the quantity reader takes ("до 390", "понад 20"), in English.</summary>
    private static string Qualifier(string words) => words.ToLowerInvariant() switch
    {
        "до" => "up to",
        "около" or "порядка" or "близько" or "приблизно" => "about",
        "почти" or "майже" => "almost",
        "более" or "свыше" or "понад" or "більше" => "more than",
        "не менее" or "щонайменше" => "at least",
        var english => english,
    };

    // --- where -------------------------------------------------------------------------------------------------

    /// <summary>
    /// The settlements and features the claim names, in English, each once; the oblast or country only when it names no
    /// settlement. A place named as a reference point keeps its relation, after the places themselves: "Novohrodivka
    /// (10 km southeast of Pokrovsk)"; one named only so reads "10 km southeast of Pokrovsk".
    /// </summary>
    private static string? Places(IEnumerable<PlaceMention> mentions)
    {
        var all = mentions.ToList();
        var local = all.Where(m => m.Place?.Kind is not (PlaceKind.AdminArea or PlaceKind.Country)).ToList();
        var chosen = local.Count > 0 ? local : all;
        var named = new List<string>();
        var references = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in chosen)
        {
            if (!seen.Add(mention.Place?.Id ?? NameKey.Fold(mention.Text)))
            {
                continue;
            }
            var name = mention.Place?.Name ?? English(mention.Text);
            // "near" is said by the phrase already; a bearing, a distance, "outskirts of" or "between" adds to it.
            if (mention.Relation is { Relation: not "near" } relation)
            {
                references.Add((relation.DistanceKm is { } km ? km.ToString("0.#", CultureInfo.InvariantCulture) + " km " : "") + relation.Relation + " " + name);
            }
            else
            {
                named.Add(name);
            }
        }
        return (named.Count, references.Count) switch
        {
            (0, 0) => null,
            (0, _) => Listed(references),
            (_, 0) => Listed(named),
            _ => $"{Listed(named)} ({Listed(references)})",
        };
    }

    private static string Listed(List<string> names)
    {
        var listed = names.Take(PlacesNamed).ToList();
        var more = names.Count - listed.Count;
        return listed.Count == 1 ? listed[0]
            : more > 0 ? $"{string.Join(", ", listed)} and {more} more"
            : $"{string.Join(", ", listed[..^1])} and {listed[^1]}";
    }

    private static string Or(string? places, string otherwise) => places ?? otherwise;

    private static string Near(string? places) => places is null ? "" : (StartsWithRelation(places) ? " " : " near ") + places;

    private static string From(string? places) => places is null ? "" : " from " + places;

    private static string In(string? places) => places is null ? "" : " in " + places;

    private static string On(string? places, string preposition) => places is null ? "" : preposition + places;

    private static bool StartsWithRelation(string places) =>
        char.IsAsciiDigit(places[0]) || places.StartsWith("near ", StringComparison.Ordinal) || places.StartsWith("outskirts ", StringComparison.Ordinal)
        || places.StartsWith("between ", StringComparison.Ordinal);

    // --- when --------------------------------------------------------------------------------------------------

    /// <summary>The days the claim gives; when it gives none, the day its report was published ("reported 4 Jul 2024").</summary>
    private static string? When(ClaimTime? time, DateOnly? published)
    {
        if (time?.From is { } from)
        {
            var to = time.To ?? from;
            return to == from ? Day(from)
                : from.Year != to.Year ? $"{Day(from)} – {Day(to)}"
                : from.Month != to.Month ? $"{from.ToString("d MMM", CultureInfo.InvariantCulture)} – {Day(to)}"
                : $"{from.Day.ToString(CultureInfo.InvariantCulture)}–{Day(to)}";
        }
        return published is { } day ? "reported " + Day(day) : null;
    }

    private static string Day(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    // --- names -------------------------------------------------------------------------------------------------

    /// <summary>A name in Latin letters: Ukrainian by the national system, Russian by BGN/PCGN; «quotes» made plain.</summary>
    private static string English(string name)
    {
        var plain = name.Replace('«', '"').Replace('»', '"').Trim();
        if (!IsCyrillic(plain))
        {
            return plain;
        }
        return GazetteerBuilder.CyrillicLanguage(plain) == "uk" ? Transliteration.UkrainianNational(plain) : Transliteration.RussianBgn(plain);
    }

    private static bool IsCyrillic(string text) => text.Any(PlaceText.IsCyrillic);
}

using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Triangulate.Evaluation;
using Triangulate.Model;

namespace Triangulate.Claims.Evaluation;

/// <summary>A party as an annotator named it: the name and the kind ("publisher" for the outlet's own voice).</summary>
public sealed record GoldSource(string Name, SourceKind Kind);

/// <summary>One expected claim of a gold report.</summary>
public sealed record GoldClaim(Span Span, ClaimKind Kind, ImmutableArray<string> Places, GoldSource Origin, ImmutableArray<string> Relays, bool Hedged);

/// <summary>A stretch of a gold report that an annotator marked as no claim, and why ("background", "assessment", …).</summary>
public sealed record GoldNotClaim(Span Span, string Why);

/// <summary>A gold report: the report as the extractor sees it, the claims an annotator found in it and the stretches marked as no claim.</summary>
public sealed record GoldReport(Report Report, ImmutableArray<GoldClaim> Claims, ImmutableArray<GoldNotClaim> NotClaims = default)
{
    public ImmutableArray<GoldNotClaim> NotClaims { get; init; } = NotClaims.IsDefault ? [] : NotClaims;
}

/// <summary>A gold set read from JSONL, with the lines that could not be read (line number and reason).</summary>
public sealed record GoldSet(ImmutableArray<GoldReport> Reports, ImmutableArray<string> Errors);

/// <summary>
/// Claim-level figures. Detection is matched by span overlap; the other accuracies are over matched pairs.
/// <see cref="PlaceAccuracy"/> counts a pair right when every place the annotator lists is among the claim's resolved
/// places (by the gazetteer's name or any of its spellings), and a claim the annotator leaves without a place has no
/// settlement or feature; it means something only when the claims were extracted with the report's place mentions.
/// </summary>
/// <param name="RelaysExact">Matched claims whose relays are the annotator's, in order, whatever the origin.</param>
/// <param name="FromBackground">
/// Predicted claims that overlap no gold claim but a stretch the annotator marked as no claim (background, assessment,
/// a disclaimer, a link line, politics): claims read from what is not one.
/// </param>
public sealed record ClaimScores(
    int GoldClaims,
    int PredictedClaims,
    int Matched,
    double Precision,
    double Recall,
    double KindAccuracy,
    double OriginAccuracy,
    double ChainExactMatch,
    double HedgeAccuracy,
    double PlaceAccuracy,
    double RelaysExact = 0,
    int FromBackground = 0)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The share of predicted claims read from stretches the annotator marked as no claim.</summary>
    public double FromBackgroundShare => PredictedClaims == 0 ? 0 : (double)FromBackground / PredictedClaims;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gold {GoldClaims}, predicted {PredictedClaims}, matched {Matched}; precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3}; " +
        $"kind {KindAccuracy:F3}, origin {OriginAccuracy:F3}, relays exact {RelaysExact:F3}, chain exact {ChainExactMatch:F3}, hedge {HedgeAccuracy:F3}, places {PlaceAccuracy:F3}; " +
        $"from background {FromBackground} ({FromBackgroundShare:F3})");
}

/// <summary>What went wrong, counted by cause: the figures behind an evaluation's misses.</summary>
public sealed record ClaimMisses(ImmutableSortedDictionary<string, int> ByCause)
{
    public override string ToString() => string.Join("; ", ByCause.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Key} {pair.Value}"));
}

/// <summary>Scores a claim extractor against a gold set (the tests and the CLI's <c>eval claims</c> share it).</summary>
public sealed class ClaimEvaluator(SourceRegistry registry)
{
    public static GoldSet ReadGold(string jsonl)
    {
        var (items, errors) = GoldJsonLines.Read(jsonl, ReadReport);
        return new GoldSet(items, errors);
    }

    public ClaimScores Evaluate(GoldSet gold, IClaimExtractor extractor) =>
        Score(gold.Reports.Select(report => (report, extractor.Extract(report.Report, []))));

    public ClaimScores Score(IEnumerable<(GoldReport Gold, ImmutableArray<Claim> Predicted)> results)
    {
        int goldCount = 0, predictedCount = 0, matched = 0, kinds = 0, origins = 0, chains = 0, hedges = 0, places = 0, relays = 0, fromBackground = 0;
        foreach (var (gold, predicted) in results)
        {
            goldCount += gold.Claims.Length;
            predictedCount += predicted.Length;
            var (pairs, unused) = Pair(gold, predicted);
            foreach (var (expected, best) in pairs)
            {
                matched++;
                kinds += best.Kind == expected.Kind ? 1 : 0;
                hedges += best.Hedged == expected.Hedged ? 1 : 0;
                origins += SameOrigin(expected, best) ? 1 : 0;
                chains += SameChain(expected, best) ? 1 : 0;
                relays += SameRelays(expected, best) ? 1 : 0;
                places += SamePlaces(expected, best) ? 1 : 0;
            }
            fromBackground += unused.Count(claim => NotClaimHolding(gold, claim) is not null);
        }
        return new ClaimScores(
            goldCount, predictedCount, matched,
            Ratio(matched, predictedCount), Ratio(matched, goldCount),
            Ratio(kinds, matched), Ratio(origins, matched), Ratio(chains, matched), Ratio(hedges, matched), Ratio(places, matched),
            Ratio(relays, matched), fromBackground);
    }

    /// <summary>
    /// The misses of a run counted by cause: claims missed, spurious claims by the kind of stretch they came from, kinds
    /// confused (expected → got), origins wrong by how (the outlet's voice taken for a speaker's, a speaker's for the
    /// outlet's, another speaker), relays missing, extra or out of order.
    /// </summary>
    public ClaimMisses Misses(IEnumerable<(GoldReport Gold, ImmutableArray<Claim> Predicted)> results)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        void Count(string cause) => counts[cause] = counts.GetValueOrDefault(cause) + 1;
        foreach (var (gold, predicted) in results)
        {
            var (pairs, unused) = Pair(gold, predicted);
            var matchedGold = pairs.Select(pair => pair.Expected).ToHashSet();
            foreach (var missed in gold.Claims.Where(claim => !matchedGold.Contains(claim)))
            {
                Count($"missed {ClaimKinds.ToName(missed.Kind)}");
            }
            foreach (var spurious in unused)
            {
                Count(NotClaimHolding(gold, spurious) is { } why ? $"spurious from {why}" : "spurious, unannotated");
            }
            foreach (var (expected, got) in pairs)
            {
                if (got.Kind != expected.Kind)
                {
                    Count($"kind {ClaimKinds.ToName(expected.Kind)} as {ClaimKinds.ToName(got.Kind)}");
                }
                if (!SameOrigin(expected, got))
                {
                    Count((expected.Origin.Kind == SourceKind.Publisher, got.Chain.Origin.Source.Kind == SourceKind.Publisher) switch
                    {
                        (true, false) => "origin: a speaker for the outlet's own voice",
                        (false, true) => "origin: the outlet's voice for a speaker's",
                        _ => "origin: another speaker",
                    });
                }
                if (!SameRelays(expected, got))
                {
                    Count(got.Chain.Relays.Length < expected.Relays.Length ? "relays: missing" : got.Chain.Relays.Length > expected.Relays.Length ? "relays: extra" : "relays: other");
                }
                if (got.Hedged != expected.Hedged)
                {
                    Count(expected.Hedged ? "hedge missed" : "hedge spurious");
                }
            }
        }
        return new ClaimMisses(counts.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    /// <summary>The reason of the not-claim stretch holding most of a claim, or null when it lies in none.</summary>
    private static string? NotClaimHolding(GoldReport gold, Claim claim) =>
        gold.NotClaims.Where(other => other.Span.Overlaps(claim.Span))
            .OrderByDescending(other => Overlap(other.Span, claim.Span))
            .FirstOrDefault(other => Overlap(other.Span, claim.Span) * 2 >= Math.Min(claim.Span.Length, other.Span.Length))?.Why;

    /// <summary>
    /// What went wrong in one report, one line a problem: gold claims nothing matched, predictions no gold claim took,
    /// and matched pairs whose kind, hedge or chain differ (expected, then got). Empty when the report scores perfectly.
    /// </summary>
    public ImmutableArray<string> Explain(GoldReport gold, ImmutableArray<Claim> predicted)
    {
        var text = gold.Report.Text;
        var id = gold.Report.ExternalId;
        var lines = ImmutableArray.CreateBuilder<string>();
        var (matchedPairs, unused) = Pair(gold, predicted);
        var matchedGold = matchedPairs.Select(pair => pair.Expected).ToHashSet();
        foreach (var expected in gold.Claims.Where(claim => !matchedGold.Contains(claim)))
        {
            lines.Add($"{id} MISSED [{expected.Span.Start},{expected.Span.End}) {ClaimKinds.ToName(expected.Kind)}: {expected.Span.Slice(text)}");
        }
        foreach (var claim in unused)
        {
            lines.Add($"{id} SPURIOUS [{claim.Span.Start},{claim.Span.End}) {ClaimKinds.ToName(claim.Kind)}: {claim.Text}");
        }
        foreach (var (expected, got) in matchedPairs)
        {
            var where = $"{id} [{expected.Span.Start},{expected.Span.End}) vs [{got.Span.Start},{got.Span.End})";
            if (got.Kind != expected.Kind)
            {
                lines.Add($"{where} KIND expected {ClaimKinds.ToName(expected.Kind)}, got {ClaimKinds.ToName(got.Kind)} (cue '{got.Action}'): {expected.Span.Slice(text)}");
            }
            if (got.Hedged != expected.Hedged)
            {
                lines.Add($"{where} HEDGE expected {expected.Hedged}, got {got.Hedge?.Words ?? "none"}: {expected.Span.Slice(text)}");
            }
            if (!SamePlaces(expected, got))
            {
                var found = got.Places.Select(mention => (mention.Place?.Name ?? mention.Text + " (unresolved)")
                    + (mention.CarriedBy is { } words ? $" (carried by '{words.Words}')" : ""));
                lines.Add($"{where} PLACES expected [{string.Join(", ", expected.Places)}], got [{string.Join(", ", found)}]: {expected.Span.Slice(text)}");
            }
            if (!SameChain(expected, got))
            {
                var wanted = string.Join(" <- ", expected.Relays.Reverse().Append($"{expected.Origin.Name} ({expected.Origin.Kind})"));
                var found = string.Join(" <- ", got.Chain.Relays.Reverse().Select(relay => relay.Source.Name)
                    .Append($"{got.Chain.Origin.Source.Name} ({got.Chain.Origin.Source.Kind})"));
                lines.Add($"{where} CHAIN expected {wanted}, got {found}: {expected.Span.Slice(text)}");
            }
        }
        return lines.ToImmutable();
    }

    /// <summary>Each gold claim takes the unused prediction that overlaps it most; what no gold claim takes is left over.</summary>
    private static (List<(GoldClaim Expected, Claim Best)> Matched, List<Claim> Unused) Pair(GoldReport gold, ImmutableArray<Claim> predicted)
    {
        var unused = predicted.ToList();
        var matched = new List<(GoldClaim, Claim)>();
        foreach (var expected in gold.Claims)
        {
            var best = unused.Where(claim => claim.Span.Overlaps(expected.Span))
                .OrderByDescending(claim => Overlap(claim.Span, expected.Span))
                .FirstOrDefault();
            if (best is not null)
            {
                unused.Remove(best);
                matched.Add((expected, best));
            }
        }
        return (matched, unused);
    }

    private static bool SamePlaces(GoldClaim expected, Claim got)
    {
        var resolved = got.Places.Select(mention => mention.Place).OfType<Place>().ToList();
        return expected.Places.IsEmpty
            ? !resolved.Any(place => place.Kind is PlaceKind.Settlement or PlaceKind.Feature)
            : expected.Places.All(name => resolved.Any(place => string.Equals(place.Name, name, StringComparison.OrdinalIgnoreCase)
                || (!place.Names.IsDefault && place.Names.Any(spelling => string.Equals(spelling.Text, name, StringComparison.OrdinalIgnoreCase)))));
    }

    private bool SameOrigin(GoldClaim expected, Claim got) => SameParty(expected.Origin.Name, expected.Origin.Kind, got.Chain.Origin.Source);

    private bool SameChain(GoldClaim expected, Claim got) => SameOrigin(expected, got) && SameRelays(expected, got);

    private bool SameRelays(GoldClaim expected, Claim got) =>
        got.Chain.Relays.Length == expected.Relays.Length
        && got.Chain.Relays.Zip(expected.Relays).All(pair => SameParty(pair.Second, SourceKind.Unknown, pair.First.Source));

    private bool SameParty(string goldName, SourceKind goldKind, SourceRef predicted)
    {
        if (goldKind == SourceKind.Publisher || predicted.Kind == SourceKind.Publisher)
        {
            return goldKind == SourceKind.Publisher && predicted.Kind == SourceKind.Publisher;
        }
        if (registry.Resolve(goldName) is { } known)
        {
            return predicted.SourceId == known.Id;
        }
        if (predicted.SourceId is null && IsCyrillic(predicted.Name) != IsCyrillic(goldName))
        {
            // A person the registry does not know, named in Cyrillic («Олексія Арестовича») where the annotator wrote
            // the Latin name (Oleksii Arestovych), is the same person when given name and surname sound the same in any
            // case form. An unnamed party described in Russian or Ukrainian ("двох американських посадовців") cannot be
            // compared by words with the annotator's English description ("two unnamed US officials"): the kind must agree.
            return PersonName(predicted.Name) is { } cyrillic && PersonName(goldName) is { } latin
                ? SoundsAlike(cyrillic, latin)
                : goldKind == predicted.Kind;
        }
        // A person the registry does not know, romanised otherwise than the annotator wrote him ("Oleksiy Kharkivsky" for
        // Oleksii Kharkivskyi), is the same person when given name and surname sound the same.
        if (predicted.SourceId is null && PersonName(predicted.Name) is { } written && PersonName(goldName) is { } annotated && SoundsAlike(written, annotated))
        {
            return true;
        }
        var name = Normalize(goldName);
        return new[] { predicted.Name, predicted.Written }.OfType<string>().Select(Normalize)
            .Any(written => written.Contains(name, StringComparison.Ordinal) || name.Contains(written, StringComparison.Ordinal));
    }

    /// <summary>A name of two or three capitalised words (given name, surname, perhaps a patronymic), else null.</summary>
    private static string[]? PersonName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 2 or 3 } words && words.All(word => word.Length > 1 && char.IsUpper(word[0]))
            ? words
            : null;

    /// <summary>
    /// Whether two written names are the same person's: given name and surname sound alike (<see cref="NameSounds"/>),
    /// so that inflected forms («Арестовича») meet the nominative (Arestovych) and one romanisation another.
    /// </summary>
    private static bool SoundsAlike(string[] predicted, string[] annotated) =>
        NameSounds.Alike(predicted[^1], annotated[^1]) && NameSounds.Alike(predicted[0], annotated[0]);

    private static bool IsCyrillic(string name) => name.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static string Normalize(string name)
    {
        // A typographic apostrophe ("Ukraine’s") is the same letter as a typed one ("Ukraine's").
        var lowered = name.ToLowerInvariant().Trim().Replace('’', '\'');
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the "])
        {
            if (lowered.StartsWith(article, StringComparison.Ordinal))
            {
                return lowered[article.Length..];
            }
        }
        return lowered;
    }

    private static int Overlap(Span a, Span b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static GoldReport ReadReport(JsonElement line, int number)
    {
        var text = line.GetProperty("text").GetString() ?? "";
        var published = line.TryGetProperty("published", out var date) && date.GetString() is { } written
            ? DateTimeOffset.Parse(written, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : (DateTimeOffset?)null;
        var forwarded = line.TryGetProperty("forwarded_from", out var forwards)
            ? forwards.EnumerateArray().Select(forward => forward.GetString() ?? "").ToImmutableArray()
            : [];
        var report = new Report(
            line.GetProperty("id").GetString(), line.GetProperty("publisher").GetString() ?? "", null, published,
            line.GetProperty("language").GetString() ?? "", null, text, new InputLocation("gold", number), forwarded);
        var claims = line.GetProperty("claims").EnumerateArray().Select(claim => new GoldClaim(
            new Span(claim.GetProperty("span")[0].GetInt32(), claim.GetProperty("span")[1].GetInt32()),
            ClaimKinds.Parse(claim.GetProperty("kind").GetString() ?? "") ?? throw new FormatException($"unknown kind '{claim.GetProperty("kind")}'"),
            [.. claim.GetProperty("places").EnumerateArray().Select(place => place.GetString() ?? "")],
            new GoldSource(claim.GetProperty("origin").GetProperty("name").GetString() ?? "", ParseKind(claim.GetProperty("origin").GetProperty("kind").GetString())),
            [.. claim.GetProperty("relays").EnumerateArray().Select(relay => relay.GetProperty("name").GetString() ?? "")],
            claim.GetProperty("hedged").GetBoolean()));
        return new GoldReport(report, [.. claims], line.TryGetProperty("not_claims", out var notClaims) ? [.. notClaims.EnumerateArray().Select(ReadNotClaim)] : []);
    }

    /// <summary>A not-claim as the real-report gold gives it ({"span": [s, e], "why": …}) or the older sets do ([s, e]).</summary>
    private static GoldNotClaim ReadNotClaim(JsonElement element)
    {
        var span = element.ValueKind == JsonValueKind.Array ? element : element.GetProperty("span");
        var why = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("why", out var reason) ? reason.GetString() ?? "not a claim" : "not a claim";
        return new GoldNotClaim(new Span(span[0].GetInt32(), span[1].GetInt32()), why);
    }

    private static SourceKind ParseKind(string? snake) =>
        Enum.TryParse<SourceKind>((snake ?? "").Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var kind) ? kind : SourceKind.Unknown;
}

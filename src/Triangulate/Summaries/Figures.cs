using System.Globalization;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Summaries;

/// <summary>
/// One casualty or loss figure as a claim gives it: how many of what, whose losses (the side of the claim's actor:
/// "противник потерял до 270 военнослужащих" from the Russian MoD is a Ukrainian loss), and who says so.
/// </summary>
public sealed record Figure(
    long ClaimId, string Kind, string Whose, double Value, string Unit, string? Qualifier, string Origin, string ClaimedBy, DateOnly? Day, string Summary);

/// <summary>
/// A figure of one event, or figures added up over events: the number of <see cref="Unit"/> that <see cref="Whose"/>
/// side lost according to origins on the <see cref="ClaimedBy"/> side, over <see cref="Events"/> events, and the claims
/// it rests on.
/// </summary>
public sealed record FigureTotal(string Whose, string Unit, string ClaimedBy, double Value, int Events, IReadOnlyList<long> ClaimIds);

/// <summary>Figures added up for one place and one period.</summary>
public sealed record FigureRow(string Place, string Period, IReadOnlyList<FigureTotal> Totals);

/// <summary>
/// Casualty and loss figures that add up. Within one event, every claim describes the same happening: relays repeat
/// one figure and two officials of one side may round it differently, so the event's figure for a side's losses, as
/// that side's or the other side's origins give it, is the largest one they give, never their sum. Over several events
/// (a place, a month) those per-event figures are summed. Figures claimed by the two sides are never mixed: a Russian
/// figure for Ukrainian losses and a Ukrainian one stay two rows.
/// </summary>
public static class Figures
{
    /// <summary>The units that count losses; distances, attacks and settlements do not.</summary>
    private static readonly HashSet<string> LossUnits = new(StringComparer.Ordinal) { "personnel", "people", "tanks", "prisoners", "drones", "missiles" };

    /// <summary>
    /// The figures in the casualty and prisoner claims among <paramref name="claims"/>. A claim in an outlet's own voice
    /// is claimed by the side its publisher stands on when the registry knows it.
    /// </summary>
    public static IReadOnlyList<Figure> Of(IEnumerable<StoredClaim> claims, Func<string, SourceRef?> resolvePublisher)
    {
        ArgumentNullException.ThrowIfNull(resolvePublisher);
        var figures = new List<Figure>();
        foreach (var stored in claims)
        {
            var claim = stored.Claim;
            if (claim.Kind is not (ClaimKind.Casualties or ClaimKind.Prisoners) || claim.Negated)
            {
                continue;
            }
            var origin = claim.Chain.Origin.Source;
            var side = origin.Side == Side.Unknown && origin.Kind == SourceKind.Publisher && resolvePublisher(stored.Publisher) is { } publisher
                ? publisher.Side
                : origin.Side;
            var day = claim.Time?.From ?? (stored.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null);
            var summary = ClaimSummary.Of(stored);
            foreach (var quantity in claim.Quantities.Where(q => LossUnits.Contains(q.Unit)))
            {
                figures.Add(new Figure(
                    stored.Id, ContractNames.Of(claim.Kind), ContractNames.Of(claim.Actor?.Side ?? Side.Unknown), quantity.Value, quantity.Unit,
                    quantity.Qualifier, origin.Name, ContractNames.Of(side), day, summary));
            }
        }
        return figures;
    }

    /// <summary>One event's figures: per whose losses, unit and claiming side, the largest figure given.</summary>
    public static IReadOnlyList<FigureTotal> OfEvent(IEnumerable<Figure> figures) =>
        [.. figures
            .GroupBy(f => (f.Whose, f.Unit, f.ClaimedBy))
            .OrderBy(g => g.Key.Whose, StringComparer.Ordinal).ThenBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.ClaimedBy, StringComparer.Ordinal)
            .Select(g => new FigureTotal(g.Key.Whose, g.Key.Unit, g.Key.ClaimedBy, g.Max(f => f.Value), 1, [.. g.Select(f => f.ClaimId).Distinct().Order()]))];

    /// <summary>Per-event figures summed over events.</summary>
    public static IReadOnlyList<FigureTotal> Sum(IEnumerable<IReadOnlyList<FigureTotal>> perEvent) =>
        [.. perEvent
            .SelectMany(totals => totals)
            .GroupBy(t => (t.Whose, t.Unit, t.ClaimedBy))
            .OrderBy(g => g.Key.Whose, StringComparer.Ordinal).ThenBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.ClaimedBy, StringComparer.Ordinal)
            .Select(g => new FigureTotal(g.Key.Whose, g.Key.Unit, g.Key.ClaimedBy, g.Sum(t => t.Value), g.Sum(t => t.Events),
                [.. g.SelectMany(t => t.ClaimIds).Distinct().Order()]))];

    /// <summary>
    /// Events' figures summed by place and by period (<c>month</c>, <c>week</c> starting Monday, or <c>day</c>), the
    /// busiest places first within each period, and one row per period for all places ("all places").
    /// </summary>
    public static IReadOnlyList<FigureRow> ByPlaceAndPeriod(
        IEnumerable<(string? Place, DateOnly? Day, IReadOnlyList<FigureTotal> Figures)> events, string period)
    {
        var rows = new List<FigureRow>();
        var counted = events.Where(e => e.Figures.Count > 0).ToList();
        foreach (var inPeriod in counted.GroupBy(e => Period(e.Day, period)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            rows.Add(new FigureRow("all places", inPeriod.Key, Sum(inPeriod.Select(e => e.Figures))));
            rows.AddRange(inPeriod
                .GroupBy(e => e.Place ?? "no place")
                .Select(g => new FigureRow(g.Key, inPeriod.Key, Sum(g.Select(e => e.Figures))))
                .OrderByDescending(row => row.Totals.Sum(t => t.Events))
                .ThenBy(row => row.Place, StringComparer.Ordinal));
        }
        return rows;
    }

    /// <summary>The period a day falls in: "2024-07", "2024-W27" (ISO week) or "2024-07-04"; "undated" without a day.</summary>
    public static string Period(DateOnly? day, string period) => day is not { } d ? "undated" : period switch
    {
        "day" => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        "week" => string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):00}"),
        _ => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
    };

    public static bool IsPeriod(string? period) => period is null or "month" or "week" or "day";
}

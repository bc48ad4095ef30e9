using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evidence;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Summaries.Dossiers;

/// <summary>A claim of the dossier with its report, its English summary and the sentence it stands in.</summary>
public sealed record DossierClaim(StoredClaim Claim, StoredReport Report, string Summary, ClaimContext Context);

/// <summary>Whether one of the event's places lies inside the area a control map shows occupied.</summary>
public sealed record PlaceOnMap(EventPlace Place, bool Inside);

/// <summary>A control map of the event's days and what it shows at the event's places.</summary>
public sealed record MapEvidence(ControlMap Map, IReadOnlyList<PlaceOnMap> Places, bool CitedByVerdict);

/// <summary>
/// Everything a dossier on one event shows, read from the ledger at one moment: the event with its grade and verdicts,
/// its claims in their reports, the provenance tree, the events it contradicts, the control maps of its days and its
/// casualty and loss figures.
/// </summary>
public sealed record EventDossier(
    CorroboratedEvent Event,
    IReadOnlyList<DossierClaim> Claims,
    IReadOnlyList<ProvenanceNode> Provenance,
    IReadOnlyList<CorroboratedEvent> Contradicted,
    IReadOnlyList<MapEvidence> Maps,
    IReadOnlyList<Figure> Figures,
    DateTimeOffset Generated)
{
    /// <summary>The event's figures as they add up: the largest each side's origins give for each loss.</summary>
    public IReadOnlyList<FigureTotal> FigureTotals => Summaries.Figures.OfEvent(Figures);
}

/// <summary>Reads a dossier from the ledger; the writers (<see cref="DossierMarkdown"/>, <see cref="DossierHtml"/>) only render it.</summary>
public static class DossierReader
{
    /// <summary>At most this many control maps: the one before the event, those verdicts cite, the first after it.</summary>
    private const int MapsShown = 4;

    public static async Task<EventDossier?> ReadAsync(
        ILedgerStore store, CorroborationService corroboration, long eventId, DateTimeOffset generated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(corroboration);
        if (await corroboration.GetEventAsync(eventId, cancellationToken) is not { } found)
        {
            return null;
        }
        // The members and then their reports, each in one query; the claims in the event's order.
        var memberIds = found.Claims.Select(member => member.ClaimId).ToList();
        var byId = (await store.ListClaimsAsync(new ClaimQuery { Ids = memberIds, Limit = memberIds.Count }, cancellationToken))
            .ToDictionary(claim => claim.Id);
        var members = memberIds.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var reports = await ReportTexts.ReportsOfAsync(store, members, cancellationToken);
        var claims = members
            .Where(claim => reports.ContainsKey(claim.ReportId))
            .Select(claim => new DossierClaim(claim, reports[claim.ReportId], ClaimSummary.Of(claim), ClaimContext.Of(reports[claim.ReportId].Text, claim.Claim.Span)))
            .ToList();
        var contradicted = new List<CorroboratedEvent>();
        foreach (var other in found.Contradicts)
        {
            if (await corroboration.GetEventAsync(other, cancellationToken) is { } e)
            {
                contradicted.Add(e);
            }
        }
        var sources = await corroboration.SourcesAsync(cancellationToken);
        var resolvePublisher = ProvenanceTree.PublisherResolver(sources.Sources);
        var stored = claims.Select(c => c.Claim).ToList();
        return new EventDossier(
            found,
            claims,
            ProvenanceTree.Build(found, stored, resolvePublisher),
            contradicted,
            MapsOf(found, await store.ListControlMapsAsync(cancellationToken)),
            Figures.Of(stored, resolvePublisher),
            generated);
    }

    /// <summary>
    /// The control maps that bear on the event: the last one dated on or before its first day, those its verdicts cite,
    /// and the first one dated after its last day; each with whether it shows the event's places occupied.
    /// </summary>
    public static IReadOnlyList<MapEvidence> MapsOf(CorroboratedEvent e, IReadOnlyList<ControlMap> maps)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (maps.Count == 0 || e.Places.IsDefaultOrEmpty)
        {
            return [];
        }
        var cited = e.Verdicts
            .Select(v => v.Evidence)
            .OfType<string>()
            .Where(evidence => evidence.StartsWith("control-map:", StringComparison.Ordinal))
            .Select(evidence => evidence["control-map:".Length..])
            .ToHashSet(StringComparer.Ordinal);
        var ordered = maps.OrderBy(m => m.Date).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
        var chosen = new List<ControlMap>();
        if (ordered.LastOrDefault(m => m.Date <= e.FirstDay) is { } before)
        {
            chosen.Add(before);
        }
        chosen.AddRange(ordered.Where(m => cited.Contains(m.Name)));
        if (ordered.FirstOrDefault(m => m.Date > e.LastDay) is { } after)
        {
            chosen.Add(after);
        }
        var index = new ControlMapIndex(chosen.Distinct());
        return [.. chosen
            .Distinct()
            .OrderBy(m => m.Date)
            .Take(MapsShown)
            .Select(map => new MapEvidence(
                map,
                [.. e.Places.Select(place => new PlaceOnMap(place, index.Between(map.Date, map.Date, place.Lat, place.Lon).Any(m => m.Map == map && m.Inside)))],
                cited.Contains(map.Name)))];
    }
}

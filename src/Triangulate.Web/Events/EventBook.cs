using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries;

namespace Triangulate.Web.Events;

/// <summary>The filters of an event listing; every one optional.</summary>
public sealed record EventFilter
{
    public GeoBox? Box { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    public double? RadiusKm { get; init; }
    public string? Place { get; init; }
    public DateOnly? Since { get; init; }
    public DateOnly? Until { get; init; }
    public ClaimKind? Kind { get; init; }
    public Side? Side { get; init; }
    /// <summary>A source anywhere in the events' chains: origin, relay or publisher.</summary>
    public string? Source { get; init; }
    /// <summary>A source among the events' origins only.</summary>
    public string? Origin { get; init; }
    /// <summary>Credibility digits (1–6), any of which the event's grade is.</summary>
    public ImmutableArray<string> Credibility { get; init; } = [];
    public int? MinIndependentOrigins { get; init; }
    /// <summary>True: events with a hedged claim; false: events with none.</summary>
    public bool? Hedged { get; init; }
    /// <summary>Leaves out the fragments, which their events show inside them.</summary>
    public bool FoldFragments { get; init; }
    public string? Text { get; init; }
}

/// <summary>
/// The events of the ledger joined with their claims, in the shapes the page and the API show: summaries with a
/// location, a date range and the parties involved; details with claims in their reports and the provenance tree.
/// Built from one snapshot of the ledger and rebuilt after each change made through the app.
/// </summary>
public sealed class EventBook(ILedgerStore store, IEventSource events)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? current;

    public void Invalidate() => current = null;

    public async Task<IReadOnlyList<EventSummary>> ListAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        return [.. snapshot.Entries.Where(entry => Matches(entry, filter)).Select(entry => entry.Summary)];
    }

    /// <summary>The events' casualty and loss figures, summed by their place and by period, over the events that pass the filter.</summary>
    public async Task<IReadOnlyList<FigureRow>> FiguresAsync(EventFilter filter, string period, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        // A fragment's figures count in its event, so the fragments themselves are left out whatever the filter says.
        return Figures.ByPlaceAndPeriod(
            snapshot.Entries
                .Where(entry => entry.Summary.FragmentOf is null && Matches(entry, filter))
                .Select(entry => (entry.Summary.Place, entry.Summary.From, snapshot.FigureTotalsOf(entry))),
            period);
    }

    public async Task<EventDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        if (!snapshot.ById.TryGetValue(id, out var entry))
        {
            return null;
        }
        var fragmentClaims = snapshot.FragmentsOf(entry).SelectMany(fragment => fragment.Claims).ToList();
        // The reports of the event's and its fragments' claims in one query, not one per report.
        var reports = await ReportTexts.ReportsOfAsync(store, entry.Claims.Concat(fragmentClaims), cancellationToken);
        List<EventClaim> Shown(IEnumerable<StoredClaim> claims)
        {
            var shown = new List<EventClaim>();
            foreach (var claim in claims)
            {
                if (reports.TryGetValue(claim.ReportId, out var report))
                {
                    var offsets = CodePointOffsets.For(report.Text);
                    var dto = StoredClaimDto.From(claim, offsets);
                    var context = ClaimContext.Of(report.Text, claim.Claim.Span);
                    shown.Add(new EventClaim(dto, StoredReportDto.From(report), report.Text, dto.Summary,
                        TextSpan.Of(context.Sentence, offsets), TextSpan.Of(context.Paragraph, offsets)));
                }
            }
            return shown;
        }
        var ledgerEvent = entry.Event;
        var figures = snapshot.FiguresOf(entry);
        return new EventDetail(
            entry.Summary,
            new GradeView(ledgerEvent.Credibility.Code, ledgerEvent.Credibility.Explanation),
            Shown(entry.Claims),
            ProvenanceTree.Build(ledgerEvent, entry.Claims, snapshot.ResolvePublisher),
            [.. ledgerEvent.Contradicts.Where(snapshot.ById.ContainsKey).Select(other => snapshot.ById[other].Summary)],
            [.. ledgerEvent.Verdicts.OrderBy(v => v.At).Select(v => new VerdictView(LedgerJson.EnumName(v.Value), v.By, v.At, v.Note, v.Evidence))],
            Shown(fragmentClaims),
            figures,
            Figures.OfEvent(figures));
    }

    public async Task<bool> ExistsAsync(long id, CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).ById.ContainsKey(id);

    public static IReadOnlyList<DayCount> PerDay(IEnumerable<EventSummary> events) =>
        [.. events.Where(e => e.From is not null).GroupBy(e => e.From!.Value).OrderBy(day => day.Key).Select(day => new DayCount(day.Key, day.Count()))];

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        if (current is { } ready)
        {
            return ready;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            return current ??= await LoadAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var ledgerEvents = await events.ListAsync(cancellationToken);
        var claimsById = ledgerEvents.Count == 0
            ? new Dictionary<long, StoredClaim>()
            : (await store.ListClaimsAsync(new ClaimQuery { Limit = int.MaxValue }, cancellationToken)).ToDictionary(claim => claim.Id);
        var sources = (await store.ListSourcesAsync(cancellationToken)).Concat(SourceRegistry.LoadDefault().Sources).ToList();
        var entries = ledgerEvents
            .OrderBy(e => e.Id)
            .Select(e => Entry.Build(e, [.. e.Claims.Where(c => claimsById.ContainsKey(c.ClaimId)).Select(c => claimsById[c.ClaimId])]))
            .ToList();
        return new Snapshot(Fold(entries), ProvenanceTree.PublisherResolver(sources));
    }

    /// <summary>
    /// Marks each fragment with the event it belongs in: an event no place locates whose report also carries located
    /// events belongs with the one of them that has the most claims in that report (the smallest id on a tie).
    /// </summary>
    private static List<Entry> Fold(List<Entry> entries)
    {
        var locatedByReport = new Dictionary<long, List<Entry>>();
        foreach (var entry in entries.Where(e => e.Summary.Lat is not null))
        {
            foreach (var reportId in entry.Claims.Select(c => c.ReportId).Distinct())
            {
                if (!locatedByReport.TryGetValue(reportId, out var list))
                {
                    locatedByReport[reportId] = list = [];
                }
                list.Add(entry);
            }
        }
        var hostOf = new Dictionary<long, long>();
        foreach (var entry in entries.Where(e => e.Summary.Lat is null))
        {
            var host = entry.Claims
                .Select(c => c.ReportId)
                .Distinct()
                .SelectMany(reportId => locatedByReport.GetValueOrDefault(reportId) ?? [])
                .Select(candidate => (candidate, shared: candidate.Claims.Count(c => entry.Claims.Any(own => own.ReportId == c.ReportId))))
                .OrderByDescending(pair => pair.shared)
                .ThenBy(pair => pair.candidate.Event.Id)
                .Select(pair => pair.candidate)
                .FirstOrDefault();
            if (host is not null)
            {
                hostOf[entry.Event.Id] = host.Event.Id;
            }
        }
        var fragmentsPerHost = hostOf.Values.GroupBy(id => id).ToDictionary(g => g.Key, g => g.Count());
        return [.. entries.Select(entry => entry with
        {
            Summary = entry.Summary with
            {
                FragmentOf = hostOf.TryGetValue(entry.Event.Id, out var host) ? host : null,
                Fragments = fragmentsPerHost.GetValueOrDefault(entry.Event.Id),
            },
        })];
    }

    private static bool Matches(Entry entry, EventFilter filter)
    {
        var summary = entry.Summary;
        if (filter.FoldFragments && summary.FragmentOf is not null)
        {
            return false;
        }
        if (filter.Kind is { } kind && entry.Event.Kind != kind)
        {
            return false;
        }
        if (filter.Side is { } side && !summary.OriginSides.Contains(ContractNames.Of(side), StringComparer.Ordinal))
        {
            return false;
        }
        if (filter.MinIndependentOrigins is { } minimum && summary.IndependentOrigins < minimum)
        {
            return false;
        }
        if (!filter.Credibility.IsDefaultOrEmpty && (summary.Credibility is not { } code || !filter.Credibility.Contains(code, StringComparer.Ordinal)))
        {
            return false;
        }
        if (filter.Hedged is { } hedged && summary.Hedged != hedged)
        {
            return false;
        }
        if (filter.Since is { } since && (summary.To ?? summary.From) is { } last && last < since)
        {
            return false;
        }
        if (filter.Until is { } until && summary.From is { } first && first > until)
        {
            return false;
        }
        if ((filter.Since is not null || filter.Until is not null) && summary.From is null)
        {
            return false;
        }
        if (filter.Box is { } box
            && !(summary is { Lat: { } lat, Lon: { } lon } && lat >= box.MinLat && lat <= box.MaxLat && lon >= box.MinLon && lon <= box.MaxLon))
        {
            return false;
        }
        if (filter is { Lat: { } centreLat, Lon: { } centreLon, RadiusKm: { } radius }
            && !(summary is { Lat: { } eventLat, Lon: { } eventLon } && GeoDistance.HaversineKm(centreLat, centreLon, eventLat, eventLon) <= radius))
        {
            return false;
        }
        if (filter.Place is { } place && !entry.PlaceKeys.Contains(place) && !entry.PlaceKeys.Contains(NameKey.Fold(place)))
        {
            return false;
        }
        if (filter.Source is { } source && !entry.SourceKeys.Contains(source) && !entry.SourceKeys.Contains(NameKey.Fold(source)))
        {
            return false;
        }
        if (filter.Origin is { } origin && !entry.OriginKeys.Contains(origin) && !entry.OriginKeys.Contains(NameKey.Fold(origin)))
        {
            return false;
        }
        return filter.Text is not { } text
            || entry.Claims.Any(claim => claim.Claim.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
                || claim.Publisher.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Snapshot(IReadOnlyList<Entry> Entries, Func<string, SourceRef?> ResolvePublisher)
    {
        public IReadOnlyDictionary<long, Entry> ById { get; } = Entries.ToDictionary(entry => entry.Event.Id);

        private ILookup<long, Entry> FragmentsByHost { get; } = Entries
            .Where(entry => entry.Summary.FragmentOf is not null)
            .ToLookup(entry => entry.Summary.FragmentOf!.Value);

        public IEnumerable<Entry> FragmentsOf(Entry entry) => FragmentsByHost[entry.Event.Id];

        /// <summary>The figures of an event's claims and of its fragments' claims.</summary>
        public IReadOnlyList<Figure> FiguresOf(Entry entry) =>
            Figures.Of(entry.Claims.Concat(FragmentsOf(entry).SelectMany(fragment => fragment.Claims)), ResolvePublisher);

        public IReadOnlyList<FigureTotal> FigureTotalsOf(Entry entry) => Figures.OfEvent(FiguresOf(entry));
    }

    private sealed record Entry(
        CorroboratedEvent Event, IReadOnlyList<StoredClaim> Claims, EventSummary Summary, HashSet<string> PlaceKeys, HashSet<string> SourceKeys, HashSet<string> OriginKeys)
    {
        public static Entry Build(CorroboratedEvent ledgerEvent, IReadOnlyList<StoredClaim> claims)
        {
            var located = claims
                .SelectMany(claim => claim.Claim.Places)
                .Where(mention => (mention.EstimatedLat ?? mention.Place?.Lat) is not null && mention.Place?.Kind != PlaceKind.AdminArea)
                .GroupBy(mention => mention.Place?.Id ?? mention.Text)
                .OrderByDescending(group => group.Count())
                .ThenBy(group => group.Key, StringComparer.Ordinal)
                .FirstOrDefault();
            var anchor = located?.First();
            var days = claims
                .Select(claim => claim.Claim.Time?.From ?? (claim.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : (DateOnly?)null))
                .OfType<DateOnly>()
                .Order()
                .ToList();
            var origins = claims.Select(claim => claim.Claim.Chain.Origin.Source).ToList();
            var latest = ledgerEvent.Verdicts.IsDefaultOrEmpty ? null : ledgerEvent.Verdicts.MaxBy(v => v.At);
            // The claim that names the event's place, when one does, speaks for it in the list.
            var lead = claims.FirstOrDefault(claim => anchor is not null && claim.Claim.Places.Any(p => (p.Place?.Id ?? p.Text) == located!.Key))
                ?? claims.FirstOrDefault();
            var summary = new EventSummary(
                ledgerEvent.Id,
                ContractNames.Of(ledgerEvent.Kind),
                days.Count > 0 ? days[0] : null,
                days.Count > 0 ? days[^1] : null,
                anchor?.EstimatedLat ?? anchor?.Place?.Lat,
                anchor?.EstimatedLon ?? anchor?.Place?.Lon,
                anchor?.Place?.Name ?? anchor?.Text,
                claims.Count,
                claims.Select(claim => claim.ReportId).Distinct().Count(),
                ledgerEvent.IndependentOriginCount,
                ledgerEvent.IndependentOriginsBySide.ToDictionary(pair => ContractNames.Of(pair.Key), pair => pair.Value, StringComparer.Ordinal),
                ledgerEvent.Credibility.Code,
                [.. (ledgerEvent.OriginNames.IsDefaultOrEmpty ? origins.Select(o => o.Name) : ledgerEvent.OriginNames).Distinct(StringComparer.Ordinal)],
                [.. origins.Select(o => ContractNames.Of(o.Side)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. claims.Select(claim => claim.Publisher).Distinct(StringComparer.Ordinal)],
                latest is null ? null : LedgerJson.EnumName(latest.Value),
                lead?.Claim.Text ?? "",
                lead is null ? "" : ClaimSummary.Of(lead),
                claims.Any(claim => claim.Claim.Hedged),
                null,
                0);
            var placeKeys = claims.SelectMany(claim => claim.Claim.Places)
                .SelectMany(mention => new[] { mention.Place?.Id, NameKey.Fold(mention.Text), mention.Place is { } p ? NameKey.Fold(p.Name) : null })
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            var sourceKeys = claims
                .SelectMany(claim => claim.Claim.Chain.Relays.Select(relay => relay.Source).Prepend(claim.Claim.Chain.Origin.Source))
                .SelectMany(KeysOf)
                .Concat(claims.Select(claim => NameKey.Fold(claim.Publisher)))
                .ToHashSet(StringComparer.Ordinal);
            var originKeys = origins.SelectMany(KeysOf).ToHashSet(StringComparer.Ordinal);
            return new Entry(ledgerEvent, claims, summary, placeKeys, sourceKeys, originKeys);
        }

        private static IEnumerable<string> KeysOf(SourceRef source) =>
            new[] { source.SourceId, NameKey.Fold(source.Name) }.OfType<string>();
    }
}

using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

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
    public string? Source { get; init; }
    /// <summary>Admiralty letters or codes, any of which the event's grade starts with ("A", "B2").</summary>
    public ImmutableArray<string> Credibility { get; init; } = [];
    public int? MinIndependentOrigins { get; init; }
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

    public async Task<EventDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        var snapshot = await GetSnapshotAsync(cancellationToken);
        if (!snapshot.ById.TryGetValue(id, out var entry))
        {
            return null;
        }
        var claims = new List<EventClaim>();
        foreach (var claim in entry.Claims)
        {
            if (await store.GetReportAsync(claim.ReportId, cancellationToken) is { } report)
            {
                claims.Add(new EventClaim(StoredClaimDto.From(claim, CodePointOffsets.For(report.Text)), StoredReportDto.From(report), report.Text));
            }
        }
        var ledgerEvent = entry.Event;
        return new EventDetail(
            entry.Summary,
            ledgerEvent.Credibility is { } grade ? new GradeView(grade.Code, grade.Explanation) : null,
            claims,
            ProvenanceTree.Build(entry.Claims, snapshot.ResolvePublisher),
            [.. ledgerEvent.Contradicts.Where(snapshot.ById.ContainsKey).Select(other => snapshot.ById[other].Summary)],
            [.. ledgerEvent.Verdicts.OrderBy(v => v.At).Select(v => new VerdictView(LedgerJson.EnumName(v.Value), v.By, v.At, v.Note, v.Evidence))]);
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
            .Select(e => Entry.Build(e, [.. e.ClaimIds.Where(claimsById.ContainsKey).Select(id => claimsById[id])]))
            .ToList();
        return new Snapshot(entries, PublisherResolver(sources));
    }

    private static Func<string, SourceRef?> PublisherResolver(IReadOnlyList<Source> sources)
    {
        var byName = new Dictionary<string, Source>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var name in (source.Aliases.IsDefault ? [] : source.Aliases).Prepend(source.Name).Prepend(source.Id))
            {
                byName.TryAdd(NameKey.Fold(name), source);
            }
        }
        return publisher => byName.TryGetValue(NameKey.Fold(publisher), out var source)
            ? new SourceRef(source.Name, source.Kind, source.Side, source.Role, source.Id, publisher)
            : null;
    }

    private static bool Matches(Entry entry, EventFilter filter)
    {
        var summary = entry.Summary;
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
        if (!filter.Credibility.IsDefaultOrEmpty
            && (summary.Credibility is not { } code || !filter.Credibility.Any(prefix => code.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))))
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
        return filter.Text is not { } text
            || entry.Claims.Any(claim => claim.Claim.Text.Contains(text, StringComparison.OrdinalIgnoreCase)
                || claim.Publisher.Contains(text, StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Snapshot(IReadOnlyList<Entry> Entries, Func<string, SourceRef?> ResolvePublisher)
    {
        public IReadOnlyDictionary<long, Entry> ById { get; } = Entries.ToDictionary(entry => entry.Event.Id);
    }

    private sealed record Entry(Event Event, IReadOnlyList<StoredClaim> Claims, EventSummary Summary, HashSet<string> PlaceKeys, HashSet<string> SourceKeys)
    {
        public static Entry Build(Event ledgerEvent, IReadOnlyList<StoredClaim> claims)
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
                ledgerEvent.IndependentOrigins,
                ledgerEvent.IndependentOriginsBySide.ToDictionary(pair => ContractNames.Of(pair.Key), pair => pair.Value, StringComparer.Ordinal),
                ledgerEvent.Credibility?.Code,
                [.. (ledgerEvent.Origins.IsDefaultOrEmpty ? origins.Select(o => o.Name) : ledgerEvent.Origins).Distinct(StringComparer.Ordinal)],
                [.. origins.Select(o => ContractNames.Of(o.Side)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                [.. claims.Select(claim => claim.Publisher).Distinct(StringComparer.Ordinal)],
                latest is null ? null : LedgerJson.EnumName(latest.Value),
                claims.Count > 0 ? claims[0].Claim.Text : "");
            var placeKeys = claims.SelectMany(claim => claim.Claim.Places)
                .SelectMany(mention => new[] { mention.Place?.Id, NameKey.Fold(mention.Text), mention.Place is { } p ? NameKey.Fold(p.Name) : null })
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            var sourceKeys = claims
                .SelectMany(claim => claim.Claim.Chain.Relays.Select(relay => relay.Source).Prepend(claim.Claim.Chain.Origin.Source))
                .SelectMany(source => new[] { source.SourceId, NameKey.Fold(source.Name) })
                .Concat(claims.Select(claim => NameKey.Fold(claim.Publisher)))
                .OfType<string>()
                .ToHashSet(StringComparer.Ordinal);
            return new Entry(ledgerEvent, claims, summary, placeKeys, sourceKeys);
        }
    }
}

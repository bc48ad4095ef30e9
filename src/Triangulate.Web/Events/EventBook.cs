using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
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
/// The events of the ledger in the shapes the page and the API show: summaries with a location, a date range and the
/// parties involved; details with claims in their reports and the provenance tree. Listings are answered by the store
/// from a listing row per event (its point, days, filter values and summary) through the store's indexes; the book
/// computes the rows of the events written since, a batch at a time, before it answers, so that what it shows follows
/// every change to the ledger (through the app or not) and it holds no more of the ledger than one batch.
/// </summary>
public sealed class EventBook(ILedgerStore store, IEventSource events)
{
    /// <summary>Events whose listings are computed at once: their claims are read in one query.</summary>
    private const int ListingBatch = 500;

    /// <summary>The prefixes of the keys the place, source and origin filters match.</summary>
    private const string PlaceKey = "place:";
    private const string SourceKey = "source:";
    private const string OriginKey = "origin:";

    /// <summary>Joins the claims' texts and publishers in the search text; no typed filter holds it, so no match spans two.</summary>
    private const char SearchSeparator = '\u001f';

    private static readonly JsonSerializerOptions SummaryJson = new(JsonSerializerDefaults.Web);
    private static readonly Lazy<SourceRegistry> Registry = new(SourceRegistry.LoadDefault);
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>The summaries of the events that pass the filter, in id order, from <paramref name="offset"/>, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<EventSummary>> ListAsync(EventFilter filter, int offset, int limit, CancellationToken cancellationToken) =>
        [.. (await ListJsonAsync(filter, offset, limit, cancellationToken)).Select(json => JsonSerializer.Deserialize<EventSummary>(json, SummaryJson)!)];

    /// <summary>
    /// The same summaries as JSON, as <see cref="EventSummary"/> is written with the web's defaults: the stored JSON with
    /// where the event folds added, so that a page of them is copied to the client without being read into objects.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListJsonAsync(EventFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        await RefreshListingsAsync(cancellationToken);
        var listed = await store.ListEventListingsAsync(Query(filter) with { Offset = offset, Limit = limit }, cancellationToken);
        return [.. listed.Select(JsonOf)];
    }

    /// <summary>How many of the events that pass the filter begin on each day.</summary>
    public async Task<IReadOnlyList<DayCount>> PerDayAsync(EventFilter filter, CancellationToken cancellationToken)
    {
        await RefreshListingsAsync(cancellationToken);
        return [.. (await store.CountEventListingsPerDayAsync(Query(filter), cancellationToken)).Select(day => new DayCount(day.Day, day.Events))];
    }

    /// <summary>The events' casualty and loss figures, summed by their place and by period, over the events that pass the filter.</summary>
    public async Task<IReadOnlyList<FigureRow>> FiguresAsync(EventFilter filter, string period, CancellationToken cancellationToken)
    {
        await RefreshListingsAsync(cancellationToken);
        // A fragment's figures count in its event, so the fragments themselves are left out whatever the filter says.
        var hosts = await store.ListEventListingsAsync(Query(filter with { FoldFragments = true }) with { Limit = int.MaxValue }, cancellationToken);
        var fragments = (await store.ListEventListingsAsync(
                new EventListingQuery { FragmentsOf = [.. hosts.Select(host => host.EventId)], Limit = int.MaxValue }, cancellationToken))
            .ToLookup(fragment => fragment.FragmentOf!.Value, fragment => fragment.EventId);
        var found = await events.FindAsync([.. hosts.Select(host => host.EventId), .. fragments.SelectMany(group => group)], cancellationToken);
        var claims = await ClaimsOfAsync(found, cancellationToken);
        var resolvePublisher = await PublisherResolverAsync(cancellationToken);
        return Figures.ByPlaceAndPeriod(
            hosts.Select(host =>
            {
                var summary = SummaryOf(host);
                var all = claims(host.EventId).Concat(fragments[host.EventId].SelectMany(claims));
                return (summary.Place, summary.From, Figures.OfEvent(Figures.Of(all, resolvePublisher)));
            }),
            period);
    }

    public async Task<EventDetail?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await RefreshListingsAsync(cancellationToken);
        if ((await events.FindAsync([id], cancellationToken)) is not [var ledgerEvent]
            || (await store.ListEventListingsAsync(new EventListingQuery { Ids = [id], Limit = 1 }, cancellationToken)) is not [var listed])
        {
            return null;
        }
        var fragmentIds = (await store.ListEventListingsAsync(new EventListingQuery { FragmentsOf = [id], Limit = int.MaxValue }, cancellationToken))
            .Select(fragment => fragment.EventId)
            .ToList();
        var fragmentEvents = await events.FindAsync(fragmentIds, cancellationToken);
        var claimsOf = await ClaimsOfAsync([ledgerEvent, .. fragmentEvents], cancellationToken);
        var claims = claimsOf(id);
        var fragmentClaims = fragmentEvents.SelectMany(fragment => claimsOf(fragment.Id)).ToList();
        // The reports of the event's and its fragments' claims in one query, not one per report.
        var reports = await ReportTexts.ReportsOfAsync(store, claims.Concat(fragmentClaims), cancellationToken);
        List<EventClaim> Shown(IEnumerable<StoredClaim> shownClaims)
        {
            var shown = new List<EventClaim>();
            foreach (var claim in shownClaims)
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
        var contradicted = (await store.ListEventListingsAsync(new EventListingQuery { Ids = [.. ledgerEvent.Contradicts], Limit = int.MaxValue }, cancellationToken))
            .ToDictionary(other => other.EventId);
        var resolvePublisher = await PublisherResolverAsync(cancellationToken);
        var figures = Figures.Of(claims.Concat(fragmentClaims), resolvePublisher);
        return new EventDetail(
            SummaryOf(listed),
            new GradeView(ledgerEvent.Credibility.Code, ledgerEvent.Credibility.Explanation),
            Shown(claims),
            ProvenanceTree.Build(ledgerEvent, claims, resolvePublisher),
            [.. ledgerEvent.Contradicts.Where(contradicted.ContainsKey).Select(other => SummaryOf(contradicted[other]))],
            [.. ledgerEvent.Verdicts.OrderBy(v => v.At).Select(v => new VerdictView(LedgerJson.EnumName(v.Value), v.By, v.At, v.Note, v.Evidence))],
            Shown(fragmentClaims),
            figures,
            Figures.OfEvent(figures));
    }

    public async Task<bool> ExistsAsync(long id, CancellationToken cancellationToken) =>
        (await events.FindAsync([id], cancellationToken)).Count > 0;

    /// <summary>
    /// Computes the listings of the events written since theirs were (none, mostly), a batch at a time. One request of
    /// this app computes them while the others wait; another app on the same ledger may compute the same ones, and the
    /// later write wins with the same rows.
    /// </summary>
    private async Task RefreshListingsAsync(CancellationToken cancellationToken)
    {
        if ((await store.ListPendingEventListingsAsync(1, cancellationToken)).Count == 0)
        {
            return;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (await store.ListPendingEventListingsAsync(ListingBatch, cancellationToken) is { Count: > 0 } pending)
            {
                var found = await events.FindAsync([.. pending.Select(mark => mark.EventId).Distinct()], cancellationToken);
                var claimsOf = await ClaimsOfAsync(found, cancellationToken);
                await store.SaveEventListingsAsync(pending, [.. found.Select(e => Entry.Listing(e, claimsOf(e.Id)))], cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The stored claims of each event, in the event's order, read in one query.</summary>
    private async Task<Func<long, IReadOnlyList<StoredClaim>>> ClaimsOfAsync(IReadOnlyList<CorroboratedEvent> found, CancellationToken cancellationToken)
    {
        var ids = found.SelectMany(e => e.Claims.Select(c => c.ClaimId)).Distinct().ToList();
        var byId = ids.Count == 0
            ? []
            : (await store.ListClaimsAsync(new ClaimQuery { Ids = ids, Limit = int.MaxValue }, cancellationToken)).ToDictionary(claim => claim.Id);
        var byEvent = found.ToDictionary(
            e => e.Id,
            e => (IReadOnlyList<StoredClaim>)[.. e.Claims.Where(c => byId.ContainsKey(c.ClaimId)).Select(c => byId[c.ClaimId])]);
        return id => byEvent.TryGetValue(id, out var claims) ? claims : [];
    }

    private async Task<Func<string, SourceRef?>> PublisherResolverAsync(CancellationToken cancellationToken) =>
        ProvenanceTree.PublisherResolver((await store.ListSourcesAsync(cancellationToken)).Concat(Registry.Value.Sources));

    private static EventSummary SummaryOf(ListedEvent listed) => JsonSerializer.Deserialize<EventSummary>(JsonOf(listed), SummaryJson)!;

    /// <summary>The stored summary (an object without the two fold fields, see <see cref="Entry.Listing"/>) with them appended.</summary>
    private static string JsonOf(ListedEvent listed) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{listed.Summary.AsSpan(0, listed.Summary.Length - 1)},\"{FragmentOfName}\":{listed.FragmentOf?.ToString(CultureInfo.InvariantCulture) ?? "null"},\"{FragmentsName}\":{listed.Fragments}}}");

    private static readonly string FragmentOfName = SummaryJson.PropertyNamingPolicy!.ConvertName(nameof(EventSummary.FragmentOf));
    private static readonly string FragmentsName = SummaryJson.PropertyNamingPolicy!.ConvertName(nameof(EventSummary.Fragments));

    private static EventListingQuery Query(EventFilter filter) => new()
    {
        Box = filter.Box,
        Lat = filter.Lat,
        Lon = filter.Lon,
        RadiusKm = filter.RadiusKm,
        Since = filter.Since,
        Until = filter.Until,
        Kind = filter.Kind,
        Credibility = filter.Credibility.IsDefaultOrEmpty ? [] : [.. filter.Credibility],
        MinIndependentOrigins = filter.MinIndependentOrigins,
        Hedged = filter.Hedged,
        OriginSide = filter.Side is { } side ? ContractNames.Of(side) : null,
        KeyGroups = [.. new[] { (PlaceKey, filter.Place), (SourceKey, filter.Source), (OriginKey, filter.Origin) }
            .Where(pair => pair.Item2 is not null)
            .Select(pair => (IReadOnlyCollection<string>)[pair.Item1 + pair.Item2, pair.Item1 + NameKey.Fold(pair.Item2!)])],
        FoldedText = filter.Text is { } text ? EventListing.FoldText(text) : null,
        FoldFragments = filter.FoldFragments,
    };

    /// <summary>How an event is listed: its summary, where and when it is shown, and what the filters match.</summary>
    private static class Entry
    {
        public static EventListing Listing(CorroboratedEvent ledgerEvent, IReadOnlyList<StoredClaim> claims)
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
                .Select(key => PlaceKey + key);
            var sourceKeys = claims
                .SelectMany(claim => claim.Claim.Chain.Relays.Select(relay => relay.Source).Prepend(claim.Claim.Chain.Origin.Source))
                .SelectMany(KeysOf)
                .Concat(claims.Select(claim => NameKey.Fold(claim.Publisher)))
                .Select(key => SourceKey + key);
            var originKeys = origins.SelectMany(KeysOf).Select(key => OriginKey + key);
            var searchText = string.Join(SearchSeparator, claims.SelectMany(claim => new[] { claim.Claim.Text, claim.Publisher }).Select(EventListing.FoldText));
            return new EventListing(
                ledgerEvent.Id,
                ledgerEvent.Kind,
                summary.From,
                summary.To,
                summary.Lat,
                summary.Lon,
                summary.Credibility,
                summary.IndependentOrigins,
                summary.Hedged,
                [.. summary.OriginSides],
                [.. placeKeys.Concat(sourceKeys).Concat(originKeys).Distinct(StringComparer.Ordinal)],
                searchText,
                StoredSummary(summary));
        }

        /// <summary>
        /// The summary's JSON without where the event folds, which the store decides over every listing and adds when it
        /// reads one back (<see cref="JsonOf"/>): every summary has other fields, so the object is never empty.
        /// </summary>
        private static string StoredSummary(EventSummary summary)
        {
            var json = JsonSerializer.SerializeToNode(summary, SummaryJson)!.AsObject();
            json.Remove(FragmentOfName);
            json.Remove(FragmentsName);
            return json.ToJsonString(SummaryJson);
        }

        private static IEnumerable<string> KeysOf(SourceRef source) =>
            new[] { source.SourceId, NameKey.Fold(source.Name) }.OfType<string>();
    }
}

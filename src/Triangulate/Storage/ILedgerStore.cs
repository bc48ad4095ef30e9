using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage;

/// <summary>What happened to one report on save.</summary>
public enum SaveStatus
{
    /// <summary>A report not seen before.</summary>
    Added,
    /// <summary>The same report (same normalised URL and text, or same publisher and text) was already stored.</summary>
    Duplicate,
    /// <summary>A changed text under a URL already stored: kept as a new revision of that report.</summary>
    Revision,
}

public sealed record SaveOutcome(Report Report, long ReportId, SaveStatus Status);

/// <summary>A report as the ledger holds it.</summary>
public sealed record StoredReport(
    long Id,
    string? ExternalId,
    string Publisher,
    string? Url,
    DateTimeOffset? Published,
    string Language,
    string? Title,
    string Text,
    string ContentHash,
    int Revision,
    long? PreviousRevisionId,
    string InputPath,
    ImmutableArray<string> ForwardedFrom,
    DateTimeOffset IngestedAt);

/// <summary>A claim as the ledger holds it, with the report it came from.</summary>
public sealed record StoredClaim(long Id, long ReportId, string? ExternalId, string Publisher, DateTimeOffset? Published, Claim Claim);

public sealed record ReportQuery
{
    /// <summary>Full-text search over title and text.</summary>
    public string? Search { get; init; }
    public string? Publisher { get; init; }
    public string? Language { get; init; }
    /// <summary>Only these reports: a listing of claims reads the reports they point into in one query.</summary>
    public IReadOnlyCollection<long>? Ids { get; init; }
    /// <summary>Inclusive lower bound on the publication time.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Inclusive upper bound on the publication time.</summary>
    public DateTimeOffset? Until { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

public sealed record ClaimQuery
{
    /// <summary>Only the claims of this report.</summary>
    public long? ReportId { get; init; }
    /// <summary>Only these claims: an event's dossier reads its members in one query.</summary>
    public IReadOnlyCollection<long>? Ids { get; init; }
    public ClaimKind? Kind { get; init; }
    /// <summary>The side of the claim's actor (who acts), as the expected readings give it.</summary>
    public Side? Side { get; init; }
    /// <summary>The side of the claim's origin (who asserts it).</summary>
    public Side? OriginSide { get; init; }
    /// <summary>Matches the origin's or a relay's name or registry id.</summary>
    public string? Source { get; init; }
    /// <summary>A gazetteer id, or a name matched against the claim's place names.</summary>
    public string? Place { get; init; }
    public double? Lat { get; init; }
    public double? Lon { get; init; }
    /// <summary>With <see cref="Lat"/> and <see cref="Lon"/>: claims with a place within this great-circle distance.</summary>
    public double? RadiusKm { get; init; }
    /// <summary>Claims with a place inside this box (a map's view).</summary>
    public GeoBox? Box { get; init; }
    /// <summary>Full-text search over the title and text of the claim's report.</summary>
    public string? Search { get; init; }
    /// <summary>Inclusive lower bound on the publication time of the claim's report.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Inclusive upper bound on the publication time of the claim's report.</summary>
    public DateTimeOffset? Until { get; init; }
    public int Limit { get; init; } = 100;
    public int Offset { get; init; }
}

public sealed record LedgerSummary(int Reports, int Claims, int PlaceMentions, int Sources);

/// <summary>
/// The ledger's storage contract. SQLite implements it for one analyst; PostgreSQL for a team. Both pass one test suite.
/// </summary>
public interface ILedgerStore : IAsyncDisposable
{
    /// <summary>Brings the schema to the current version; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores reports with their analyses in one transaction: all of the batch or none of it, so that a kill leaves the
    /// ledger consistent and a re-run completes it. Idempotent: saving the same report twice stores it once.
    /// </summary>
    Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<Analysis> batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// For each report, whether the ledger already holds it: the same text under the same normalised URL or from the
    /// same publisher, exactly what <see cref="SaveAsync"/> would count as <see cref="SaveStatus.Duplicate"/>. Lets an
    /// ingest skip analysing what it would not store.
    /// </summary>
    Task<IReadOnlyList<bool>> ContainsReportsAsync(IReadOnlyList<Report> reports, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredReport>> ListReportsAsync(ReportQuery query, CancellationToken cancellationToken = default);

    Task<StoredReport?> GetReportAsync(long id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredClaim>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    Task<StoredClaim?> GetClaimAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Place mentions stored for one report.</summary>
    Task<IReadOnlyList<PlaceMention>> GetPlaceMentionsAsync(long reportId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Per publisher, how many place mentions in its stored reports point at each place with at least
    /// <see cref="LearnedAreas.MinimumConfidence"/>, at a point rather than an area (an oblast named says little of where a
    /// publisher reports from); a report superseded by a later revision is left out, so a revised report counts once.
    /// Kept by the store as batches are written, not counted over the ledger when asked. In no particular order.
    /// </summary>
    Task<IReadOnlyList<PublisherPlaceCount>> CountPlaceMentionsByPublisherAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the stored snapshot of the publishers' usual areas, in one transaction.</summary>
    Task ReplaceLearnedAreasAsync(IReadOnlyList<PublisherAreas> publishers, CancellationToken cancellationToken = default);

    /// <summary>The stored snapshot of the publishers' usual areas, by publisher; empty until an ingest has completed.</summary>
    Task<IReadOnlyList<PublisherAreas>> ListLearnedAreasAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether claims were stored after the last regrouping: a claim newer than every claim in an event. Every regrouping
    /// puts every claim in an event, and claims are only ever added, so this finds a regrouping a crash cut short.
    /// </summary>
    Task<bool> HasUngroupedClaimsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds sources to the registry; a source whose id is stored already replaces the stored entry.</summary>
    Task SaveSourcesAsync(IReadOnlyList<Source> sources, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an analyst's merge of one source into another with its audit line, in one transaction; returns the merge's id.</summary>
    Task<long> SaveSourceMergeAsync(SourceMerge merge, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Every merge of sources, in the order they were made.</summary>
    Task<IReadOnlyList<SourceMerge>> ListSourceMergesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds gazetteer entries made by analysts; a place whose id is stored already replaces the stored entry.</summary>
    Task SavePlacesAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken = default);

    /// <summary>Analysts' places within a great-circle distance of a point, nearest first.</summary>
    Task<IReadOnlyList<Place>> ListPlacesNearAsync(double lat, double lon, double radiusKm, CancellationToken cancellationToken = default);

    /// <summary>Every place stored (made by analysts or imported), in id order.</summary>
    Task<IReadOnlyList<Place>> ListPlacesAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds names to places (of the bundled gazetteer or stored); a name a place has already is kept once.</summary>
    Task SavePlaceAliasesAsync(IReadOnlyList<PlaceAlias> aliases, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PlaceAlias>> ListPlaceAliasesAsync(CancellationToken cancellationToken = default);

    Task<LedgerSummary> SummarizeAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the engine's integrity checks; returns the problems found (none when healthy).</summary>
    Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the ledger in report id order, for a copy to another engine: at most <paramref name="limit"/> reports
    /// with ids above <paramref name="afterReportId"/>, each with its place mentions and claims.
    /// </summary>
    Task<IReadOnlyList<ReportRecord>> ExportAsync(long afterReportId, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes exported records in one transaction, keeping their report and claim ids, revision chains and ingest
    /// times. Idempotent: a record stored already is skipped, so a re-run completes an interrupted copy.
    /// </summary>
    Task<ImportSummary> ImportAsync(IReadOnlyList<ReportRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Adds a web account, or replaces the role and password of the account with that name.</summary>
    Task SaveAccountAsync(LedgerAccount account, CancellationToken cancellationToken = default);

    Task<LedgerAccount?> GetAccountAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<LedgerAccount>> ListAccountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds an API key; a key whose prefix is stored already replaces the stored entry.</summary>
    Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default);

    Task<ApiKeyRecord?> GetApiKeyAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Every API key, by prefix (for a copy to another engine; the keys themselves are never stored).</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds an element to the web app's key ring. Elements are never changed or removed: a revocation is a new element,
    /// and an expired key stays to read what it once protected. Two elements may share a name.
    /// </summary>
    Task SaveDataProtectionKeyAsync(DataProtectionKeyElement element, CancellationToken cancellationToken = default);

    /// <summary>
    /// The web app's key ring, in the order its elements were added. A copy to another ledger leaves it behind: it
    /// belongs to the deployment that serves this ledger, not to the ledger's contents.
    /// </summary>
    Task<IReadOnlyList<DataProtectionKeyElement>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces every stored event and its membership with a new grouping, in one transaction.</summary>
    Task ReplaceEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the events <paramref name="removed"/> and stores <paramref name="written"/> (replacing any stored under
    /// the same id) with their members and keys, in one transaction: a regrouping of part of the ledger.
    /// </summary>
    Task UpdateEventsAsync(IReadOnlyCollection<long> removed, IReadOnlyList<StoredEvent> written, CancellationToken cancellationToken = default);

    /// <summary>The events filed under any of the keys, holding any of the claims, or with any of the ids, less the excepted ones, each with its keys.</summary>
    Task<IReadOnlyList<StoredEvent>> FindEventsAsync(EventSelection selection, CancellationToken cancellationToken = default);

    /// <summary>Whether some stored event has no keys: grouped before keys were stored, so only a full regrouping finds it.</summary>
    Task<bool> HasUnkeyedEventsAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether any event is stored.</summary>
    Task<bool> HasEventsAsync(CancellationToken cancellationToken = default);

    /// <summary>A fact about the ledger as a whole kept under <paramref name="name"/> (<see cref="LedgerSettingNames"/>), or null.</summary>
    Task<string?> GetSettingAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="name"/>, replacing what was kept there.</summary>
    Task SetSettingAsync(string name, string value, CancellationToken cancellationToken = default);

    /// <summary>The claims in no event (stored after the last regrouping), with their reports.</summary>
    Task<IReadOnlyList<ClaimRef>> ListUngroupedClaimsAsync(CancellationToken cancellationToken = default);

    /// <summary>The reports with these ids, each with all of its claims.</summary>
    Task<IReadOnlyList<ReportClaims>> ListReportClaimsAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default);

    /// <summary>Every stored event, by id.</summary>
    Task<IReadOnlyList<StoredEvent>> ListEventsAsync(CancellationToken cancellationToken = default);

    Task<StoredEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events written since their listing was computed (every event a regrouping, merge, split or verdict stores is
    /// marked), oldest mark first, at most <paramref name="limit"/>.
    /// </summary>
    Task<IReadOnlyList<PendingListing>> ListPendingEventListingsAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: replaces the listings of the <paramref name="done"/> marks' events with
    /// <paramref name="listings"/> (a listing of an event no longer stored is dropped), clears those marks (a mark made
    /// since stays), and folds again every unlocated event that shares a report with them: it becomes a fragment of the
    /// located event with the most claims in its reports (the smallest id on a tie), or of none.
    /// </summary>
    Task SaveEventListingsAsync(IReadOnlyList<PendingListing> done, IReadOnlyList<EventListing> listings, CancellationToken cancellationToken = default);

    /// <summary>The stored listings the query keeps, in event id order, from the listings' own indexes (box and period).</summary>
    Task<IReadOnlyList<ListedEvent>> ListEventListingsAsync(EventListingQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many of the events the query keeps (its paging aside) begin on each day, in day order; undated ones are left out.</summary>
    Task<IReadOnlyList<EventDayCount>> CountEventListingsPerDayAsync(EventListingQuery query, CancellationToken cancellationToken = default);

    /// <summary>Records an analyst's merge or split with its audit line, in one transaction; returns the override's id.</summary>
    Task<long> SaveEventOverrideAsync(EventOverride change, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Every merge and split, in the order they were made.</summary>
    Task<IReadOnlyList<EventOverride>> ListEventOverridesAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an analyst's verdict with its audit line, in one transaction; returns the verdict's id.</summary>
    Task<long> SaveVerdictAsync(Verdict verdict, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Every analyst's verdict, in the order they were given.</summary>
    Task<IReadOnlyList<Verdict>> ListVerdictsAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends one line to the audit log; returns its id. There is no method to change or remove a line.</summary>
    Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>The audit log in order, optionally only the lines about one target ("event:12", "claim:34").</summary>
    Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? target = null, CancellationToken cancellationToken = default);

    /// <summary>Reads the overrides, verdicts, source merges and audit log with their ids, for a copy to another engine.</summary>
    Task<LedgerJournal> ExportJournalAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes another ledger's journal under its ids, in one transaction; a row whose id is stored already is skipped,
    /// so a re-run of a copy adds nothing, and so is a merge of a source the target has merged already (a source is
    /// merged once). Returns the number of rows added.
    /// </summary>
    Task<int> ImportJournalAsync(LedgerJournal journal, CancellationToken cancellationToken = default);

    /// <summary>
    /// Holds the ledger's corroboration lock until disposed: one regrouping, merge, split or verdict at a time across
    /// every process sharing the ledger, so that none computes its events from a state another is changing.
    /// </summary>
    Task<IAsyncDisposable> LockCorroborationAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores control maps; a map whose name is stored already replaces the stored one.</summary>
    Task SaveControlMapsAsync(IReadOnlyList<ControlMap> maps, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ControlMap>> ListControlMapsAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores the rows of an occupation list, replacing any rows stored before under the same list name.</summary>
    Task SaveOccupationEntriesAsync(string listName, IReadOnlyList<OccupationEntry> entries, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OccupationEntry>> ListOccupationEntriesAsync(CancellationToken cancellationToken = default);
}

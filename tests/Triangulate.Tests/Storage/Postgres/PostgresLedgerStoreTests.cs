using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage.Postgres;

/// <summary>The ledger contract on PostgreSQL with PostGIS, and what only a shared server has to show: many writers at once.</summary>
public sealed class PostgresLedgerStoreTests(PostgresTestDatabase database) : LedgerStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly TimeProvider clock = new FixedTimeProvider(IngestTime);
    private string? connectionString;

    protected override async Task<ILedgerStore> CreateStoreAsync()
    {
        connectionString = await database.CreateSchemaAsync();
        return await PostgresLedgerStore.OpenAsync(connectionString, clock);
    }

    private Task<PostgresLedgerStore> OpenAnotherAsync() => PostgresLedgerStore.OpenAsync(connectionString!, clock);

    protected override async Task<ILedgerStore> OpenSameLedgerAsync() => await OpenAnotherAsync();

    protected override async Task<ILedgerStore> CreateOtherStoreAsync() => await OpenOtherSchemaAsync();

    protected override Task RunSqlAsync(string sql) => database.RunSqlAsync(connectionString!, sql);

    [SkippableFact]
    public void OpenAsync_ServerWithPostGis_UsesGeography()
    {
        Assert.True(((PostgresLedgerStore)Store).UsesPostGis);
    }

    [SkippableFact]
    public async Task OpenAsync_SeveralAtOnce_ApplyEachMigrationOnceAndKeepData()
    {
        await Store.SaveAsync(Batch());

        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAnotherAsync()));

        Assert.Equal(Enumerable.Range(1, PostgresLedgerStore.LatestSchemaVersion), await stores[0].GetAppliedMigrationsAsync());
        Assert.Equal(new LedgerSummary(4, 5, 6, 0), await stores[^1].SummarizeAsync());
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>
    /// A writer whose connection sets a one-second command timeout regroups while another process holds the
    /// corroboration lock for longer than that: it waits its turn and then regroups, rather than failing with only
    /// "Exception while reading from stream" after the timeout cancels its wait (issue 17).
    /// </summary>
    [SkippableFact]
    public async Task RefreshAsync_CorroborationLockHeldPastTheCommandTimeout_WaitsItsTurnAndRegroups()
    {
        await Store.SaveAsync(Batch());
        await using var impatient = await PostgresLedgerStore.OpenAsync(connectionString + ";Command Timeout=1", clock);
        var held = await Store.LockCorroborationAsync();
        var waiting = Task.Run(() => new CorroborationService(impatient, SourceRegistry.LoadDefault(), clock).RefreshAsync());
        while (!waiting.IsCompleted && !await IsWaitingForAdvisoryLockAsync())
        {
            await Task.Delay(20);
        }
        // Past the command timeout, so that a wait the timeout could cancel would have failed by now.
        await Task.Delay(TimeSpan.FromSeconds(2));
        await held.DisposeAsync();

        var regrouped = await waiting;

        Assert.Equal(5, regrouped.ClaimsRegrouped);
        Assert.False(await Store.HasUngroupedClaimsAsync());
    }

    private async Task<bool> IsWaitingForAdvisoryLockAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted)", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Eight ingesters, each with its own store and connections, fed the same 2,000 reports at once: the unique keys
    /// must leave each report stored once, with exactly the claims and mentions one ingest leaves.
    /// </summary>
    [SkippableFact]
    public async Task SaveAsync_EightIngestersOverTheSameReports_StoreWhatOneIngestStores()
    {
        const int reportCount = 2_000;
        var analyzer = new ReportAnalyzer(FixtureAnalyses.Instance, FixtureAnalyses.Instance);
        var reports = Enumerable.Range(0, reportCount).Select(number => Triangulate.Ingest.ReadOutcome.Of(DailySummary(number).Report)).ToList();
        await using var single = await OpenOtherSchemaAsync();
        await new LedgerIngest(analyzer, single).RunAsync(reports);
        var stores = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => OpenAnotherAsync()));

        // Different batch sizes, so that the ingesters' transactions overlap in every way.
        var summaries = await Task.WhenAll(stores.Select((store, i) =>
            Task.Run(() => new LedgerIngest(analyzer, store, batchSize: 100 + (i * 37)).RunAsync(reports))));

        Assert.Equal((reportCount, await single.SummarizeAsync()), (summaries.Sum(summary => summary.Added), await Store.SummarizeAsync()));
        Assert.Equal(reportCount, (await Store.SummarizeAsync()).Reports);
        Assert.Empty(await Store.CheckIntegrityAsync());
        var singleEvents = await EventsByReportAsync(single);
        Assert.NotEmpty(singleEvents);
        Assert.Equal(singleEvents, await EventsByReportAsync(Store));
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    /// <summary>
    /// The events corroboration stores for a ledger, each named by its kind, its reports' external ids, its time span
    /// and its number of independent origins: claim ids differ between ledgers ingested in another order, these do not.
    /// </summary>
    private static async Task<List<string>> EventsByReportAsync(ILedgerStore store)
    {
        await new CorroborationService(store, SourceRegistry.LoadDefault(), new FixedTimeProvider(IngestTime)).RefreshAsync();
        var reports = (await store.ListClaimsAsync(new ClaimQuery { Limit = int.MaxValue })).ToDictionary(claim => claim.Id, claim => claim.ExternalId);
        var events = (await store.ListEventsAsync()).Select(stored => LedgerJson.Deserialize<CorroboratedEvent>(stored.Document));
        return [.. events
            .Select(e => string.Join(' ',
                [e.Kind.ToString(), .. e.Claims.Select(claim => reports[claim.ClaimId]).Order(StringComparer.Ordinal),
                 $"{e.FirstReported:O}", $"{e.LastReported:O}", $"{e.IndependentOrigins.Length}"]))
            .Order(StringComparer.Ordinal)];
    }

    [SkippableFact]
    public async Task SaveAsync_ConcurrentRevisionsOfOneUrl_NumberThemWithoutGaps()
    {
        var original = RybarAdvanceSouthOfChasivYar();
        await Store.SaveAsync([original]);
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => OpenAnotherAsync()));

        await Task.WhenAll(stores.Select((store, i) => Task.Run(() => store.SaveAsync([WithAppendedText(original, $"Обновление {i}.")]))));

        var revisions = await Store.ListReportsAsync(new ReportQuery { Publisher = original.Report.Publisher });
        Assert.Equal(Enumerable.Range(1, 7), revisions.Select(report => report.Revision).Order());
        Assert.Empty(await Store.CheckIntegrityAsync());
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task ImportAsync_RecordsOfAnotherLedger_KeepTheirIdsAndLaterSavesDoNotCollide()
    {
        await using var source = await OpenOtherSchemaAsync();
        await source.SaveAsync(Batch());
        var exported = await source.ExportAsync(0, 100);

        var imported = await Store.ImportAsync(exported);
        var afterwards = await Store.SaveAsync([DailySummary(1)]);

        Assert.Equal((4, 0), (imported.Imported, imported.AlreadyPresent));
        Assert.Equal(exported.Select(record => record.Report.Id), (await Store.ExportAsync(0, 100)).Take(4).Select(record => record.Report.Id));
        Assert.True(afterwards[0].ReportId > exported.Max(record => record.Report.Id));
    }

    [SkippableFact]
    public async Task ImportAsync_SameRecordsTwice_CountsThemPresent()
    {
        await using var source = await OpenOtherSchemaAsync();
        await source.SaveAsync(Batch());
        var exported = await source.ExportAsync(0, 100);
        await Store.ImportAsync(exported);

        var again = await Store.ImportAsync(exported);

        Assert.Equal((0, 4, 0), (again.Imported, again.AlreadyPresent, again.Conflicting.Length));
    }

    [SkippableFact]
    public async Task ImportAsync_IdHeldByOtherReport_IsReportedAsConflict()
    {
        await Store.SaveAsync([KramatorskStrike()]);
        await using var source = await OpenOtherSchemaAsync();
        await source.SaveAsync([GeneralStaffRepelledAttacks()]);

        var summary = await Store.ImportAsync(await source.ExportAsync(0, 100));

        Assert.Equal<long>([1], summary.Conflicting);
    }

    private async Task<PostgresLedgerStore> OpenOtherSchemaAsync() =>
        await PostgresLedgerStore.OpenAsync(await database.CreateSchemaAsync(), clock);
}

/// <summary>The ledger contract on PostgreSQL without PostGIS: radius queries on the lat/lon index and haversine.</summary>
public sealed class PostgresLatLonLedgerStoreTests(PostgresTestDatabase database) : LedgerStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    private string? connectionString;

    protected override async Task<ILedgerStore> CreateStoreAsync()
    {
        connectionString = await database.CreateSchemaAsync();
        return await OpenSameLedgerAsync();
    }

    protected override async Task<ILedgerStore> OpenSameLedgerAsync() =>
        await PostgresLedgerStore.OpenAsync(connectionString!, new FixedTimeProvider(IngestTime), PostgresSpatial.LatLon);

    protected override async Task<ILedgerStore> CreateOtherStoreAsync() =>
        await PostgresLedgerStore.OpenAsync(await database.CreateSchemaAsync(), new FixedTimeProvider(IngestTime), PostgresSpatial.LatLon);

    protected override Task RunSqlAsync(string sql) => database.RunSqlAsync(connectionString!, sql);

    [SkippableFact]
    public void OpenAsync_LatLonMode_DoesNotUseGeography()
    {
        Assert.False(((PostgresLedgerStore)Store).UsesPostGis);
    }
}

/// <summary>Analyses numbered daily summaries as <see cref="LedgerFixtures.DailySummary"/> does, without the real pipeline's cost.</summary>
internal sealed class FixtureAnalyses : Triangulate.Places.IPlaceFinder, Triangulate.Claims.IClaimExtractor
{
    public static FixtureAnalyses Instance { get; } = new();

    public System.Collections.Immutable.ImmutableArray<PlaceMention> Find(Report report) => Of(report).Places;

    public System.Collections.Immutable.ImmutableArray<Claim> Extract(Report report, System.Collections.Immutable.ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default) => Of(report).Claims;

    private static Analysis Of(Report report) =>
        DailySummary(int.Parse(report.ExternalId!["summary-".Length..], System.Globalization.CultureInfo.InvariantCulture));
}

using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>Several analysts, each with their own store instance, changing one ledger at once.</summary>
public abstract partial class LedgerStoreContractTests
{
    private const int Analysts = 4;

    private async Task<ILedgerStore[]> OpenAnalystsStoresAsync() =>
        await Task.WhenAll(Enumerable.Range(0, Analysts).Select(_ => OpenSameLedgerAsync()));

    private static async Task DisposeAllAsync(IEnumerable<ILedgerStore> stores)
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task SaveVerdictAsync_FourAnalystsAtOnce_LoseNone()
    {
        const int perAnalyst = 25;
        await Store.SaveAsync(Batch());
        var claims = (await Store.ListClaimsAsync(new ClaimQuery())).Select(claim => claim.Id).ToArray();
        var stores = await OpenAnalystsStoresAsync();

        await Task.WhenAll(stores.Select((store, analyst) => Task.Run(async () =>
        {
            for (var i = 0; i < perAnalyst; i++)
            {
                var target = $"claim:{claims[i % claims.Length]}";
                var verdict = new Verdict(VerdictTarget.Claim, claims[i % claims.Length], VerdictValue.Unresolved, $"analyst-{analyst}", IngestTime, $"pass {i}");
                await store.SaveVerdictAsync(verdict, Audit("verdict", target, null, $"{{\"pass\":{i}}}") with { By = $"analyst-{analyst}" });
            }
        })));

        var verdicts = await Store.ListVerdictsAsync();
        var audit = await Store.ListAuditAsync();
        Assert.Equal(Analysts * perAnalyst, verdicts.Select(v => (v.By, v.Note)).Distinct().Count());
        Assert.Equal(Analysts * perAnalyst, audit.Select(line => (line.By, line.After)).Distinct().Count());
        await DisposeAllAsync(stores);
    }

    /// <summary>
    /// Two analysts merge disjoint pairs of events while two others give verdicts, every change followed by a
    /// regrouping: both merges must hold in the stored events, which must be what one more regrouping computes.
    /// </summary>
    [SkippableFact]
    public async Task MergesAndVerdictsAtOnce_StoredEventsKeepEveryChange()
    {
        await Store.SaveAsync(Batch());
        var registry = SourceRegistry.LoadDefault();
        var clock = new FixedTimeProvider(IngestTime);
        await new CorroborationService(Store, registry, clock).RefreshAsync();
        var events = (await Store.ListEventsAsync()).Select(e => e.Id).ToArray();
        Skip.If(events.Length < 4, "the fixture's claims group into fewer than four events");
        var stores = await OpenAnalystsStoresAsync();
        var services = stores.Select(store => new CorroborationService(store, registry, clock)).ToArray();

        var changes = await Task.WhenAll(
            Task.Run(() => services[0].MergeAsync([events[0], events[1]], "analyst-0", "same assault")),
            Task.Run(() => services[1].MergeAsync([events[2], events[3]], "analyst-1", "same strike")),
            Task.Run(() => services[2].RecordVerdictAsync(VerdictTarget.Claim, events[0], VerdictValue.Confirmed, "analyst-2", null)),
            Task.Run(() => services[3].RecordVerdictAsync(VerdictTarget.Claim, events[2], VerdictValue.Refuted, "analyst-3", null)));

        Assert.All(changes, change => Assert.True(change.Done, change.Message));
        Assert.Equal(2, (await Store.ListEventOverridesAsync()).Count);
        Assert.Equal(2, (await Store.ListVerdictsAsync()).Count);
        var stored = (await Store.ListEventsAsync()).Select(e => e.Document).ToList();
        await new CorroborationService(Store, registry, clock).RefreshAsync();
        Assert.Equal(events.Length - 2, stored.Count);
        Assert.Equal((await Store.ListEventsAsync()).Select(e => e.Document), stored);
        await DisposeAllAsync(stores);
    }

    private static readonly Lazy<Triangulate.Pipeline.ReportAnalyzer> IngestAnalyzer = new(Triangulate.Pipeline.AnalyzerFactory.CreateDefault);

    /// <summary>
    /// Eight ingesters, each with its own connections, store overlapping halves of one set of reports at once and
    /// regroup after: none fails (none is turned away by a lock, a deadlock or a timeout), and the ledger holds each
    /// report once with the claims and events one ingest of them all gives (issue 17).
    /// </summary>
    [SkippableFact]
    public async Task Ingest_EightIngestersOfOverlappingReportsAtOnce_AllSucceedAndStoreWhatOneRunStores()
    {
        const int ingesters = 8;
        string[] towns = ["Торецьк", "Часів Яр", "Покровськ", "Бахмут"];
        var reports = Enumerable.Range(0, 96).Select(n => new Report(
            $"b{n}", "Генштаб ЗСУ", $"https://example.org/bulletin/{n}", IngestTime.AddHours(n * 7), "uk", null,
            $"Зведення №{n}. Минулої доби противник {(n % 9) + 1} разів атакував позиції наших захисників поблизу міста {towns[n % towns.Length]}.",
            new InputLocation("bulletins.jsonl", n))).ToList();
        var registry = SourceRegistry.LoadDefault();
        var clock = new FixedTimeProvider(IngestTime);
        var stores = await Task.WhenAll(Enumerable.Range(0, ingesters).Select(_ => OpenSameLedgerAsync()));

        await Task.WhenAll(stores.Select((store, i) => Task.Run(async () =>
        {
            var half = Enumerable.Range(i * 12, reports.Count / 2).Select(k => reports[k % reports.Count]);
            await new Triangulate.Pipeline.LedgerIngest(IngestAnalyzer.Value, store, batchSize: 8).RunAsync(half.Select(Triangulate.Ingest.ReadOutcome.Of));
            await new CorroborationService(store, registry, clock).RefreshAsync();
        })));

        var expectedClaims = IngestAnalyzer.Value.AnalyzeAll(reports).Sum(analysis => analysis.Claims.Length);
        var summary = await Store.SummarizeAsync();
        Assert.Equal((reports.Count, expectedClaims), (summary.Reports, summary.Claims));
        var stored = (await Store.ListEventsAsync()).Select(e => e.Document).ToList();
        await new CorroborationService(Store, registry, clock).RefreshAsync();
        Assert.Equal((await Store.ListEventsAsync()).Select(e => e.Document), stored);
        await DisposeAllAsync(stores);
    }
}

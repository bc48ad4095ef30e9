using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Storage;

namespace Triangulate.Tests.Pipeline;

/// <summary>Ingest runs reading and analysis a batch ahead of storing; these pin what that must not change.</summary>
public sealed class LedgerIngestTests
{
    private static readonly Lazy<ReportAnalyzer> Analyzer = new(AnalyzerFactory.CreateDefault);

    [Fact]
    public async Task RunAsync_ManyBatches_StoresEveryReportAndCountsRejections()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        var outcomes = Bulletins(10).Select(ReadOutcome.Of)
            .Append(ReadOutcome.Rejected(new InputLocation("broken.jsonl", 3), RejectionReason.MalformedJson, "not JSON"));

        var summary = await new LedgerIngest(Analyzer.Value, store, batchSize: 3).RunAsync(outcomes);

        Assert.Equal((10, 10, 1), (summary.Read, summary.Added, summary.Rejections.Length));
        Assert.Equal(10, (await store.SummarizeAsync()).Reports);
    }

    [Fact]
    public async Task RunAsync_SameInputAgain_AnalysesAndSavesNothingAndCountsEveryReportAsDuplicate()
    {
        using var temp = new TempDirectory();
        await using var ledger = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        var store = SaveCounter.Around(ledger);
        await new LedgerIngest(Analyzer.Value, store, batchSize: 4).RunAsync(Bulletins(10).Select(ReadOutcome.Of));
        var savedFirst = SaveCounter.Of(store).Analyses;

        var again = await new LedgerIngest(Analyzer.Value, store, batchSize: 4).RunAsync(Bulletins(11).Select(ReadOutcome.Of));

        Assert.Equal(10, savedFirst);
        Assert.Equal((11, 10, 1), (again.Read, again.Duplicates, again.Added));
        Assert.Equal(11, SaveCounter.Of(store).Analyses);
        Assert.Equal(11, (await ledger.SummarizeAsync()).Reports);
    }

    /// <summary>A store that counts the analyses handed to <see cref="ILedgerStore.SaveAsync"/> and passes every call on.</summary>
    public class SaveCounter : System.Reflection.DispatchProxy
    {
        private ILedgerStore inner = null!;

        public int Analyses { get; private set; }

        public static ILedgerStore Around(ILedgerStore inner)
        {
            var proxy = Create<ILedgerStore, SaveCounter>();
            ((SaveCounter)(object)proxy).inner = inner;
            return proxy;
        }

        public static SaveCounter Of(ILedgerStore proxy) => (SaveCounter)(object)proxy;

        protected override object? Invoke(System.Reflection.MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name == nameof(ILedgerStore.SaveAsync) && args?[0] is IReadOnlyList<Analysis> batch)
            {
                Analyses += batch.Count;
            }
            return targetMethod!.Invoke(inner, args);
        }
    }

    [Fact]
    public async Task RunAsync_ReaderFailsAfterTwoBatches_StoresThemAndRethrowsTheReadersError()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);

        await Assert.ThrowsAsync<InvalidDataException>(() => new LedgerIngest(Analyzer.Value, store, batchSize: 2).RunAsync(FailingAfter(4)));

        Assert.Equal(4, (await store.SummarizeAsync()).Reports);
    }

    [Fact]
    public async Task RunAsync_StoreFails_RethrowsTheStoresErrorAndStopsReading()
    {
        using var temp = new TempDirectory();
        var db = temp.File("ledger.db");
        await using var store = await StoreFactory.OpenAsync(db, TimeProvider.System);
        // The ledger file is replaced by an empty one behind the store's back: the first save finds no tables.
        SqliteConnection.ClearAllPools();
        File.Delete(db);
        var read = 0;
        var outcomes = Bulletins(1_000).Select(report =>
        {
            Interlocked.Increment(ref read);
            return ReadOutcome.Of(report);
        });

        await Assert.ThrowsAsync<SqliteException>(() => new LedgerIngest(Analyzer.Value, store, batchSize: 2).RunAsync(outcomes));

        // The reader may be a batch or two ahead when the store fails, never through the whole input.
        Assert.InRange(Volatile.Read(ref read), 2, 100);
    }

    [Fact]
    public async Task RunAsync_WithARejection_LogsItAndOneSummaryButNoLinePerReport()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        using var log = new CapturedLog();
        var outcomes = Bulletins(10).Select(ReadOutcome.Of)
            .Append(ReadOutcome.Rejected(new InputLocation("broken.jsonl", 3), RejectionReason.MalformedJson, "not JSON"));

        await new LedgerIngest(Analyzer.Value, store, batchSize: 3, logger: log.CreateLogger("ingest")).RunAsync(outcomes);

        Assert.Equal([5001, 5000], log.Entries.Select(e => e.Id));
        Assert.Equal(("broken.jsonl:3", "MalformedJson"), (log.Entries[0].Values["Location"], log.Entries[0].Values["Reason"]?.ToString()));
        Assert.Equal((10, 10, 1), (log.Entries[1].Values["Read"], log.Entries[1].Values["Added"], log.Entries[1].Values["Rejected"]));
    }

    [Fact]
    public async Task RunAsync_ReaderFails_LogsTheFailureAtErrorLevel()
    {
        using var temp = new TempDirectory();
        await using var store = await StoreFactory.OpenAsync(temp.File("ledger.db"), TimeProvider.System);
        using var log = new CapturedLog();

        await Assert.ThrowsAsync<InvalidDataException>(() => new LedgerIngest(Analyzer.Value, store, batchSize: 2, logger: log.CreateLogger("ingest")).RunAsync(FailingAfter(4)));

        var failure = Assert.Single(log.Entries);
        Assert.Equal((5002, LogLevel.Error, (object?)4), (failure.Id, failure.Level, failure.Values["Stored"]));
    }

    private static IEnumerable<ReadOutcome> FailingAfter(int count)
    {
        foreach (var report in Bulletins(count))
        {
            yield return ReadOutcome.Of(report);
        }
        throw new InvalidDataException("the input ended mid-record");
    }

    private static IEnumerable<Report> Bulletins(int count) =>
        Enumerable.Range(0, count).Select(n => new Report(
            "b" + n.ToString(CultureInfo.InvariantCulture),
            "Генштаб ЗСУ",
            $"https://example.org/bulletin/{n}",
            new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.Zero).AddHours(n),
            "uk",
            null,
            $"Зведення №{n}. Минулої доби противник {n % 17 + 1} разів атакував позиції наших захисників поблизу Покровська.",
            new InputLocation("bulletins.jsonl", n)));
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Storage;

namespace Triangulate.Tests.Cli.Faults;

/// <summary>
/// What a run of kills did: how many ingests were killed (and how many finished first), integrity failures seen after
/// any kill, and how the ledger finally completed by one more ingest compares with a clean run's.
/// </summary>
public sealed record KillRunResult(
    int Kills, int FinishedBeforeKill, int IntegrityFailures, int MaxDuplicates, int FinalExitCode, int Losses, int Extras,
    bool EventsMatchCleanRun, string? EventDifference, int Reports, int Events, TimeSpan Elapsed)
{
    public bool Clean => IntegrityFailures == 0 && MaxDuplicates == 0 && FinalExitCode == 0 && Losses == 0 && Extras == 0 && EventsMatchCleanRun;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Kills} kills ({FinishedBeforeKill} ingests finished first), {IntegrityFailures} integrity failures, {MaxDuplicates} duplicates, {Losses} lost, {Extras} extra, final exit {FinalExitCode}, events {(EventsMatchCleanRun ? "identical to" : "differ from")} a clean run's ({Reports} reports, {Events} events; {Elapsed.TotalSeconds:0} s){(EventDifference is null ? "" : ": " + EventDifference)}");
}

/// <summary>
/// Kills <c>triangulate ingest</c> with SIGKILL at random moments, again and again, over one corpus and one ledger: during
/// start-up, batches, the learning of usual areas and the regrouping. After each kill the ledger must pass the engine's
/// integrity checks and hold no report twice; after one last ingest it must hold what one clean, uninterrupted ingest of
/// the same corpus holds, with the same events. The tests run a few kills; <c>bench … kills</c> runs hundreds.
/// </summary>
public sealed class IngestKillHarness(string cliDll, string corpus, int seed)
{
    private readonly Random random = new(seed);

    /// <summary>A corpus of bulletins: several files of JSON Lines, reports spread over towns and days so that events form.</summary>
    public static string WriteCorpus(string directory, int files, int reportsPerFile)
    {
        string[] towns = ["Торецьк", "Часів Яр", "Покровськ", "Бахмут", "Курахове", "Вугледар", "Авдіївка"];
        string[] publishers = ["Генштаб ЗСУ", "Суспільне Донбас", "ОСУВ «Хортиця»"];
        Directory.CreateDirectory(directory);
        for (var file = 0; file < files; file++)
        {
            var lines = Enumerable.Range(0, reportsPerFile).Select(i =>
            {
                var n = (file * reportsPerFile) + i;
                return JsonSerializer.Serialize(new
                {
                    id = "k" + n.ToString(CultureInfo.InvariantCulture),
                    publisher = publishers[n % publishers.Length],
                    url = $"https://example.org/bulletin/{n}",
                    published = new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.Zero).AddHours(n * 5).ToString("O", CultureInfo.InvariantCulture),
                    language = "uk",
                    text = $"Зведення №{n}. Минулої доби противник {(n % 17) + 1} разів атакував позиції наших захисників поблизу міста {towns[n % towns.Length]}.",
                });
            });
            File.WriteAllText(Path.Combine(directory, $"bulletins-{file:D3}.jsonl"), string.Join('\n', lines) + "\n");
        }
        return directory;
    }

    public async Task<KillRunResult> RunAsync(string cleanDatabase, string killedDatabase, int kills, Action<string>? log = null)
    {
        var clock = Stopwatch.StartNew();
        var (cleanExit, cleanTime) = await RunToEndAsync(cleanDatabase);
        if (cleanExit != 0)
        {
            throw new InvalidOperationException($"the clean ingest exited {cleanExit}");
        }
        var longestDelay = cleanTime;
        int killed = 0, finishedFirst = 0, integrityFailures = 0, maxDuplicates = 0;
        while (killed < kills)
        {
            using var child = Start("ingest", corpus, "--db", killedDatabase);
            var delay = TimeSpan.FromMilliseconds(random.NextDouble() * longestDelay.TotalMilliseconds);
            var started = Stopwatch.StartNew();
            var exited = await WaitForExitAsync(child, delay);
            if (exited)
            {
                finishedFirst++;
                // Runs that find everything stored grow shorter: aim the next kills inside them.
                longestDelay = TimeSpan.FromMilliseconds(Math.Max(200, started.Elapsed.TotalMilliseconds * 0.9));
                continue;
            }
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            killed++;
            var (problems, duplicates) = await InspectAsync(killedDatabase);
            integrityFailures += problems.Count > 0 ? 1 : 0;
            maxDuplicates = Math.Max(maxDuplicates, duplicates);
            if (problems.Count > 0 || duplicates > 0)
            {
                log?.Invoke($"after kill {killed} at {delay.TotalMilliseconds:0} ms: {duplicates} duplicates; {string.Join("; ", problems)}");
            }
            else if (killed % 25 == 0)
            {
                log?.Invoke($"{killed} kills, ledger consistent");
            }
        }
        var (finalExit, _) = await RunToEndAsync(killedDatabase);
        var clean = await SnapshotAsync(cleanDatabase);
        var afterKills = await SnapshotAsync(killedDatabase);
        var difference = afterKills.Events.Except(clean.Events, StringComparer.Ordinal).Concat(clean.Events.Except(afterKills.Events, StringComparer.Ordinal)).FirstOrDefault();
        return new KillRunResult(
            killed, finishedFirst, integrityFailures, maxDuplicates, finalExit,
            Losses: clean.Reports.Except(afterKills.Reports, StringComparer.Ordinal).Count(),
            Extras: afterKills.Reports.Except(clean.Reports, StringComparer.Ordinal).Count(),
            EventsMatchCleanRun: afterKills.Events.SequenceEqual(clean.Events, StringComparer.Ordinal),
            EventDifference: difference,
            Reports: afterKills.Reports.Count,
            Events: afterKills.Events.Count,
            Elapsed: clock.Elapsed);
    }

    private async Task<(int ExitCode, TimeSpan Duration)> RunToEndAsync(string database)
    {
        var clock = Stopwatch.StartNew();
        using var child = Start("ingest", corpus, "--db", database);
        await child.WaitForExitAsync();
        return (child.ExitCode, clock.Elapsed);
    }

    private static async Task<bool> WaitForExitAsync(Process child, TimeSpan delay)
    {
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await child.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The engine's integrity problems, and how many stored reports repeat another (same publisher and text).</summary>
    private static async Task<(IReadOnlyList<string> Problems, int Duplicates)> InspectAsync(string database)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var problems = await store.CheckIntegrityAsync();
        var reports = await store.ListReportsAsync(new ReportQuery { Limit = int.MaxValue });
        var duplicates = reports.Count - reports.Select(r => (r.Publisher, r.ContentHash)).Distinct().Count();
        return (problems, duplicates);
    }

    /// <summary>
    /// The ledger's reports (by external id) and events, each event written without ids (claim ids differ between a killed
    /// and a clean run on PostgreSQL, whose sequences do not give back the numbers of a rolled-back batch).
    /// </summary>
    private static async Task<(IReadOnlyList<string> Reports, IReadOnlyList<string> Events)> SnapshotAsync(string database)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var reports = (await store.ListReportsAsync(new ReportQuery { Limit = int.MaxValue })).Select(r => r.ExternalId ?? "").Order(StringComparer.Ordinal).ToList();
        var events = await new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System).ListEventsAsync();
        var written = events.Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{e.Kind} {e.ActingSide} [{string.Join(", ", e.Places.Select(p => p.Name))}] {e.FirstDay:yyyy-MM-dd}..{e.LastDay:yyyy-MM-dd} origins {e.IndependentOrigins.Length}: {string.Join(" | ", e.Claims.Select(c => $"{c.ExternalId} {c.Text}").Order(StringComparer.Ordinal))}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        return (reports, written);
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Triangulate.Storage;

namespace Triangulate.Tests.Cli;

/// <summary>A kill during ingest leaves the ledger consistent, and a re-run completes it with no duplicates.</summary>
public sealed class IngestKillTests
{
    private const int FileCount = 60;
    private const int ReportsPerFile = 500;

    [Fact]
    public async Task Ingest_ChildKilledMidBatch_LeavesConsistentLedgerThatReRunCompletes()
    {
        using var temp = new TempDirectory();
        var corpus = WriteCorpus(temp);
        var db = temp.File("ledger.db");
        var total = FileCount * ReportsPerFile;

        using (var child = StartCliChild("ingest", corpus, "--db", db))
        {
            var storedAtKill = await WaitForFirstCommitAsync(db, child);
            Assert.False(child.HasExited, "the child finished before it could be killed: make the corpus larger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
            Assert.InRange(storedAtKill, 1, total - 1);
        }

        await using (var store = await StoreFactory.OpenAsync(db, TimeProvider.System))
        {
            Assert.Empty(await store.CheckIntegrityAsync());
        }
        var rerun = await CliRunner.RunAsync("ingest", corpus, "--db", db);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(total, await IngestCommandTests.CountReportsAsync(db));
    }

    private static string WriteCorpus(TempDirectory temp)
    {
        var towns = new[] { "Торецьк", "Часів Яр", "Покровськ", "Бахмут", "Курахове" };
        for (var file = 0; file < FileCount; file++)
        {
            var lines = Enumerable.Range(0, ReportsPerFile).Select(i =>
            {
                var n = file * ReportsPerFile + i;
                return JsonSerializer.Serialize(new
                {
                    id = "k" + n.ToString(CultureInfo.InvariantCulture),
                    publisher = "Генштаб ЗСУ",
                    url = $"https://example.org/bulletin/{n}",
                    published = new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.Zero).AddHours(n).ToString("O", CultureInfo.InvariantCulture),
                    language = "uk",
                    text = $"Зведення №{n}. Минулої доби противник {n % 17 + 1} разів атакував позиції наших захисників поблизу міста {towns[n % towns.Length]}.",
                });
            });
            temp.Write($"corpus/bulletins-{file:D3}.jsonl", string.Join('\n', lines) + "\n");
        }
        return temp.File("corpus");
    }

    private static Process StartCliChild(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "triangulate.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Polls the ledger from a second connection until the child has committed its first batch.</summary>
    private static async Task<long> WaitForFirstCommitAsync(string db, Process child)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3) && !child.HasExited)
        {
            if (File.Exists(db))
            {
                try
                {
                    await using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                    await connection.OpenAsync();
                    await using var command = connection.CreateCommand();
                    command.CommandText = "SELECT count(*) FROM reports";
                    var count = (long)(await command.ExecuteScalarAsync())!;
                    if (count > 0)
                    {
                        return count;
                    }
                }
                catch (SqliteException)
                {
                    // The schema is not there yet: the child is still migrating.
                }
            }
            await Task.Delay(20);
        }
        return 0;
    }
}

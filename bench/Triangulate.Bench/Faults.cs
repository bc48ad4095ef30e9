using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Triangulate.Ingest;
using Triangulate.Storage;
using Triangulate.Tests.Cli.Faults;
using Triangulate.Tests.Ingest.Fuzzing;

namespace Triangulate.Bench;

/// <summary>
/// The long runs behind the README's robustness figures, with the same code the tests run small:
/// <c>kills [--engine sqlite|postgres] [--kills N]</c> kills ingests at random (200 on SQLite, 50 on PostgreSQL);
/// <c>concurrent [--engine …] [--ingesters N]</c> runs N ingests of overlapping files on one ledger at once;
/// <c>fuzz [--inputs N] [--seed S]</c> feeds every reader N mutations of each seed file.
/// PostgreSQL runs need <c>TRIANGULATE_TEST_POSTGRES</c> (<c>eval "$(.ci/postgres.sh start)"</c>) and make their own databases.
/// </summary>
internal static class Faults
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll");

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args.Skip(1));
        return args.FirstOrDefault() switch
        {
            "kills" => await KillsAsync(options),
            "concurrent" => await ConcurrentAsync(options),
            "fuzz" => Fuzz(options),
            _ => Usage(),
        };
    }

    private static async Task<int> KillsAsync(IReadOnlyDictionary<string, string> options)
    {
        var postgres = Engine(options) == "postgres";
        var kills = Int(options, "kills", postgres ? 50 : 200);
        var root = Directory.CreateTempSubdirectory("triangulate-kills-").FullName;
        try
        {
            var corpus = IngestKillHarness.WriteCorpus(Path.Combine(root, "corpus"), Int(options, "files", 6), Int(options, "reports", 400));
            var (clean, killed) = postgres
                ? (await CreateDatabaseAsync("clean"), await CreateDatabaseAsync("killed"))
                : (Path.Combine(root, "clean.db"), Path.Combine(root, "killed.db"));
            var result = await new IngestKillHarness(CliDll, corpus, Int(options, "seed", 1)).RunAsync(clean, killed, kills, Console.WriteLine);
            Console.WriteLine($"{(postgres ? "PostgreSQL" : "SQLite")}: {result}");
            return result.Clean ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<int> ConcurrentAsync(IReadOnlyDictionary<string, string> options)
    {
        var postgres = Engine(options) == "postgres";
        var ingesters = Int(options, "ingesters", 8);
        var root = Directory.CreateTempSubdirectory("triangulate-concurrent-").FullName;
        try
        {
            var files = Int(options, "files", 8);
            var corpus = IngestKillHarness.WriteCorpus(Path.Combine(root, "corpus"), files, Int(options, "reports", 250));
            var all = Directory.GetFiles(corpus).Order(StringComparer.Ordinal).ToArray();
            var (single, shared) = postgres
                ? (await CreateDatabaseAsync("single"), await CreateDatabaseAsync("shared"))
                : (Path.Combine(root, "single.db"), Path.Combine(root, "shared.db"));
            var singleRun = await RunCliAsync(["ingest", corpus, "--db", single]);
            var clock = Stopwatch.StartNew();
            // Each ingester takes half of the files, starting at its own: every file goes in through several at once.
            var runs = await Task.WhenAll(Enumerable.Range(0, ingesters).Select(i =>
                RunCliAsync(["ingest", .. Enumerable.Range(i, files / 2).Select(k => all[k % files]), "--db", shared])));
            var elapsed = clock.Elapsed;
            var expected = await CountsAsync(single);
            var got = await CountsAsync(shared);
            foreach (var failed in runs.Where(run => run.ExitCode != 0))
            {
                Console.WriteLine($"exit {failed.ExitCode}: {failed.Error.Trim()}");
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(postgres ? "PostgreSQL" : "SQLite")}: {ingesters} concurrent ingesters, {runs.Count(r => r.ExitCode == 0)} exited 0 ({elapsed.TotalSeconds:0} s); reports/claims/events {got} vs a single run's {expected} (single run exit {singleRun.ExitCode})"));
            return runs.All(r => r.ExitCode == 0) && got == expected ? 0 : 1;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int Fuzz(IReadOnlyDictionary<string, string> options)
    {
        var root = FindRepository();
        string[] seeds =
        [
            .. Directory.GetFiles(Path.Combine(root, "samples"), "*", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(root, "tests", "Triangulate.Tests", "TestData", "Ingest"), "*", SearchOption.AllDirectories),
        ];
        var readable = seeds.Where(path => ReportSource.AllReaders.Any(r => r.CanRead(path, File.ReadAllBytes(path).AsSpan(0, Math.Min(1024, (int)new FileInfo(path).Length))))).Order(StringComparer.Ordinal).ToList();
        var run = new ReaderFuzzer(readable, Int(options, "seed", 1)).Run(Int(options, "inputs", 300), IngestOptions.Default);
        foreach (var failure in run.Failures.Take(20))
        {
            Console.WriteLine($"{failure.Reader} {failure.Seed} [{failure.Mutation}]: {failure.Problem}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: {run.InputsPerReader.Values.Sum():N0} mutated inputs from {readable.Count} seed files ({string.Join(", ", run.InputsPerReader.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value:N0}"))}); {run.Reports:N0} reports, {run.Rejections:N0} rejections, {run.Failures.Count} crashes ({run.Elapsed.TotalSeconds:0} s)"));
        return run.Failures.Count == 0 ? 0 : 1;
    }

    private static async Task<(int Reports, int Claims, int Events)> CountsAsync(string database)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var summary = await store.SummarizeAsync();
        return (summary.Reports, summary.Claims, (await store.ListEventsAsync()).Count);
    }

    private static async Task<(int ExitCode, string Error)> RunCliAsync(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await error);
    }

    private static async Task<string> CreateDatabaseAsync(string purpose)
    {
        var server = Environment.GetEnvironmentVariable("TRIANGULATE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set TRIANGULATE_TEST_POSTGRES (eval \"$(.ci/postgres.sh start)\")");
        var name = $"triangulate_{purpose}_{Guid.NewGuid():N}"[..32];
        await using var admin = NpgsqlDataSource.Create(server);
        await using var create = admin.CreateCommand($"CREATE DATABASE {name}");
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    private static string Engine(IReadOnlyDictionary<string, string> options) => options.GetValueOrDefault("engine", "sqlite");

    private static int Int(IReadOnlyDictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
        {
            options[list[i].TrimStart('-')] = list[i + 1];
        }
        return options;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("run the bench from inside the repository");
    }

    private static int Usage()
    {
        Console.Error.WriteLine("faults kills|concurrent|fuzz [--engine sqlite|postgres] [--kills N] [--ingesters N] [--inputs N] [--seed S]");
        return 2;
    }
}

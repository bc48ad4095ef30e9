using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Storage;
using Triangulate.Web;
using Triangulate.Web.Security;

namespace Triangulate.Bench;

/// <summary>
/// A bounded load test of the HTTP API on loopback: builds a ledger of <c>pg-scale</c>'s series (three claims a report at
/// villages around six front-line towns, over a year), regroups it, serves it with the real app on Kestrel at 127.0.0.1
/// (an ephemeral port, accounts required), signs each client in as the page does (anti-forgery token, then name and
/// password; the session cookie after), and sends each listing the page uses a fixed number of requests from a fixed
/// number of concurrent clients, one listing after another. Prints per listing: the first (cold) request, then
/// requests, requests/s, median, p95, p99 and errors.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- api-load [--reports N] [--requests R] [--clients C]
/// [--ledger file.db] [--postgres "Host=…;Database=…"]</c>. SQLite by default, in a temporary file unless
/// <c>--ledger</c> names one to keep (an existing one is served as it is, so a large ledger is built once); with
/// <c>--postgres</c>, a fresh schema of that database, dropped at the end.
/// </summary>
internal static class ApiLoad
{
    private const string Account = "bench-reader";
    private const string Password = "load test password";
    private const int BatchSize = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        var reports = int.Parse(BenchArgs.Option(args, "--reports") ?? "3000", CultureInfo.InvariantCulture);
        var requests = int.Parse(BenchArgs.Option(args, "--requests") ?? "800", CultureInfo.InvariantCulture);
        var clients = int.Parse(BenchArgs.Option(args, "--clients") ?? "16", CultureInfo.InvariantCulture);
        await using var ledger = await BenchLedger.CreateAsync(BenchArgs.Option(args, "--postgres"), BenchArgs.Option(args, "--ledger"));
        await using (var store = await StoreFactory.OpenAsync(ledger.Database, TimeProvider.System))
        {
            await FillAsync(store, reports);
        }

        // The app logs every request to the console, as `serve` does; the log is kept (its cost is part of serving) but
        // not shown, so that the figures are.
        var results = Console.Out;
        Console.SetOut(TextWriter.Null);
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions
        {
            Database = ledger.Database,
            Urls = ["http://127.0.0.1:0"],
            RequireAccounts = true,
        });
        await using var app = build.App ?? throw new InvalidOperationException(build.Refusal);
        await app.StartAsync();
        try
        {
            var address = new Uri(app.Urls.First() + "/");
            var sessions = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => SignInAsync(address)));
            results.WriteLine(FormattableString.Invariant(
                $"api-load: {ledger.Engine}, {clients} clients signed in, {requests} requests per listing, load average {LoadAverage()}"));
            results.WriteLine("| listing | first (cold) ms | requests | requests/s | median ms | p95 ms | p99 ms | errors |");
            results.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var listing in Listings())
            {
                await LoadAsync(listing, sessions, requests, results);
            }
            results.WriteLine(FormattableString.Invariant($"load average at the end {LoadAverage()}"));
            foreach (var session in sessions)
            {
                session.Dispose();
            }
        }
        finally
        {
            await app.StopAsync();
        }
        return 0;
    }

    /// <summary>A listing of the page: its name and the path of its i-th request (varied so that no one answer is cached).</summary>
    private sealed record Listing(string Name, Func<int, string> Path);

    /// <summary>
    /// What the page asks for: the event list (in pages of 1,000, folded), the map's events and claims in a view box and
    /// period, the claims newest first, the timeline of a view, and the sources.
    /// </summary>
    private static IEnumerable<Listing> Listings()
    {
        yield return new Listing("events, folded, pages of 1,000", i => $"api/events?foldFragments=true&offset={i % 4 * 1000}&limit=1000");
        yield return new Listing("map: events in a view box and 90 days", i => $"api/events?foldFragments=true&bbox={Box(i)}&{Period(i, 90)}&limit=1000");
        yield return new Listing("claims, newest first, pages of 100", i => $"api/claims?offset={i % 10 * 100}&limit=100");
        yield return new Listing("map: claims in a view box and 90 days", i => $"api/claims?bbox={Box(i)}&{Period(i, 90)}&limit=100");
        yield return new Listing("timeline: events per day in a view box", i => $"api/events/timeline?bbox={Box(i)}");
        yield return new Listing("sources, pages of 100", i => $"api/sources?offset={i % 2 * 100}&limit=100");
    }

    /// <summary>A view box of 0.4° by 0.6° around one of the series' towns (west,south,east,north).</summary>
    private static string Box(int i)
    {
        var (lat, lon) = Towns[i % Towns.Length];
        return FormattableString.Invariant($"{lon - 0.3:F3},{lat - 0.2:F3},{lon + 0.3:F3},{lat + 0.2:F3}");
    }

    private static readonly (double Lat, double Lon)[] Towns =
        [(48.397, 37.850), (48.587, 37.835), (48.282, 37.176), (49.711, 37.616), (47.780, 37.248), (48.139, 37.743)];

    /// <summary>One of the series' periods of <paramref name="days"/> days, its start moved a week for each request.</summary>
    private static string Period(int i, int days)
    {
        var since = PostgresScale.Start.AddDays(i * 7 % (365 - days));
        return FormattableString.Invariant($"since={since:yyyy-MM-dd}&until={since.AddDays(days):yyyy-MM-dd}");
    }

    /// <summary>Sends <paramref name="requests"/> requests of one listing, each client taking the next until none is left.</summary>
    private static async Task LoadAsync(Listing listing, HttpClient[] sessions, int requests, TextWriter results)
    {
        var cold = Stopwatch.StartNew();
        using (var first = await sessions[0].GetAsync(listing.Path(0)))
        {
            first.EnsureSuccessStatusCode();
            await first.Content.ReadAsByteArrayAsync();
        }
        var coldMs = cold.Elapsed.TotalMilliseconds;
        var times = new double[requests];
        var errors = 0;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select(session => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < requests; i = Interlocked.Increment(ref next))
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await session.GetAsync(listing.Path(i));
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        })));
        var elapsed = clock.Elapsed.TotalSeconds;
        Array.Sort(times);
        results.WriteLine(FormattableString.Invariant(
            $"| {listing.Name} | {coldMs:F0} | {requests} | {requests / elapsed:F0} | {Percentile(times, 50):F1} | {Percentile(times, 95):F1} | {Percentile(times, 99):F1} | {errors} |"));
    }

    /// <summary>The nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, int percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(sorted.Length * percent / 100.0) - 1, 0, sorted.Length - 1)];

    /// <summary>A client with its own cookies, signed in as the page signs in: anti-forgery token first, then name and password.</summary>
    private static async Task<HttpClient> SignInAsync(Uri address)
    {
        var client = new HttpClient(new SocketsHttpHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
        var token = await client.GetFromJsonAsync<TokenAnswer>("api/session/antiforgery") ?? throw new InvalidOperationException("no anti-forgery token");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new { name = Account, password = Password }) };
        request.Headers.Add(AccessNames.AntiforgeryHeader, token.Token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private sealed record TokenAnswer(string Token);

    /// <summary>
    /// Stores the series' reports up to <paramref name="reports"/> (none when the ledger holds them already), the reader's
    /// account, and regroups what is new.
    /// </summary>
    private static async Task FillAsync(ILedgerStore store, int reports)
    {
        var stored = (await store.SummarizeAsync()).Reports;
        var clock = Stopwatch.StartNew();
        for (var first = stored; first < reports; first += BatchSize)
        {
            await store.SaveAsync([.. Enumerable.Range(first, Math.Min(BatchSize, reports - first)).Select(PostgresScale.Generate)]);
        }
        var storing = clock.Elapsed.TotalSeconds;
        if (await store.GetAccountAsync(Account) is null)
        {
            await store.SaveAccountAsync(new LedgerAccount(Account, AccessRole.Reader, Secrets.HashPassword(Password), TimeProvider.System.GetUtcNow()));
        }
        clock.Restart();
        var regrouped = await new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System).RefreshAsync();
        var summary = await store.SummarizeAsync();
        Console.WriteLine(FormattableString.Invariant(
            $"ledger: {summary.Reports} reports, {summary.Claims} claims; stored {summary.Reports - stored} in {storing:F1} s, regrouped {regrouped.ClaimsRegrouped} claims in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";


    /// <summary>Where the served ledger lives, and its removal when the bench made it for itself.</summary>
    private sealed class BenchLedger(string engine, string database, Func<Task> remove) : IAsyncDisposable
    {
        public string Engine => engine;
        public string Database => database;

        public static async Task<BenchLedger> CreateAsync(string? postgres, string? keptFile)
        {
            if (postgres is not null)
            {
                var schema = "api_load_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
                var admin = NpgsqlDataSource.Create(postgres);
                await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
                var connection = new NpgsqlConnectionStringBuilder(postgres) { SearchPath = $"{schema},public" }.ConnectionString;
                return new BenchLedger("PostgreSQL", connection, async () =>
                {
                    NpgsqlConnection.ClearAllPools();
                    await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
                    await admin.DisposeAsync();
                });
            }
            var path = keptFile ?? Path.Combine(Path.GetTempPath(), $"triangulate-api-load-{Environment.ProcessId}.db");
            return new BenchLedger("SQLite", path, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                if (keptFile is null)
                {
                    foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".corroboration.lock" })
                    {
                        File.Delete(file);
                    }
                }
                return Task.CompletedTask;
            });
        }

        public async ValueTask DisposeAsync() => await remove();

        private static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
        {
            await using var command = source.CreateCommand(sql);
            await command.ExecuteNonQueryAsync();
        }
    }
}

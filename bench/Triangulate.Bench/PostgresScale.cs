using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Storage.Postgres;

namespace Triangulate.Bench;

/// <summary>
/// How far one PostgreSQL server goes: stores N generated reports (three claims each, at points spread over the
/// front) from several writers at once, then times the page's map query (claims in a radius, newest first) and
/// timeline query (claims per day over a period), then regroups every stored claim into events
/// (<see cref="CorroborationService.RegroupAllAsync"/>). Store throughput only: analysis is measured by <c>throughput</c>.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- pg-scale --db "Host=…;Database=…" [--reports N] [--writers W]</c>.
/// Writes into a fresh schema of that database and drops it at the end.
/// </summary>
internal static class PostgresScale
{
    internal const int ClaimsPerReport = 3;
    private const int BatchSize = 500;
    internal static readonly DateTimeOffset Start = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(string[] args)
    {
        var server = BenchArgs.Option(args, "--db") ?? Environment.GetEnvironmentVariable("TRIANGULATE_TEST_POSTGRES")
            ?? throw new ArgumentException("give --db or set TRIANGULATE_TEST_POSTGRES");
        var reports = int.Parse(BenchArgs.Option(args, "--reports") ?? "100000", CultureInfo.InvariantCulture);
        var writers = int.Parse(BenchArgs.Option(args, "--writers") ?? "4", CultureInfo.InvariantCulture);
        var schema = "bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        await using var admin = NpgsqlDataSource.Create(server);
        await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{schema},public" }.ConnectionString;
        try
        {
            await using var store = await PostgresLedgerStore.OpenAsync(connection, TimeProvider.System);
            Console.WriteLine($"pg-scale: {reports} reports x {ClaimsPerReport} claims, {writers} writers, PostGIS: {store.UsesPostGis}");

            var clock = Stopwatch.StartNew();
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
            {
                for (var first = Interlocked.Add(ref next, BatchSize) - BatchSize + 1; first < reports; first = Interlocked.Add(ref next, BatchSize) - BatchSize + 1)
                {
                    await store.SaveAsync([.. Enumerable.Range(first, Math.Min(BatchSize, reports - first)).Select(Generate)]);
                }
            })));
            var elapsed = clock.Elapsed.TotalSeconds;
            var summary = await store.SummarizeAsync();
            Console.WriteLine(FormattableString.Invariant(
                $"ingest: {summary.Reports / elapsed:F0} reports/s, {summary.Claims / elapsed:F0} claims/s, {summary.PlaceMentions / elapsed:F0} place mentions/s ({elapsed:F1} s; {summary.Reports} reports, {summary.Claims} claims stored)"));
            await ExecuteAsync(admin, $"ANALYZE {schema}.claims; ANALYZE {schema}.claim_places; ANALYZE {schema}.reports");

            await TimeAsync("map: claims within 15 km of Toretsk, newest 500", () =>
                store.ListClaimsAsync(new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Limit = 500 }));
            await TimeAsync("map: claims within 15 km of Toretsk in 90 days, newest 500", () =>
                store.ListClaimsAsync(new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Since = Start.AddDays(90), Until = Start.AddDays(180), Limit = 500 }));
            await TimeAsync("map: claims within 15 km of Toretsk in one week, newest 500", () =>
                store.ListClaimsAsync(new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Since = Start.AddDays(180), Until = Start.AddDays(187), Limit = 500 }));
            await using var timeline = NpgsqlDataSource.Create(connection);
            await TimeAsync("timeline: claims per day over 90 days", () => ExecuteAsync(timeline, $"""
                SELECT date_trunc('day', published), COUNT(*) FROM claims
                WHERE published >= '{Start.AddDays(90):O}' AND published < '{Start.AddDays(180):O}'
                GROUP BY 1 ORDER BY 1
                """));
            await TimeAsync("timeline: claims per day within 15 km of Toretsk over 90 days", () => ExecuteAsync(timeline, $"""
                SELECT date_trunc('day', c.published), COUNT(DISTINCT c.id) FROM claims c JOIN claim_places cp ON cp.claim_id = c.id
                WHERE c.published >= '{Start.AddDays(90):O}' AND c.published < '{Start.AddDays(180):O}'
                  AND cp.lat BETWEEN 48.26 AND 48.53 AND cp.lon BETWEEN 37.65 AND 38.05
                  AND haversine_km(48.397, 37.850, cp.lat, cp.lon) <= 15
                GROUP BY 1 ORDER BY 1
                """));
            await TimeAsync("search: reports matching 'Торецьк', first 50", () => store.ListReportsAsync(new ReportQuery { Search = "Торецьк", Limit = 50 }));
            await RegroupAsync(store);
            var size = await ScalarAsync(admin, $"SELECT pg_size_pretty(SUM(pg_total_relation_size(c.oid))) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '{schema}' AND c.relkind = 'r'");
            Console.WriteLine($"size on disk (tables, indexes, TOAST): {size}");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }
        return 0;
    }

    /// <summary>
    /// One report of the series: a distinct text, three claims at villages around one of a few front-line towns. Each
    /// town has its own grid of villages (0.6° by 0.9°), so corroboration finds events the size real reporting gives
    /// rather than one event per town and kind.
    /// </summary>
    internal static Analysis Generate(int number) => Generate(number, VillagesPerTown, 0, 365);

    /// <summary>The same, at one of the first <paramref name="villages"/> villages of each town, published within <paramref name="days"/> days from <paramref name="firstDay"/>.</summary>
    internal static Analysis Generate(int number, int villages, int firstDay, int days)
    {
        var random = new Random(number);
        var (name, lat, lon) = Towns[number % Towns.Length];
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Зведення {number}: біля {name} противник {random.Next(1, 20)} разів атакував позиції. Ситуація під контролем. #{number}");
        var report = new Report(
            $"bench-{number}", $"channel-{number % 50}", $"https://t.me/bench_{number % 50}/{number}",
            Start.AddDays(firstDay).AddSeconds(random.Next(0, days * 86_400)), "uk", null, text, new InputLocation("bench", number));
        var claims = Enumerable.Range(0, ClaimsPerReport).Select(i =>
        {
            var place = Village(name, lat, lon, random.Next(villages));
            var mention = new PlaceMention(new Span(0, name.Length), name, place, 0.9, PlacePrecision.NearPlace,
                EstimatedLat: place.Lat + ((random.NextDouble() - 0.5) * 0.02), EstimatedLon: place.Lon + ((random.NextDouble() - 0.5) * 0.03), UncertaintyKm: 5);
            return new Claim(new Span(0, text.Length), text, (ClaimKind)(i % 4), new Actor("противник", Side.RU, new Span(0, 0)), "атакував",
                [mention], null, [], null, false, AttributionChain.OwnVoice(report.Publisher));
        }).ToList();
        return new Analysis(report, [claims[0].Places[0]], [.. claims]);
    }

    internal const int VillagesPerTown = 256;

    private static Place Village(string town, double lat, double lon, int number) => new(
        $"bench:{town}:{number}", $"{town} {number}", PlaceKind.Settlement,
        lat + (((number % 16 / 15.0) - 0.5) * 0.6), lon + (((number / 16 / 15.0) - 0.5) * 0.9), "UA", [], []);

    private static readonly (string Name, double Lat, double Lon)[] Towns =
    [
        ("Торецьк", 48.397, 37.850), ("Часів Яр", 48.587, 37.835), ("Покровськ", 48.282, 37.176),
        ("Куп'янськ", 49.711, 37.616), ("Вугледар", 47.780, 37.248), ("Авдіївка", 48.139, 37.743),
    ];

    /// <summary>Corroboration over the whole ledger: reads every claim, groups them and replaces the stored events.</summary>
    private static async Task RegroupAsync(ILedgerStore store)
    {
        var corroboration = new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var result = await corroboration.RegroupAllAsync();
        var elapsed = clock.Elapsed.TotalSeconds;
        var claims = result.Events.Sum(e => e.Claims.Length);
        Console.WriteLine(FormattableString.Invariant(
            $"corroboration refresh: {result.Events.Length / elapsed:F0} events/s, {claims / elapsed:F0} claims/s ({elapsed:F1} s; {result.Events.Length} events over {claims} claims stored)"));
    }

    private static async Task TimeAsync(string name, Func<Task> query)
    {
        await query(); // warm the cache: the page runs each query again and again
        var times = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"{name}: median {times[2]:F1} ms (best {times[0]:F1}, worst {times[^1]:F1})"));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource source, string sql)
    {
        await using var command = source.CreateCommand(sql);
        return await command.ExecuteScalarAsync();
    }
}

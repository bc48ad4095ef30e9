using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Tests.Storage.Postgres;

namespace Triangulate.Tests.Cli;

/// <summary><c>db migrate</c> and <c>db copy</c> between a SQLite file and a PostgreSQL server.</summary>
public sealed class DbCommandTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [SkippableFact]
    public async Task Copy_SqliteToPostgresAndBack_GivesTheSameExport()
    {
        using var temp = new TempDirectory();
        var (original, server, returned, exitCodes) = await RoundTripAsync(temp, withAnalystsWork: true);

        Assert.Equal((0, 0), exitCodes);
        var expected = await ExportAsync(original);
        Assert.Contains("\"externalId\"", expected.Reports, StringComparison.Ordinal);
        Assert.Equal(expected, await ExportAsync(server));
        Assert.Equal(expected, await ExportAsync(returned));
    }

    [SkippableFact]
    public async Task Copy_SqliteToPostgresAndBack_KeepsVerdictsAuditEvidenceAndAccounts()
    {
        using var temp = new TempDirectory();
        var (original, server, returned, _) = await RoundTripAsync(temp, withAnalystsWork: true);

        var expected = await JournalAsync(original);
        Assert.Contains("\"verdict\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await JournalAsync(server));
        Assert.Equal(expected, await JournalAsync(returned));
    }

    [Fact]
    public async Task Copy_SqliteToSqlite_KeepsSourceMerges()
    {
        using var temp = new TempDirectory();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork: true);
        var copy = temp.File("copy.db");

        await CliRunner.RunAsync("db", "copy", "--from", original, "--to", copy);

        var expected = await SourceMergesAsync(original);
        Assert.Single(expected);
        Assert.Equal(expected, await SourceMergesAsync(copy));
    }

    [Fact]
    public async Task Copy_SqliteToSqlite_SourcesReadTheSameAfterTheNextIngest()
    {
        using var temp = new TempDirectory();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork: true);
        var copy = temp.File("copy.db");
        await CliRunner.RunAsync("db", "copy", "--from", original, "--to", copy);

        // An ingest regroups the events, and with them every source's record, from the ledger's own merges.
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", original);
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", copy);

        var expected = await SourcesAsync(original);
        Assert.DoesNotContain("\"id\": \"pravdaua\"", expected, StringComparison.Ordinal);
        Assert.Equal(expected, await SourcesAsync(copy));
    }

    [Fact]
    public async Task Copy_SqliteToSqlite_LeavesTheSignInKeyRingBehind()
    {
        using var temp = new TempDirectory();
        var original = temp.File("original.db");
        var copy = temp.File("copy.db");
        await using (var store = await StoreFactory.OpenAsync(original, TimeProvider.System))
        {
            await store.SaveDataProtectionKeyAsync(new DataProtectionKeyElement(
                "key-915c6ef1-1737-483d-a34b-4772d9b4144a", "<key id=\"915c6ef1-1737-483d-a34b-4772d9b4144a\" version=\"1\" />", TimeProvider.System.GetUtcNow()));
        }

        var result = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", copy);

        Assert.Equal(0, result.ExitCode);
        await using var copied = await StoreFactory.OpenAsync(copy, TimeProvider.System);
        Assert.Empty(await copied.ListDataProtectionKeysAsync());
    }

    [Fact]
    public async Task Copy_RepeatedSqliteToSqlite_CopiesNoSourceMergeTwice()
    {
        using var temp = new TempDirectory();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork: true);
        var copy = temp.File("copy.db");
        await CliRunner.RunAsync("db", "copy", "--from", original, "--to", copy);

        var again = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", copy);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(await SourceMergesAsync(original), await SourceMergesAsync(copy));
    }

    [SkippableFact]
    public async Task Copy_SqliteToPostgresAndBack_KeepsSourceMerges()
    {
        using var temp = new TempDirectory();
        var (original, server, returned, _) = await RoundTripAsync(temp, withAnalystsWork: true);

        var expected = await SourceMergesAsync(original);
        Assert.Contains(expected, m => m.From == "pravdaua");
        Assert.Equal(expected, await SourceMergesAsync(server));
        Assert.Equal(expected, await SourceMergesAsync(returned));
    }

    [SkippableFact]
    public async Task Copy_SqliteToPostgres_SourcesReadTheSameAfterTheNextIngest()
    {
        using var temp = new TempDirectory();
        var (original, server, _, _) = await RoundTripAsync(temp, withAnalystsWork: true);

        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", original);
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", server);

        Assert.Equal(await SourcesAsync(original), await SourcesAsync(server));
    }

    [SkippableFact]
    public async Task Copy_SqliteToPostgresAndBack_MapQueryWithAPeriodFindsTheSameClaims()
    {
        using var temp = new TempDirectory();
        var (original, server, returned, _) = await RoundTripAsync(temp, withAnalystsWork: false);

        // The period is checked on the copied place rows: rows imported without their date would drop out of the view.
        var expected = await MapClaimIdsAsync(original);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, await MapClaimIdsAsync(server));
        Assert.Equal(expected, await MapClaimIdsAsync(returned));
    }

    [SkippableFact]
    public async Task Copy_AfterCopyingTheJournal_NewVerdictsDoNotCollide()
    {
        using var temp = new TempDirectory();
        var server = await database.CreateSchemaAsync();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork: true);
        await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);

        var verdict = await CliRunner.RunAsync("verdict", $"e{await FirstEventIdAsync(server)}", "unresolved", "--by", "second-analyst", "--db", server);

        Assert.Equal(0, verdict.ExitCode);
        await using var store = await StoreFactory.OpenAsync(server, TimeProvider.System);
        Assert.Equal(2, (await store.ListVerdictsAsync()).Count);
    }

    [SkippableFact]
    public async Task Copy_AfterCopyingSourceMerges_NewMergesDoNotCollide()
    {
        using var temp = new TempDirectory();
        var (_, server, _, _) = await RoundTripAsync(temp, withAnalystsWork: true);

        var merge = await CliRunner.RunAsync("source", "merge", "rossiya24", "vgtrk", "--note", "VGTRK's news channel", "--by", "second-analyst", "--db", server);

        Assert.Equal(0, merge.ExitCode);
        Assert.Equal(["pravdaua", "rossiya24"], (await SourceMergesAsync(server)).Select(m => m.From));
    }

    [SkippableFact]
    public async Task Copy_Repeated_CopiesNothingTwice()
    {
        using var temp = new TempDirectory();
        var original = temp.File("original.db");
        var server = await database.CreateSchemaAsync();
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", original);
        await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);
        var before = await ExportAsync(server);

        var again = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);

        Assert.Equal(0, again.ExitCode);
        Assert.StartsWith("copied 0 reports", again.Output, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync(server));
    }

    /// <summary>A SQLite ledger written before U+0000 was replaced on the way in still holds it; PostgreSQL refuses it (issue 17).</summary>
    [SkippableFact]
    public async Task Copy_SqliteLedgerHoldingNulToPostgres_CopiesEveryReportWithTheCharacterReplaced()
    {
        using var temp = new TempDirectory();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork: false);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={original};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE reports SET title = 'Херсон' || char(0) || 'вночі' WHERE id = (SELECT min(id) FROM reports)";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        var server = await database.CreateSchemaAsync();

        var copy = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);

        Assert.Equal(0, copy.ExitCode);
        await using var copied = await StoreFactory.OpenAsync(server, TimeProvider.System);
        var titles = (await copied.ListReportsAsync(new ReportQuery { Limit = 100000 })).Select(report => report.Title).ToList();
        Assert.Equal((await ReportCountAsync(original), 1), (titles.Count, titles.Count(title => title == "Херсон\uFFFDвночі")));
    }

    private static async Task<int> ReportCountAsync(string ledger)
    {
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        return (await store.SummarizeAsync()).Reports;
    }

    [SkippableFact]
    public async Task Migrate_PostgresUrl_CreatesTheSchema()
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString);
        var url = $"postgres://{server.Username}@{server.Host}:{server.Port}/{server.Database}";

        var result = await CliRunner.RunAsync("db", "migrate", "--db", url);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("schema up to date", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_UnreachableServer_FailsWithOneLineSayingTheConnectionWasRefused()
    {
        var port = ClosedPort();

        var result = await CliRunner.RunAsync("db", "migrate", "--db", $"Host=127.0.0.1;Port={port};Database=none;Timeout=2");

        // "Connection refused" is the socket's own error, under Npgsql's "Failed to connect": only the inner errors name it.
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"error: cannot open the PostgreSQL ledger at 127.0.0.1:{port}/none: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("Connection refused", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A port nothing listens on: one the system just gave out and took back.</summary>
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<(string Reports, string Claims, string Events)> ExportAsync(string ledger)
    {
        var reports = await CliRunner.RunAsync("reports", "--db", ledger, "--format", "json", "--limit", "100000");
        var claims = await CliRunner.RunAsync("claims", "--db", ledger, "--format", "json", "--limit", "100000");
        var events = await CliRunner.RunAsync("events", "--db", ledger, "--format", "json");
        return (reports.Output, claims.Output, events.Output);
    }

    /// <summary>The samples ingested into a SQLite file, copied to a fresh PostgreSQL schema and back into a second file.</summary>
    private async Task<(string Original, string Server, string Returned, (int There, int Back) ExitCodes)> RoundTripAsync(
        TempDirectory temp, bool withAnalystsWork)
    {
        var server = await database.CreateSchemaAsync();
        var original = await AnalysedLedgerAsync(temp, withAnalystsWork);
        var returned = temp.File("returned.db");
        var there = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);
        var back = await CliRunner.RunAsync("db", "copy", "--from", server, "--to", returned);
        return (original, server, returned, (there.ExitCode, back.ExitCode));
    }

    /// <summary>The samples ingested into a SQLite file, with or without analysts' work on top.</summary>
    private static async Task<string> AnalysedLedgerAsync(TempDirectory temp, bool withAnalystsWork)
    {
        var original = temp.File("original.db");
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", original);
        if (withAnalystsWork)
        {
            await RecordAnalystsWorkAsync(original);
        }
        return original;
    }

    /// <summary>
    /// An event merge, a source merge (Ukrainska Pravda's Telegram handle, which the samples name as a publisher, into the
    /// outlet), a verdict, an occupation list and an account: what analysts add to an ingested ledger.
    /// </summary>
    private static async Task RecordAnalystsWorkAsync(string ledger)
    {
        var events = JsonDocument.Parse((await CliRunner.RunAsync("events", "--db", ledger, "--format", "json")).Output).RootElement
            .EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(0, (await CliRunner.RunAsync("event", "merge", $"e{events[0]}", $"e{events[1]}", "--by", "analyst", "--note", "same assault", "--db", ledger)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("source", "add", "--name", "pravdaua", "--kind", "independent_media", "--side", "UA",
            "--alias", "pravdaua", "--role", "Telegram channel", "--by", "analyst", "--db", ledger)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("source", "merge", "pravdaua", "ukrainska_pravda", "--note", "the outlet's Telegram channel", "--by", "analyst", "--db", ledger)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("verdict", $"e{events[^1]}", "refuted", "--by", "analyst", "--note", "not on the map", "--db", ledger)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync("users", "add", "analyst", "--role", "analyst", "--password", "correct horse battery", "--db", ledger)).ExitCode);
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        await store.SaveOccupationEntriesAsync("occupied.tsv", [new OccupationEntry("UA14020110020077205", "м. Залізне", new DateOnly(2025, 2, 3), null, "occupied.tsv")]);
        await store.SaveControlMapsAsync([new ControlMap("deepstatemap_data_20240801.geojson", new DateOnly(2024, 8, 1), "{\"type\":\"FeatureCollection\",\"features\":[]}")]);
    }

    /// <summary>The claims with a place in Ukraine published since 2000, as a map view over the whole country asks.</summary>
    private static async Task<IReadOnlyList<long>> MapClaimIdsAsync(string ledger)
    {
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        var claims = await store.ListClaimsAsync(new ClaimQuery
        {
            Box = new GeoBox(44.0, 52.5, 22.0, 40.5), Since = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero), Limit = 100000,
        });
        return [.. claims.Select(claim => claim.Id)];
    }

    private static async Task<IReadOnlyList<SourceMerge>> SourceMergesAsync(string ledger)
    {
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        return await store.ListSourceMergesAsync();
    }

    private static async Task<string> SourcesAsync(string ledger) =>
        (await CliRunner.RunAsync("sources", "--db", ledger, "--format", "json")).Output;

    private static async Task<long> FirstEventIdAsync(string ledger) =>
        JsonDocument.Parse((await CliRunner.RunAsync("events", "--db", ledger, "--format", "json")).Output).RootElement[0].GetProperty("id").GetInt64();

    /// <summary>The journal, evidence and access records of a ledger as one JSON text.</summary>
    private static async Task<string> JournalAsync(string ledger)
    {
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        return LedgerJson.Serialize(new
        {
            journal = await store.ExportJournalAsync(),
            maps = await store.ListControlMapsAsync(),
            occupation = await store.ListOccupationEntriesAsync(),
            accounts = await store.ListAccountsAsync(),
            keys = await store.ListApiKeysAsync(),
        });
    }
}

using Triangulate.Tests.Storage.Postgres;

namespace Triangulate.Tests.Cli;

/// <summary><c>db migrate</c> and <c>db copy</c> between a SQLite file and a PostgreSQL server.</summary>
public sealed class DbCommandTests(PostgresTestDatabase database) : IClassFixture<PostgresTestDatabase>
{
    [SkippableFact]
    public async Task Copy_SqliteToPostgresAndBack_GivesTheSameExport()
    {
        using var temp = new TempDirectory();
        var original = temp.File("original.db");
        var returned = temp.File("returned.db");
        var server = await database.CreateSchemaAsync();
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", original);

        var there = await CliRunner.RunAsync("db", "copy", "--from", original, "--to", server);
        var back = await CliRunner.RunAsync("db", "copy", "--from", server, "--to", returned);

        Assert.Equal((0, 0), (there.ExitCode, back.ExitCode));
        var expected = await ExportAsync(original);
        Assert.Contains("\"externalId\"", expected.Reports, StringComparison.Ordinal);
        Assert.Equal(expected, await ExportAsync(server));
        Assert.Equal(expected, await ExportAsync(returned));
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
    public async Task Migrate_UnreachableServer_FailsWithOneLine()
    {
        var result = await CliRunner.RunAsync("db", "migrate", "--db", "Host=127.0.0.1;Port=1;Database=none;Timeout=2");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error: cannot open the PostgreSQL ledger at 127.0.0.1:1/none", result.Error, StringComparison.Ordinal);
    }

    private static async Task<(string Reports, string Claims)> ExportAsync(string ledger)
    {
        var reports = await CliRunner.RunAsync("reports", "--db", ledger, "--format", "json", "--limit", "100000");
        var claims = await CliRunner.RunAsync("claims", "--db", ledger, "--format", "json", "--limit", "100000");
        return (reports.Output, claims.Output);
    }
}

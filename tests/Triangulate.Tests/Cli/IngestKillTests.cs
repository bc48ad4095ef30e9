using Triangulate.Tests.Cli.Faults;
using Triangulate.Tests.Storage.Postgres;
using Xunit.Abstractions;

namespace Triangulate.Tests.Cli;

/// <summary>
/// SIGKILLs at random moments of <c>ingest</c> leave a consistent ledger without duplicates, and one more ingest leaves
/// exactly what a clean run leaves, events included (a few kills per engine here; <c>bench … kills</c> runs 200 and 50).
/// </summary>
public sealed class IngestKillTests(PostgresTestDatabase postgres, ITestOutputHelper output) : IClassFixture<PostgresTestDatabase>
{
    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Triangulate.Cli.dll");

    [Fact]
    public async Task Ingest_KilledAtRandomMomentsOnSqlite_LedgerEndsAsACleanRunLeavesIt()
    {
        using var temp = new TempDirectory();
        var corpus = IngestKillHarness.WriteCorpus(temp.File("corpus"), files: 3, reportsPerFile: 200);

        var result = await new IngestKillHarness(CliDll, corpus, seed: 17).RunAsync(temp.File("clean.db"), temp.File("killed.db"), kills: 4, output.WriteLine);

        output.WriteLine(result.ToString());
        Assert.True(result.Clean, result.ToString());
    }

    [SkippableFact]
    public async Task Ingest_KilledAtRandomMomentsOnPostgres_LedgerEndsAsACleanRunLeavesIt()
    {
        postgres.RequireServer();
        using var temp = new TempDirectory();
        var corpus = IngestKillHarness.WriteCorpus(temp.File("corpus"), files: 3, reportsPerFile: 200);

        var result = await new IngestKillHarness(CliDll, corpus, seed: 2024)
            .RunAsync(await postgres.CreateSchemaAsync(), await postgres.CreateSchemaAsync(), kills: 3, output.WriteLine);

        output.WriteLine(result.ToString());
        Assert.True(result.Clean, result.ToString());
    }
}

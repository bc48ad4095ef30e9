namespace Triangulate.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_FreshLedger_PrintsReportsClaimsPlacesSourcesAndEventsOfTheSamples()
    {
        using var temp = new TempDirectory();
        var db = temp.File("demo.db");

        var result = await CliRunner.RunAsync("demo", "--db", db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("54 added", result.Output, StringComparison.Ordinal);
        foreach (var table in new[] { "Reports (54)", "Claims (", "Places (", "Sources (", "Events (" })
        {
            Assert.Contains(table, result.Output, StringComparison.Ordinal);
        }
        Assert.Contains("Igor Kimakovsky", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_RunTwice_StartsFromAFreshLedgerEachTime()
    {
        using var temp = new TempDirectory();
        var db = temp.File("demo.db");

        await CliRunner.RunAsync("demo", "--db", db);
        var second = await CliRunner.RunAsync("demo", "--db", db);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("54 added, 0 new revisions, 0 already in the ledger", second.Output, StringComparison.Ordinal);
    }
}

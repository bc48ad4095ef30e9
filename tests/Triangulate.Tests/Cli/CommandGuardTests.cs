using System.Text.Json;

namespace Triangulate.Tests.Cli;

/// <summary>
/// What the CLI refuses rather than answer wrongly: a ledger that is not there, dates that could mean two days, values
/// of the wrong kind; and what it says so that nothing is silently left out (how many rows of how many, which id is
/// which). Errors are words that name the value or path at fault, never .NET type names or the whole help.
/// </summary>
public sealed class CommandGuardTests(SampleLedgerFixture ledger) : IClassFixture<SampleLedgerFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static void AssertInWords(CliResult result)
    {
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", result.Error + result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("reports")]
    [InlineData("claims")]
    [InlineData("events")]
    [InlineData("sources")]
    [InlineData("show", "r1")]
    [InlineData("event", "show", "e1")]
    [InlineData("verdict", "e1", "confirmed", "--note", "n")]
    [InlineData("source", "merge", "rybar", "ru_mod", "--note", "n")]
    public async Task ReadOrChange_MissingLedger_FailsNamingThePathAndCreatesNothing(params string[] command)
    {
        var mistyped = temp.File("ledgr.db");

        var result = await CliRunner.RunAsync([.. command, "--db", mistyped]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"no ledger at {mistyped}", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(mistyped));
        AssertInWords(result);
    }

    [Fact]
    public async Task DbMigrate_MissingLedger_CreatesIt()
    {
        var path = temp.File("new.db");

        var result = await CliRunner.RunAsync("db", "migrate", "--db", path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Ingest_IntoAMissingFolder_FailsNamingTheFolder()
    {
        var folder = temp.File("no-such-folder");

        var result = await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", Path.Combine(folder, "ledger.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"the folder {folder} does not exist", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "04/07/2024")]
    [InlineData("--until", "4 July 2024")]
    [InlineData("--since", "2024-13-01")]
    public async Task Dates_NotInIso8601_AreRefusedSayingWhichFormAndValue(string option, string value)
    {
        var result = await CliRunner.RunAsync("claims", option, value, "--db", ledger.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{option} takes a date in ISO 8601", result.Error, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", result.Error, StringComparison.Ordinal);
        AssertInWords(result);
    }

    [Fact]
    public async Task Since_IsoDate_KeepsOnlyReportsFromThatDayOn()
    {
        var result = await CliRunner.RunAsync("reports", "--since", "2024-09-01", "--format", "json", "--limit", "1000", "--db", ledger.Database);

        Assert.Equal(0, result.ExitCode);
        var published = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(r => r.GetProperty("published").GetDateTimeOffset()).ToList();
        Assert.NotEmpty(published);
        Assert.All(published, date => Assert.True(date >= new DateTimeOffset(2024, 9, 1, 0, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("claims", "--limit", "abc")]
    [InlineData("claims", "--limit", "0")]
    [InlineData("claims", "--offset", "many")]
    [InlineData("claims", "--near", "48.4,37.8", "--radius-km", "ten")]
    [InlineData("events", "--min-origins", "two")]
    [InlineData("claims", "--format", "xml")]
    public async Task Values_OfTheWrongKind_AreRefusedInWordsNamingOptionAndValue(string command, params string[] rest)
    {
        var result = await CliRunner.RunAsync([command, .. rest, "--db", ledger.Database]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(rest[^2], result.Error, StringComparison.Ordinal);
        Assert.Contains($"'{rest[^1]}'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"'triangulate {command} --help'", result.Error, StringComparison.Ordinal);
        AssertInWords(result);
    }

    [Fact]
    public async Task Claims_Table_SaysHowManyOfHowManyAndHowToSeeMore()
    {
        var all = JsonDocument.Parse((await CliRunner.RunAsync("claims", "--limit", "100000", "--format", "json", "--db", ledger.Database)).Output)
            .RootElement.GetArrayLength();

        var result = await CliRunner.RunAsync("claims", "--db", ledger.Database);

        Assert.True(all > 100, "the samples hold more claims than one page");
        Assert.Contains($"100 of {all} shown, --limit/--offset to see more", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_CsvPage_SaysOnStandardErrorWhichRowsOfHowMany()
    {
        var result = await CliRunner.RunAsync("claims", "--format", "csv", "--limit", "10", "--offset", "20", "--db", ledger.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^rows 21–30 of \d+ claims, --limit/--offset to see more", result.Error);
    }

    [Fact]
    public async Task Claims_FilteredPage_SaysMoreMatchWithoutATotal()
    {
        var result = await CliRunner.RunAsync("claims", "--kind", "territorial_control", "--limit", "2", "--db", ledger.Database);

        Assert.Contains("2 of more that match shown, --limit/--offset to see more", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_Table_PrintsIdsWithTheirPrefixes()
    {
        var first = JsonDocument.Parse((await CliRunner.RunAsync("claims", "--limit", "1", "--format", "json", "--db", ledger.Database)).Output).RootElement[0];

        var table = await CliRunner.RunAsync("claims", "--limit", "1", "--db", ledger.Database);

        Assert.Contains($"│ c{first.GetProperty("id").GetInt64()} ", table.Output, StringComparison.Ordinal);
        Assert.Contains($"│ r{first.GetProperty("reportId").GetInt64()} ", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_BareNumberOfAClaimOnly_ShowsTheClaim()
    {
        var reports = JsonDocument.Parse((await CliRunner.RunAsync("reports", "--limit", "100000", "--format", "json", "--db", ledger.Database)).Output)
            .RootElement.GetArrayLength();
        var claimOnly = reports + 1;

        var result = await CliRunner.RunAsync("show", claimOnly.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--db", ledger.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(claimOnly, JsonDocument.Parse(result.Output).RootElement.GetProperty("claim").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Show_BareNumberOfBothAReportAndAClaim_AsksForThePrefix()
    {
        var result = await CliRunner.RunAsync("show", "1", "--db", ledger.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 is both report r1 and claim c1: give the prefix", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ClaimWithItsPrefix_ShowsTheClaim()
    {
        var result = await CliRunner.RunAsync("show", "c1", "--format", "json", "--db", ledger.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, JsonDocument.Parse(result.Output).RootElement.GetProperty("claim").GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Extract_OnlyMissingFiles_FailsRatherThanReportingSomeRejected()
    {
        var result = await CliRunner.RunAsync("extract", temp.File("nothing-here.txt"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nothing-here.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_SomeMissingFiles_ExitsSomeRejected()
    {
        var present = temp.Write("present.txt", "Окупанти обстріляли околиці Херсона зранку.");

        var result = await CliRunner.RunAsync("extract", present, temp.File("nothing-here.txt"), "--format", "json");

        Assert.Equal(2, result.ExitCode);
    }
}

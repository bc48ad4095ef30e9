using System.Text.Json;

namespace Triangulate.Tests.Cli;

/// <summary>The read side of the CLI over one ledger built from the bundled samples.</summary>
public sealed class LedgerCommandsTests : IClassFixture<SampleLedgerFixture>
{
    private readonly SampleLedgerFixture ledger;

    public LedgerCommandsTests(SampleLedgerFixture ledger) => this.ledger = ledger;

    [Fact]
    public async Task Reports_Json_ShowsTheExternalIdTheInputGave()
    {
        var result = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "json", "--limit", "1000");

        var reports = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        var externalIds = reports.Select(r => r.GetProperty("externalId").GetString()).ToList();
        Assert.Contains(SampleLedgerFixture.ExternalId, externalIds);
    }

    [Fact]
    public async Task Reports_SearchInCyrillic_FindsReportsWhateverTheCase()
    {
        var lower = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "json", "--search", "торецьк");
        var upper = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "json", "--search", "ТОРЕЦЬК");

        var found = JsonDocument.Parse(lower.Output).RootElement.GetArrayLength();
        Assert.True(found > 0, "the samples name Торецьк");
        Assert.Equal(found, JsonDocument.Parse(upper.Output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Reports_Csv_HasAHeaderAndOneLinePerReport()
    {
        var json = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "json", "--limit", "5");
        var csv = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "csv", "--limit", "5");

        using var reader = CsvHelper.CsvReader.Create(new StringReader(csv.Output), null, leaveOpen: false);
        var rows = 0; // the reader takes the first line as the header
        while (reader.Read())
        {
            rows++;
        }
        Assert.Equal(JsonDocument.Parse(json.Output).RootElement.GetArrayLength(), rows);
    }

    [Fact]
    public async Task Show_Report_PrintsItsPublisherAndText()
    {
        var list = await CliRunner.RunAsync("reports", "--db", ledger.Database, "--format", "json", "--limit", "1");
        var first = JsonDocument.Parse(list.Output).RootElement[0];

        var shown = await CliRunner.RunAsync("show", "r" + first.GetProperty("id").GetInt64(), "--db", ledger.Database, "--format", "json");

        Assert.Equal(0, shown.ExitCode);
        var document = JsonDocument.Parse(shown.Output).RootElement;
        Assert.Equal(first.GetProperty("publisher").GetString(), document.GetProperty("report").GetProperty("publisher").GetString());
        Assert.False(string.IsNullOrWhiteSpace(document.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Show_UnknownReport_ExitsNotFound()
    {
        var shown = await CliRunner.RunAsync("show", "r999999", "--db", ledger.Database);

        Assert.Equal(3, shown.ExitCode);
        Assert.Contains("no report r999999", shown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_UnknownKind_FailsNamingTheKnownKinds()
    {
        var result = await CliRunner.RunAsync("claims", "--db", ledger.Database, "--kind", "conquest");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("territorial_control", result.Error, StringComparison.Ordinal);
    }
}

/// <summary>One ledger of the bundled samples plus a JSONL report with a known external id, shared by a test class.</summary>
public sealed class SampleLedgerFixture : IAsyncLifetime
{
    public const string ExternalId = "fixture-c1";
    private readonly TempDirectory temp = new();

    public string Database => temp.File("samples.db");

    public async Task InitializeAsync()
    {
        var extra = temp.Write("extra.jsonl",
            $$"""{"id":"{{ExternalId}}","publisher":"Test","url":"https://example.org/fixture-c1","published":"2024-07-01T10:00:00Z","text":"Российские войска взяли под контроль центр Дзержинска, заявил Кимаковский."}""" + "\n");
        var result = await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, extra, "--db", Database);
        Assert.Equal(0, result.ExitCode);
    }

    public Task DisposeAsync()
    {
        temp.Dispose();
        return Task.CompletedTask;
    }
}

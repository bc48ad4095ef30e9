using System.Text.Json;
using Triangulate.Tests.Ingest;

namespace Triangulate.Tests.Cli;

public sealed class ExtractCommandTests
{
    private const string KimakovskyLine =
        """{"id":"c1","publisher":"Test","url":"https://example.org/c1","published":"2024-07-01T10:00:00Z","text":"Об этом в эфире телеканала \"Россия 24\" заявил советник главы ДНР Игорь Кимаковский: российские войска взяли под контроль центр Дзержинска."}""";

    [Fact]
    public async Task Extract_Json_PrintsOneObjectPerReportWithTheContractFields()
    {
        using var temp = new TempDirectory();
        var jsonl = temp.Write("c.jsonl", KimakovskyLine + "\n");

        var result = await CliRunner.RunAsync("extract", RepositoryPaths.Seed("000_dd5ccbe65ea12fac.txt"), jsonl, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var documents = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        foreach (var document in documents)
        {
            Assert.True(document.TryGetProperty("report", out _));
            Assert.Equal(JsonValueKind.Array, document.GetProperty("places").ValueKind);
            Assert.Equal(JsonValueKind.Array, document.GetProperty("claims").ValueKind);
        }
        var report = documents.Single(d => d.GetProperty("report").GetProperty("id").GetString() == "c1").GetProperty("report");
        Assert.Equal("Test", report.GetProperty("publisher").GetString());
        Assert.Equal("https://example.org/c1", report.GetProperty("url").GetString());
        Assert.Equal("ru", report.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Extract_ClaimReferringBackToAPlace_JsonNamesWhereThePlaceWasNamedAndTheWordsThatReferToIt()
    {
        var result = await CliRunner.RunAsync("extract", Path.Combine(RepositoryPaths.Samples, "text", "2024-07-04-russia24-kimakovsky-toretsk-centre.md"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var document = Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList());
        var claim = document.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("text").GetString()!.StartsWith("Другие подразделения", StringComparison.Ordinal));
        var (claimStart, claimText) = (claim.GetProperty("start").GetInt32(), claim.GetProperty("text").GetString()!);
        // The mine, and the town it lies in, carried by the same words.
        var place = Assert.Single(claim.GetProperty("places").EnumerateArray().ToList(), place => place.GetProperty("id").GetString() == "feature:toretsk-pivnichna-mine");
        var (referStart, referEnd) = (place.GetProperty("carriedByStart").GetInt32(), place.GetProperty("carriedByEnd").GetInt32());
        Assert.Equal("той же шахты", claimText[(referStart - claimStart)..(referEnd - claimStart)]);
        Assert.True(place.GetProperty("end").GetInt32() <= claimStart, "the mine was named before the claim");
    }

    [Fact]
    public async Task Extract_RejectedInput_StillPrintsTheGoodReportsAndExitsNonZero()
    {
        using var temp = new TempDirectory();
        var jsonl = temp.Write("mixed.jsonl", KimakovskyLine + "\n{not json}\n");

        var result = await CliRunner.RunAsync("extract", jsonl, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.Contains(jsonl + ":2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ReportPastTheAnalysisBudget_RejectsItAndPrintsTheOthers()
    {
        using var temp = new TempDirectory();
        // One "sentence" of 25,000 characters, past the 20,000 that ingest's budget allows.
        var endless = temp.Write("endless.txt", string.Join(' ', Enumerable.Repeat("Торецьк Часів Яр Бахмут", 1_100)));
        var jsonl = temp.Write("c.jsonl", KimakovskyLine + "\n");

        var result = await CliRunner.RunAsync("extract", endless, jsonl, "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("c1", Assert.Single(JsonDocument.Parse(result.Output).RootElement.EnumerateArray()).GetProperty("report").GetProperty("id").GetString());
        Assert.Contains($"rejected {endless}: OverBudget", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_CsvTextColumn_AnalysesThatColumn()
    {
        var result = await CliRunner.RunAsync(
            "extract", IngestFiles.PathOf("ucdp-ged-shaped.csv"), "--csv-text-column", "where_description", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var airfield = JsonDocument.Parse(result.Output).RootElement.EnumerateArray()
            .Single(d => d.GetProperty("report").GetProperty("id").GetString() == "990003");
        Assert.Contains("Kulbakino", airfield.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Extract_CsvTextColumnMissing_NamesTheFileAndFailsWhenNothingElseWasRead()
    {
        var path = IngestFiles.PathOf("ucdp-ged-shaped.csv");

        var result = await CliRunner.RunAsync("extract", path, "--csv-text-column", "summary", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(JsonDocument.Parse(result.Output).RootElement.EnumerateArray());
        Assert.StartsWith($"rejected {path}: MissingField (no column 'summary'", result.Error, StringComparison.Ordinal);
    }
}

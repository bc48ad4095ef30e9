using System.Text.Json;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Tests.Cli;

/// <summary>The corroboration commands on a small real-shaped ledger: events, event show/merge/split, verdict, sources, eval.</summary>
public sealed class CorroborationCommandsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    private string Database => directory.File("ledger.db");

    public void Dispose() => directory.Dispose();

    private async Task<JsonElement> IngestAndListAsync()
    {
        var reports = directory.Write("reports.jsonl", string.Join('\n',
            """{"id":"tass-1","publisher":"ТАСС","url":"https://example.org/tass-1","published":"2024-07-04T10:00:00Z","language":"ru","text":"Российские военные заняли центр Дзержинска, сообщил Игорь Кимаковский в эфире «России 24»."}""",
            """{"id":"reuters-1","publisher":"Reuters","url":"https://example.org/reuters-1","published":"2024-07-04T12:00:00Z","language":"en","text":"Igor Kimakovsky, an adviser to the Russian-installed head of the region, said Russian troops had captured the centre of Toretsk."}""",
            """{"id":"mod-1","publisher":"Минобороны России","url":"https://example.org/mod-1","published":"2024-07-10T08:00:00Z","language":"ru","text":"Минобороны России сообщило, что российские войска освободили Часов Яр."}"""));
        var ingest = await CliRunner.RunAsync("ingest", reports, "--db", Database);
        Assert.Equal(0, ingest.ExitCode);
        return JsonDocument.Parse((await CliRunner.RunAsync("events", "--format", "json", "--db", Database)).Output).RootElement;
    }

    private static JsonElement EventOf(JsonElement events, string externalId) =>
        events.EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "territorial_control"
            && e.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == externalId));

    [Fact]
    public async Task Events_Json_HasTheContractFields()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1");

        foreach (var field in new[] { "id", "kind", "places", "firstReported", "lastReported", "reports", "claims", "origins", "independentOrigins", "independentOriginsBySide", "contradicts", "verdicts", "credibility", "explanation" })
        {
            Assert.True(toretsk.TryGetProperty(field, out _), $"events JSON lacks {field}");
        }
        Assert.Equal(["externalId", "origin", "relays", "reportId", "text"], toretsk.GetProperty("claims")[0].EnumerateObject().Select(p => p.Name).Where(n => n is "reportId" or "externalId" or "text" or "origin" or "relays").Order());
        Assert.Equal(1, toretsk.GetProperty("independentOrigins").GetInt32());
        Assert.Equal(2, toretsk.GetProperty("reports").GetInt32());
    }

    [Fact]
    public async Task Events_PlaceFilter_KeepsOnlyThatPlace()
    {
        await IngestAndListAsync();

        var result = await CliRunner.RunAsync("events", "--place", "Chasiv Yar", "--format", "json", "--db", Database);

        var events = JsonDocument.Parse(result.Output).RootElement;
        Assert.All(events.EnumerateArray(), e => Assert.Contains(e.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Chasiv Yar"));
        Assert.NotEmpty(events.EnumerateArray());
    }

    [Fact]
    public async Task MergeThenSplit_RestoresTheEventsAndIsAudited()
    {
        var before = await IngestAndListAsync();
        var toretsk = EventOf(before, "tass-1").GetProperty("id").GetInt64();
        var chasivYar = EventOf(before, "mod-1");
        var chasivYarClaims = string.Join(',', chasivYar.GetProperty("claims").EnumerateArray().Select(c => "c" + c.GetProperty("claimId").GetInt64()));

        var merge = await CliRunner.RunAsync("event", "merge", $"e{toretsk}", $"e{chasivYar.GetProperty("id").GetInt64()}", "--by", "analyst", "--db", Database);
        var split = await CliRunner.RunAsync("event", "split", $"e{toretsk}", "--claims", chasivYarClaims, "--by", "analyst", "--db", Database);
        var after = JsonDocument.Parse((await CliRunner.RunAsync("events", "--format", "json", "--db", Database)).Output).RootElement;

        Assert.Equal((0, 0), (merge.ExitCode, split.ExitCode));
        Assert.Equal(Ids(before), Ids(after));
        await using var store = await SqliteLedgerStore.OpenAsync(Database, TimeProvider.System);
        Assert.Equal(["event.merge", "event.split"], (await store.ListAuditAsync($"event:{toretsk}")).Select(a => a.Action));
    }

    [Fact]
    public async Task Verdict_OnAnEvent_GradesItAndRecordsBeforeAndAfter()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1").GetProperty("id").GetInt64();

        var first = await CliRunner.RunAsync("verdict", $"e{toretsk}", "refuted", "--note", "not on the map", "--by", "analyst", "--db", Database);
        var second = await CliRunner.RunAsync("verdict", $"e{toretsk}", "confirmed", "--note", "geolocated", "--by", "analyst", "--db", Database);
        var graded = EventOf(JsonDocument.Parse((await CliRunner.RunAsync("events", "--format", "json", "--db", Database)).Output).RootElement, "tass-1");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal("1", graded.GetProperty("credibility").GetString());
        await using var store = await SqliteLedgerStore.OpenAsync(Database, TimeProvider.System);
        var audit = await store.ListAuditAsync($"event:{toretsk}");
        Assert.Null(audit[0].Before);
        Assert.Contains("refuted", audit[1].Before, StringComparison.Ordinal);
        Assert.Contains("confirmed", audit[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verdict_UnknownEvent_IsNotFound()
    {
        await IngestAndListAsync();

        var result = await CliRunner.RunAsync("verdict", "e99999", "confirmed", "--db", Database);

        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task EventShow_PrintsTheProvenanceTree()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1").GetProperty("id").GetInt64();

        var shown = await CliRunner.RunAsync("event", "show", $"e{toretsk}", "--db", Database);

        Assert.Contains("independent origin (RU): Igor Kimakovsky", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Igor Kimakovsky → Russia 24 (published by ТАСС)", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_Json_GivesEachClaimItsEnglishSummary()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1");

        var tass = toretsk.GetProperty("claims").EnumerateArray().Single(c => c.GetProperty("externalId").GetString() == "tass-1");
        Assert.Equal("Igor Kimakovsky, adviser to the head of the Donetsk People's Republic (via Russia 24, TASS): Russian forces took control of Toretsk, 4 Jul 2024",
            tass.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task EventExport_Markdown_QuotesEachClaimUnderItsSummaryWithItsLink()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1").GetProperty("id").GetInt64();

        var exported = await CliRunner.RunAsync("event", "export", $"e{toretsk}", "--format", "md", "--db", Database);

        Assert.Equal(0, exported.ExitCode);
        Assert.StartsWith($"# Event e{toretsk}: territorial\\_control · Toretsk", exported.Output, StringComparison.Ordinal);
        Assert.Contains("**Igor Kimakovsky, adviser to the head of the Donetsk People's Republic (via Russia 24, TASS): Russian forces took control of Toretsk, 4 Jul 2024**", exported.Output, StringComparison.Ordinal);
        Assert.Contains("> **Российские военные заняли центр Дзержинска, сообщил Игорь Кимаковский в эфире «России 24».**", exported.Output, StringComparison.Ordinal);
        Assert.Contains("<https://example.org/tass-1>", exported.Output, StringComparison.Ordinal);
        Assert.Contains("- independent origin (RU): Igor Kimakovsky", exported.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventExport_HtmlToAFile_WritesOneSelfContainedPage()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1").GetProperty("id").GetInt64();
        var path = directory.File("dossier.html");

        var exported = await CliRunner.RunAsync("event", "export", $"e{toretsk}", "--format", "html", "--out", path, "--db", Database);

        var html = await File.ReadAllTextAsync(path);
        Assert.Equal(0, exported.ExitCode);
        Assert.StartsWith("<!doctype html>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/reuters-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventExport_UnknownEvent_IsNotFound()
    {
        await IngestAndListAsync();

        var result = await CliRunner.RunAsync("event", "export", "e99999", "--format", "md", "--db", Database);

        Assert.Equal((3, ""), (result.ExitCode, result.Output));
    }

    [Fact]
    public async Task SourceShow_GivesTheGradeWithItsExplanation()
    {
        var toretsk = EventOf(await IngestAndListAsync(), "tass-1").GetProperty("id").GetInt64();
        await CliRunner.RunAsync("verdict", $"e{toretsk}", "refuted", "--by", "analyst", "--db", Database);

        var shown = await CliRunner.RunAsync("source", "show", "kimakovsky", "--format", "json", "--db", Database);

        var source = JsonDocument.Parse(shown.Output).RootElement.GetProperty("source");
        Assert.Equal(1, source.GetProperty("refuted").GetInt32());
        Assert.Equal("F", source.GetProperty("reliability").GetString());
        Assert.Contains("(0+2)/(1+4)", source.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    private static List<long> Ids(JsonElement events) => [.. events.EnumerateArray().Select(e => e.GetProperty("id").GetInt64())];
}

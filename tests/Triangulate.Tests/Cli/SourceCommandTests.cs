using System.Text.Json;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Tests.Cli;

/// <summary>
/// <c>source add</c> and <c>source merge</c> on a small ledger: two channels the bundled registry does not know report
/// the fall of Kurakhove; one of them also reports Velyka Novosilka. <c>source show</c> on a local channel's history.
/// </summary>
public sealed class SourceCommandTests : IDisposable
{
    private readonly TempDirectory directory = new();

    private string Database => directory.File("ledger.db");

    public void Dispose() => directory.Dispose();

    private async Task AddChannelsAndIngestAsync()
    {
        var vestnik = await CliRunner.RunAsync("source", "add", "--name", "Vostochny Vestnik", "--kind", "milblogger_channel", "--side", "RU",
            "--alias", "Восточный вестник", "--alias", "Східний вісник", "--role", "Telegram channel", "--by", "olena", "--db", Database);
        var kurier = await CliRunner.RunAsync("source", "add", "--name", "Donetsky Kurier", "--kind", "milblogger_channel", "--side", "RU",
            "--alias", "Донецкий курьер", "--id", "donetsky_kurier", "--by", "olena", "--db", Database);
        Assert.Equal((0, 0), (vestnik.ExitCode, kurier.ExitCode));
        var reports = directory.Write("reports.jsonl", string.Join('\n',
            """{"id":"rv-1","publisher":"Readovka","url":"https://example.org/rv-1","published":"2025-01-06T09:00:00Z","language":"ru","text":"Канал «Восточный вестник» сообщил, что российские войска заняли Курахово."}""",
            """{"id":"rv-2","publisher":"Lenta","url":"https://example.org/rv-2","published":"2025-01-06T15:00:00Z","language":"ru","text":"По словам Донецкого курьера, после недели уличных боёв штурмовые группы освободили город Курахово."}""",
            """{"id":"rv-3","publisher":"Lenta","url":"https://example.org/rv-3","published":"2025-01-26T11:00:00Z","language":"ru","text":"Донецкий курьер сообщил, что российские войска заняли Великую Новоселку."}"""));
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", reports, "--db", Database)).ExitCode);
    }

    private async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse((await CliRunner.RunAsync([.. args, "--format", "json", "--db", Database])).Output).RootElement;

    private async Task<JsonElement> KurakhoveAsync() =>
        (await JsonAsync("events")).EnumerateArray().Single(e => e.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == "rv-1"));

    private async Task ConfirmEveryEventAsync()
    {
        foreach (var e in (await JsonAsync("events")).EnumerateArray())
        {
            Assert.Equal(0, (await CliRunner.RunAsync("verdict", "e" + e.GetProperty("id").GetInt64(), "confirmed", "--by", "olena", "--db", Database)).ExitCode);
        }
    }

    [Fact]
    public async Task Add_MakesTheExtractorResolveTheNewSource()
    {
        await AddChannelsAndIngestAsync();

        var origins = (await KurakhoveAsync()).GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("origin").GetString()).Order();

        Assert.Equal(["Donetsky Kurier", "Vostochny Vestnik"], origins);
    }

    [Fact]
    public async Task Add_ExistingId_IsRefused()
    {
        await AddChannelsAndIngestAsync();

        var again = await CliRunner.RunAsync("source", "add", "--name", "Donetsky Kurier", "--kind", "unit", "--side", "RU", "--id", "donetsky_kurier", "--db", Database);

        Assert.NotEqual(0, again.ExitCode);
    }

    [Fact]
    public async Task Merge_TwoNamesCountAsOneIndependentOrigin()
    {
        await AddChannelsAndIngestAsync();
        var before = (await KurakhoveAsync()).GetProperty("independentOrigins").GetInt32();

        var merge = await CliRunner.RunAsync("source", "merge", "donetsky_kurier", "vostochny_vestnik", "--note", "same admins", "--by", "olena", "--db", Database);

        Assert.Equal(0, merge.ExitCode);
        Assert.Equal((2, 1), (before, (await KurakhoveAsync()).GetProperty("independentOrigins").GetInt32()));
    }

    [Fact]
    public async Task Merge_CombinesTheTrackRecords()
    {
        await AddChannelsAndIngestAsync();
        await ConfirmEveryEventAsync();

        await CliRunner.RunAsync("source", "merge", "donetsky_kurier", "vostochny_vestnik", "--by", "olena", "--db", Database);

        var records = (await JsonAsync("sources")).EnumerateArray().ToList();
        Assert.DoesNotContain(records, r => r.GetProperty("id").GetString() == "donetsky_kurier");
        var vestnik = records.Single(r => r.GetProperty("id").GetString() == "vostochny_vestnik");
        Assert.Equal((2, "B"), (vestnik.GetProperty("confirmed").GetInt32(), vestnik.GetProperty("reliability").GetString()));
    }

    [Fact]
    public async Task Merge_UnknownSource_IsRefused()
    {
        await AddChannelsAndIngestAsync();

        var merge = await CliRunner.RunAsync("source", "merge", "no_such_channel", "vostochny_vestnik", "--db", Database);

        Assert.NotEqual(0, merge.ExitCode);
    }

    [Fact]
    public async Task AddAndMerge_AreAudited()
    {
        await AddChannelsAndIngestAsync();

        await CliRunner.RunAsync("source", "merge", "donetsky_kurier", "vostochny_vestnik", "--note", "same admins", "--by", "olena", "--db", Database);

        await using var store = await SqliteLedgerStore.OpenAsync(Database, TimeProvider.System);
        var audit = (await store.ListAuditAsync()).Where(a => a.Action.StartsWith("source.", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("source.add", "source:vostochny_vestnik"), ("source.add", "source:donetsky_kurier"), ("source.merge", "source:vostochny_vestnik")],
            audit.Select(a => (a.Action, a.Target)));
        Assert.All(audit, a => Assert.Equal("olena", a.By));
        Assert.Contains("same admins", audit[^1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_PublisherWithAHistoryInOneOblast_PrintsItsLearnedAreaWithTheCounts()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", KhersonChannel.WriteHistory(directory), "--db", Database)).ExitCode);

        var show = await CliRunner.RunAsync("source", "show", KhersonChannel.Name, "--db", Database);

        Assert.Matches(@"usual areas Kherson Oblast \(\d+ of \d+ located mentions\)", show.Output);
    }
}

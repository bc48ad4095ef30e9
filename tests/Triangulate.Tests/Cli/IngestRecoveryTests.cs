using System.Text.Json;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;

namespace Triangulate.Tests.Cli;

/// <summary>
/// An ingest cut short between its last batch and its end (killed before learning and regrouping) leaves a ledger that the
/// next command completes, and a re-run resolves every report as one uninterrupted run would (issue 17).
/// </summary>
public sealed class IngestRecoveryTests
{
    private static readonly Lazy<ReportAnalyzer> Analyzer = new(AnalyzerFactory.CreateDefault);

    /// <summary>Stores the files' reports as a killed ingest leaves them: every batch in, no usual areas learned, no regrouping.</summary>
    private static async Task StoreWithoutCompletingAsync(string db, params string[] paths)
    {
        await using var store = await StoreFactory.OpenAsync(db, TimeProvider.System);
        await new LedgerIngest(Analyzer.Value, store).RunAsync(new ReportSource(IngestOptions.Default).Read(paths));
    }

    [Fact]
    public async Task Events_AfterAnIngestCutShortBeforeItsRegrouping_ShowTheEventsItWouldHaveLeft()
    {
        using var temp = new TempDirectory();
        var db = temp.File("ledger.db");
        var samples = Path.Combine(RepositoryPaths.Samples, "jsonl");
        await StoreWithoutCompletingAsync(db, samples);

        var events = await CliRunner.RunAsync("events", "--db", db, "--format", "json");
        var clean = temp.File("clean.db");
        await CliRunner.RunAsync("ingest", samples, "--db", clean);
        var cleanEvents = await CliRunner.RunAsync("events", "--db", clean, "--format", "json");

        Assert.Equal(0, events.ExitCode);
        Assert.NotEmpty(JsonDocument.Parse(events.Output).RootElement.EnumerateArray());
        Assert.Equal(cleanEvents.Output, events.Output);
    }

    [Fact]
    public async Task Ingest_ReRunOfARunCutShort_ResolvesAsOneUninterruptedRun()
    {
        using var temp = new TempDirectory();
        var history = KhersonChannel.WriteHistory(temp);
        // Mykhailivka: a village in Kherson oblast, and a larger one in Zaporizhzhia oblast, where a report naming no area
        // puts it unless its publisher's usual areas say otherwise. One run of both files learns nothing before it ends.
        var later = temp.Write("later.jsonl", KhersonChannel.PostJson(KhersonChannel.Name, 10, "Окупанти обстріляли Михайлівку."));
        var clean = temp.File("clean.db");
        var resumed = temp.File("resumed.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", history, later, "--db", clean)).ExitCode);

        await StoreWithoutCompletingAsync(resumed, history);
        var rerun = await CliRunner.RunAsync("ingest", history, later, "--db", resumed);

        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(await AdminOfMykhailivkaAsync(clean), await AdminOfMykhailivkaAsync(resumed));
    }

    private static async Task<string> AdminOfMykhailivkaAsync(string db)
    {
        var listed = await CliRunner.RunAsync("reports", "--db", db, "--search", "Михайлівку", "--format", "json");
        var id = Assert.Single(JsonDocument.Parse(listed.Output).RootElement.EnumerateArray()).GetProperty("id").GetInt64();
        var shown = await CliRunner.RunAsync("show", $"r{id}", "--db", db, "--format", "json");
        return Assert.Single(JsonDocument.Parse(shown.Output).RootElement.GetProperty("places").EnumerateArray()).GetProperty("admin").GetString()!;
    }
}

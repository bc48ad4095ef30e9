using System.Text.Json;
using Triangulate.Tests.Cli;

namespace Triangulate.Tests.Corroboration;

/// <summary>
/// The bundled samples through the real pipeline (ingest into a SQLite ledger, regrouping, evidence import) and the
/// claim groups they were written with (docs/samples.md).
/// </summary>
public sealed partial class CorroborationSamplesTests : IClassFixture<CorroborationSamplesTests.SampleLedger>
{
    private readonly SampleLedger ledger;

    public CorroborationSamplesTests(SampleLedger ledger) => this.ledger = ledger;

    /// <summary>One ledger of the samples, read before and after the control maps are imported.</summary>
    public sealed class SampleLedger : IAsyncLifetime
    {
        private readonly TempDirectory directory = new();

        public string Database => directory.File("samples.db");

        public JsonElement Before { get; private set; }
        public JsonElement After { get; private set; }
        public JsonElement SourcesBefore { get; private set; }
        public JsonElement SourcesAfter { get; private set; }

        public async Task InitializeAsync()
        {
            await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", Database);
            Before = await JsonAsync("events", "--format", "json", "--db", Database);
            SourcesBefore = await JsonAsync("sources", "--format", "json", "--db", Database);
            await CliRunner.RunAsync("evidence", "import", "control", RepositoryPaths.ControlMaps, "--db", Database);
            After = await JsonAsync("events", "--format", "json", "--db", Database);
            SourcesAfter = await JsonAsync("sources", "--format", "json", "--db", Database);
        }

        public Task DisposeAsync()
        {
            directory.Dispose();
            return Task.CompletedTask;
        }

        private static async Task<JsonElement> JsonAsync(params string[] args) =>
            JsonDocument.Parse((await CliRunner.RunAsync(args)).Output).RootElement.Clone();
    }

    /// <summary>The largest territorial-control event holding a claim of the report with this external id.</summary>
    private static JsonElement GroundEvent(JsonElement events, string externalId) =>
        events.EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() is "territorial_control" or "advance"
                && e.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == externalId))
            .MaxBy(e => e.GetProperty("reports").GetInt32());

    private static JsonElement Source(JsonElement sources, string id) =>
        sources.EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    [Fact]
    public void KimakovskyClaimThroughItsRelays_IsOneEventWithOneRussianOrigin()
    {
        var toretsk = GroundEvent(ledger.Before, "r24-20240704-dzerzhinsk");
        var reports = toretsk.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("externalId").GetString()).ToHashSet();

        Assert.Superset(new HashSet<string?> { "r24-20240704-dzerzhinsk", "tass-20240704-dzerzhinsk-centr", "reuters-20240704-toretsk", "102" }, reports);
        Assert.Equal(1, toretsk.GetProperty("independentOriginsBySide").GetProperty("RU").GetInt32());
    }

    [Fact]
    public void KimakovskyClaim_IsCorroboratedFromOutsideTheActingSideAndGradedBetterForIt()
    {
        // ISW's reading of the footage geolocated on July 25 ("Russian forces recently advanced in central Toretsk") stands
        // behind the adviser's claim; the Ukrainian military's dismissal of it is a denial, not a Ukrainian origin.
        var toretsk = GroundEvent(ledger.Before, "r24-20240704-dzerzhinsk");
        var zalizne = GroundEvent(ledger.Before, "tass-20240927-zheleznoe");

        Assert.Equal(1, toretsk.GetProperty("independentOriginsBySide").GetProperty("other").GetInt32());
        Assert.Equal("2", toretsk.GetProperty("credibility").GetString());
        Assert.Equal("6", zalizne.GetProperty("credibility").GetString());
    }

    [Fact]
    public void TrehubovDenial_IsLinkedBothWays()
    {
        var toretsk = GroundEvent(ledger.Before, "r24-20240704-dzerzhinsk");
        var contradicting = toretsk.GetProperty("contradicts").EnumerateArray().Select(id => id.GetInt64()).ToHashSet();
        var denials = ledger.Before.EnumerateArray().Where(e => contradicting.Contains(e.GetProperty("id").GetInt64()) && e.GetProperty("kind").GetString() == "denial");

        var denial = Assert.Single(denials, d => d.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == "kyivind-20240704-toretsk-denial"));
        Assert.Contains(toretsk.GetProperty("id").GetInt64(), denial.GetProperty("contradicts").EnumerateArray().Select(id => id.GetInt64()));
    }

    [Fact]
    public void KalynivkaClaim_IsContradictedByTheGeneralStaff()
    {
        var kalynivka = GroundEvent(ledger.Before, "ria-20240626-kalinovka");
        var contradicting = kalynivka.GetProperty("contradicts").EnumerateArray().Select(id => id.GetInt64()).ToHashSet();

        Assert.Contains(ledger.Before.EnumerateArray(), e => contradicting.Contains(e.GetProperty("id").GetInt64())
            && e.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == "kyivind-20240627-kalynivka"));
    }

    [Fact]
    public void ControlMaps_ConfirmNiuYorkAndRefuteTheEarlyToretskCentreClaim()
    {
        static string? Verdict(JsonElement e) => e.GetProperty("verdicts").EnumerateArray().Select(v => v.GetProperty("value").GetString()).LastOrDefault();

        Assert.Equal("confirmed", Verdict(GroundEvent(ledger.After, "ria-20240820-niu-york")));
        Assert.Equal("refuted", Verdict(GroundEvent(ledger.After, "r24-20240704-dzerzhinsk")));
        Assert.Contains("deepstatemap_data_", GroundEvent(ledger.After, "ria-20240820-niu-york").GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ControlMaps_MoveTheSourcesGrades()
    {
        var modBefore = Source(ledger.SourcesBefore, "ru_mod");
        var modAfter = Source(ledger.SourcesAfter, "ru_mod");
        var kimakovskyAfter = Source(ledger.SourcesAfter, "kimakovsky");

        Assert.Equal(0, modBefore.GetProperty("confirmed").GetInt32());
        Assert.True(modAfter.GetProperty("confirmed").GetInt32() >= 2);
        Assert.True(kimakovskyAfter.GetProperty("refuted").GetInt32() >= 1);
        Assert.NotEqual(modBefore.GetProperty("reliability").GetString(), modAfter.GetProperty("reliability").GetString());
    }

    [Fact]
    public async Task Regrouping_AfterReingest_KeepsTheSameEvents()
    {
        var again = await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", ledger.Database);
        var events = JsonDocument.Parse((await CliRunner.RunAsync("events", "--format", "json", "--db", ledger.Database)).Output).RootElement;

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(
            ledger.After.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()),
            events.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }
}

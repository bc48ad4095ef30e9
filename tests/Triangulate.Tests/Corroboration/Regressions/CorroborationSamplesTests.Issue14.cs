using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evidence;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Corroboration;

/// <summary>
/// Regressions: what the bundled samples showed wrong in the events (issue 14): a Kalynivka event set against a Toretsk one, quotes
/// of one statement standing as events of their own, a spokesman's "information operation" counted as support for the
/// capture it denies, and, with the samples re-dated every three days, one Toretsk event chained over eleven months.
/// </summary>
public sealed partial class CorroborationSamplesTests
{
    private static IEnumerable<JsonElement> Holding(JsonElement events, Func<string, bool> text) =>
        events.EnumerateArray().Where(e => e.GetProperty("claims").EnumerateArray().Any(c => text(c.GetProperty("text").GetString()!)));

    private static HashSet<string> PlaceNames(JsonElement e) =>
        [.. e.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)];

    [Fact]
    public void KalynivkaEvents_AreNeverSetAgainstToretskEvents()
    {
        var byId = ledger.Before.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetInt64());
        var kalynivka = byId.Values.Where(e => PlaceNames(e).Contains("Kalynivka")).ToList();

        Assert.NotEmpty(kalynivka);
        Assert.All(kalynivka, e => Assert.DoesNotContain(
            e.GetProperty("contradicts").EnumerateArray().Select(id => byId[id.GetInt64()]),
            other => PlaceNames(other).Contains("Toretsk")));
    }

    [Fact]
    public void QuoteOfKimakovskysStatement_JoinsHisToretskEvent()
    {
        var clearing = Assert.Single(Holding(ledger.Before, text => text.StartsWith("Идет зачистка»", StringComparison.Ordinal)));

        Assert.Contains(clearing.GetProperty("claims").EnumerateArray(), c => c.GetProperty("externalId").GetString() == "r24-20240704-dzerzhinsk");
        Assert.Equal("territorial_control", clearing.GetProperty("kind").GetString());
    }

    [Fact]
    public void VoloshynsInformationOperationRemark_DeniesTheCaptureRatherThanSupportingIt()
    {
        var remark = Assert.Single(Holding(ledger.Before, text => text.Contains("чергова інформаційна операція", StringComparison.Ordinal)));
        var capture = ledger.Before.EnumerateArray().Single(e => remark.GetProperty("contradicts").EnumerateArray().Any(id => id.GetInt64() == e.GetProperty("id").GetInt64())
            && e.GetProperty("claims").EnumerateArray().Any(c => c.GetProperty("externalId").GetString() == "tass-20250210-dzerzhinsk"));

        Assert.Equal("denial", remark.GetProperty("kind").GetString());
        Assert.DoesNotContain("Nazar Voloshyn", capture.GetProperty("origins").EnumerateArray().Select(o => o.GetString()));
    }

    /// <summary>
    /// The Toretsk reports of July 2024 and February 2025, and the July report again every three days between them: a
    /// town reported on every few weeks must not become one event from the centre claim to the whole-town claim.
    /// </summary>
    [Fact]
    public void ToretskReportsEveryThreeDays_FormBoundedEventsLinkedAsRepetitions()
    {
        var july = ReadSample("2024-07-04-russia24-kimakovsky-toretsk-centre.md");
        var february = ReadSample("2025-02-10-tass-mod-dzerzhinsk.md");
        var again = Enumerable.Range(1, 72).Select(n => july with
        {
            ExternalId = $"redated-{n}",
            Published = july.Published!.Value.AddDays(3 * n),
            Text = july.Text + $" (повтор {n})",
        });
        var reports = new[] { july, february }.Concat(again).ToList();
        var analyzer = AnalyzerFactory.CreateDefault();
        var reader = new ClaimFactsReader(SourceRegistry.LoadDefault());
        var analyses = analyzer.AnalyzeAll(reports);
        var claimId = 0L;
        var facts = reports.SelectMany((report, i) => reader.ReadReport([.. analyses[i].Claims.Select(c => (++claimId, c))], ClaimReport.Of(i + 1, report, analyses[i].Places))).ToList();

        var events = Corroborator.Run(facts, [], [], EvidenceSet.None, Affiliations.None).Events;

        var toretskGround = events.Where(e => e.Kind is ClaimKind.TerritorialControl or ClaimKind.Advance && e.Places.Any(p => p.Name == "Toretsk")).ToList();
        var centre = toretskGround.Single(e => e.Claims.Any(c => c.ExternalId == "r24-20240704-dzerzhinsk"));
        var town = toretskGround.Single(e => e.Claims.Any(c => c.ExternalId == "tass-20250210-dzerzhinsk"));
        Assert.NotEqual(centre.Id, town.Id);
        Assert.All(toretskGround, e => Assert.True(e.LastDay!.Value.DayNumber - e.FirstDay!.Value.DayNumber <= KindFamilies.WindowDays(KindFamily.Ground),
            $"e{e.Id} spans {e.FirstDay} to {e.LastDay}"));
        Assert.NotNull(town.Repeats);
    }

    private static Report ReadSample(string name)
    {
        var path = Path.Combine(RepositoryPaths.Samples, "text", name);
        return new ReportSource(IngestOptions.Default).Read([path]).Single().Report!;
    }
}

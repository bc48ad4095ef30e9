using System.Text.Json;

namespace Triangulate.Tests.Cli;

/// <summary><c>eval places GOLD.jsonl</c> scores the finder against a gold set.</summary>
public sealed class EvalPlacesCommandTests
{
    [Fact]
    public async Task EvalPlaces_Json_ReportsPrecisionRecallAndDistanceShares()
    {
        using var temp = new TempDirectory();
        var gold = temp.Write("gold.jsonl",
            """{"text": "Russian forces shelled Toretsk and the outskirts of Chasiv Yar overnight.", "places": [{"start": 23, "end": 30, "lat": 48.39705, "lon": 37.85014}, {"start": 52, "end": 62, "lat": 48.58739, "lon": 37.83734}]}""" + "\n" +
            """{"text": "Обстріли Покровська тривали.", "places": [{"start": 9, "end": 19, "lat": 48.0, "lon": 37.0}]}""" + "\n");

        var result = await CliRunner.RunAsync("eval", "places", gold, "--format", "json");

        var scores = JsonDocument.Parse(result.Output).RootElement.GetProperty("scores");
        Assert.Equal(3, scores.GetProperty("goldMentions").GetInt32());
        Assert.Equal(1.0, scores.GetProperty("recall").GetDouble());
        Assert.Equal(2.0 / 3, scores.GetProperty("within5Km").GetDouble(), 3);
    }

    [Fact]
    public async Task EvalPlaces_SpanOutsideText_IsReportedAndRejected()
    {
        using var temp = new TempDirectory();
        var gold = temp.Write("gold.jsonl", """{"text": "Toretsk.", "places": [{"start": 0, "end": 40, "lat": 48.4, "lon": 37.85}]}""" + "\n");

        var result = await CliRunner.RunAsync("eval", "places", gold);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 1", result.Error);
    }
}

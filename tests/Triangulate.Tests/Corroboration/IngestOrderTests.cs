using System.Text.Json;
using Triangulate.Tests.Cli;

namespace Triangulate.Tests.Corroboration;

/// <summary>Corroboration depends on what the ledger holds, not on the order it was filled in.</summary>
public sealed class IngestOrderTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task Ingest_SamplesFolderByFolderInReverse_GivesTheSameEventsAndGrades()
    {
        var all = directory.File("all.db");
        var stepwise = directory.File("stepwise.db");
        await CliRunner.RunAsync("ingest", RepositoryPaths.Samples, "--db", all);
        foreach (var folder in Directory.GetDirectories(RepositoryPaths.Samples).Order(StringComparer.Ordinal).Reverse())
        {
            await CliRunner.RunAsync("ingest", folder, "--db", stepwise);
        }

        Assert.Equal(await ContentAsync(all), await ContentAsync(stepwise));
    }

    /// <summary>Each event by its claims' words and reports (ids differ between ledgers), with its counts and grade.</summary>
    private static async Task<string> ContentAsync(string database)
    {
        var events = JsonDocument.Parse((await CliRunner.RunAsync("events", "--format", "json", "--db", database)).Output).RootElement;
        return string.Join('\n', events.EnumerateArray()
            .Select(e => string.Join(" + ", e.GetProperty("claims").EnumerateArray()
                    .Select(c => $"{c.GetProperty("externalId").GetString() ?? c.GetProperty("publisher").GetString()}: {c.GetProperty("text").GetString()}")
                    .Order(StringComparer.Ordinal))
                + $" => {e.GetProperty("independentOrigins").GetInt32()} origins, credibility {e.GetProperty("credibility").GetString()}, contradicts {e.GetProperty("contradicts").GetArrayLength()}")
            .Order(StringComparer.Ordinal));
    }
}

using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest.Fuzzing;

/// <summary>Every reader, fed mutated real files, never throws and yields only storable reports (a small run; <c>bench … fuzz</c> runs long).</summary>
public sealed class ReaderFuzzTests
{
    private const int InputsPerSeed = 60;

    /// <summary>One real file per format, and the hostile and broken ones the reader tests already hold.</summary>
    public static IReadOnlyList<string> SeedFiles() =>
    [
        Path.Combine(RepositoryPaths.Samples, "telegram", "donetsk_front_z", "result.json"),
        Path.Combine(RepositoryPaths.Samples, "jsonl", "reports.jsonl"),
        Path.Combine(RepositoryPaths.Samples, "feeds", "ukrinform-war.rss.xml"),
        Path.Combine(RepositoryPaths.Samples, "feeds", "moscowtimes-ukraine-war.atom.xml"),
        Path.Combine(RepositoryPaths.Samples, "html", "kyivindependent-2024-07-25-deepstate-toretsk.html"),
        Path.Combine(RepositoryPaths.Samples, "csv", "events.csv"),
        Path.Combine(RepositoryPaths.Samples, "text", "2024-07-04-kyivindependent-trehubov-denial.md"),
        IngestFiles.PathOf("telegram/result.json"),
        IngestFiles.PathOf("jsonl/bad-line.jsonl"),
        IngestFiles.PathOf("feeds/billion-laughs.xml"),
        IngestFiles.PathOf("ucdp-ged-shaped.csv"),
        IngestFiles.PathOf("text/plain.txt"),
    ];

    [Theory]
    [InlineData(17)]
    [InlineData(2024)]
    public void Readers_MutatedFiles_NeverThrowAndYieldOnlyStorableReports(int seed)
    {
        var run = new ReaderFuzzer(SeedFiles(), seed).Run(InputsPerSeed, IngestOptions.Default);

        Assert.Equal(6, run.InputsPerReader.Count);
        Assert.True(run.Reports > 0 && run.Rejections > 0, "the mutations should leave some inputs readable and break others");
        Assert.Empty(run.Failures.Select(f => $"{f.Reader} {f.Seed} [{f.Mutation}]: {f.Problem}"));
    }
}

using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evaluation;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Corroboration;

/// <summary>The reader of the real corpus's shape and its scoring, on a fixture of that shape (TestData/events/real-fixture, not real data).</summary>
public sealed class RealGroupEvaluatorTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "events", "real-fixture");

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void Read_DevSplit_KeepsItsReportsAndWholeGroups()
    {
        var corpus = RealCorpus.Read(Fixture, "dev");

        Assert.Empty(corpus.Problems);
        Assert.Equal(["fixture-001", "fixture-002", "fixture-003", "fixture-004", "fixture-007"], corpus.Reports.Select(r => r.Id));
        var group = Assert.Single(corpus.Groups);
        Assert.Equal(("fixture-grp-ostrivske", 3, 1), (group.Id, group.Carriers.Length, group.Denials.Length));
    }

    [Fact]
    public void Read_ReportWithoutPublicationDate_HasNone()
    {
        var corpus = RealCorpus.Read(Fixture);

        Assert.Null(corpus.Reports.Single(r => r.Id == "fixture-002").Report.Published);
        Assert.Equal(new DateTimeOffset(2024, 10, 11, 0, 0, 0, TimeSpan.Zero), corpus.Reports.Single(r => r.Id == "fixture-001").Report.Published);
    }

    [Fact]
    public void Read_BadLinesAndUnknownReports_AreReportedWithTheirFileAndTheRestIsRead()
    {
        var lines = File.ReadAllLines(Path.Combine(Fixture, RealCorpus.ReportsFile));
        File.WriteAllLines(directory.File(RealCorpus.ReportsFile), [lines[0], "{\"id\": \"broken\", \"publisher\": ", lines[2], "{\"id\": \"no-text\", \"publisher\": \"X\", \"language\": \"en\"}"]);
        File.Copy(Path.Combine(Fixture, RealCorpus.GroupsFile), directory.File(RealCorpus.GroupsFile));

        var corpus = RealCorpus.Read(directory.Path);

        Assert.Equal(["fixture-001", "fixture-003"], corpus.Reports.Select(r => r.Id));
        Assert.Contains(corpus.Problems, p => p.StartsWith("reports.jsonl:2:", StringComparison.Ordinal));
        Assert.Contains(corpus.Problems, p => p.StartsWith("reports.jsonl:4: no 'text'", StringComparison.Ordinal));
        Assert.Contains(corpus.Problems, p => p.Contains("group fixture-grp-ostrivske names reports not in reports.jsonl: fixture-002, fixture-004", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoGroupsFile_SaysSo()
    {
        File.Copy(Path.Combine(Fixture, RealCorpus.ReportsFile), directory.File(RealCorpus.ReportsFile));

        var corpus = RealCorpus.Read(directory.Path);

        Assert.Equal(7, corpus.Reports.Length);
        Assert.Contains(corpus.Problems, p => p.EndsWith("groups.json: no such file", StringComparison.Ordinal));
    }

    /// <summary>A wire story, its undated reprint and a Russian outlet's undated version are one event with one origin; the denial is linked.</summary>
    [Fact]
    public void Evaluate_DevSplit_GroupIsOneEventWithOneOriginAndItsDenialLinked()
    {
        var evaluator = new RealGroupEvaluator(AnalyzerFactory.CreateDefault(), SourceRegistry.LoadDefault());

        var result = evaluator.Evaluate(RealCorpus.Read(Fixture, "dev"));

        var group = Assert.Single(result.Groups);
        Assert.Equal((3, 3, 1, 1), (group.PairsTogether, group.Pairs, group.ExpectedOrigins, group.CountedOrigins));
        Assert.True(group.DenialsAllLinked);
        Assert.Equal((1.0, 1.0, 1.0), (result.Precision, result.Recall, result.DenialsLinkedShare));
    }

    private static readonly RealGroup Capture = new("grp", "The ministry said it took Toretsk", "Russian Ministry of Defence", "territorial_control", "Toretsk", "2024-07-04", ["ext-1", "ext-2", "ext-3", "ext-4"], ["ext-5"]);

    [Theory]
    [InlineData(2, MissCause.Place)]
    [InlineData(3, MissCause.KindFamily)]
    [InlineData(4, MissCause.OriginWrong)]
    public void MissCauses_CarrierApartFromTheStatement_IsToldByItsFirstDifference(long carrier, MissCause expected)
    {
        ClaimFacts[] facts =
        [
            Claim(1, Toretsk, origin: RuMod),
            Claim(2, ChasivYar, origin: RuMod),
            Claim(3, Toretsk, ClaimKind.Strike, origin: RuMod),
            Undated(Claim(4, Toretsk, origin: Outlet("Devdiscourse"))),
        ];
        var causes = new MissCauses(SourceRegistry.LoadDefault(), Registry, facts);

        Assert.Equal(expected, causes.Apart(causes.Describe(Capture, null), "ext-1", "ext-" + carrier).Cause);
    }

    [Fact]
    public void MissCauses_DenialWithoutAWordOfDenial_IsNotReadAsOne()
    {
        var causes = new MissCauses(SourceRegistry.LoadDefault(), Registry, [Claim(1, Toretsk, origin: RuMod), Claim(5, Toretsk, side: Side.UA, origin: Trehubov, language: "uk")]);

        Assert.Equal(MissCause.NotReadAsDenial, causes.Unlinked(causes.Describe(Capture, null), "ext-5"));
    }
}

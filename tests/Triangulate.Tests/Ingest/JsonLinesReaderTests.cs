using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class JsonLinesReaderTests
{
    private static readonly IngestOptions SmallReports = new() { MaxReportChars = 500 };

    private readonly JsonLinesReader reader = new();

    private List<ReadOutcome> ReadReports() => IngestFiles.Read(reader, "jsonl/reports.jsonl", SmallReports);

    [Fact]
    public void Read_GoodLines_BecomeReportsWithExternalIds()
    {
        var ids = ReadReports().Where(o => o.IsReport).Select(o => o.Report!.ExternalId);

        Assert.Equal(["r1", "5"], ids);
    }

    [Fact]
    public void Read_GoodLine_KeepsFields()
    {
        var report = ReadReports().First(o => o.IsReport).Report!;

        Assert.Equal("Ukrinform", report.Publisher);
        Assert.Equal("Удар по Запоріжжю", report.Title);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 3, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal(1, report.Location.Item);
    }

    [Fact]
    public void Read_MalformedLine_RejectedWithLineNumber()
    {
        var rejection = ReadReports().Single(o => o.Rejection?.Reason == RejectionReason.MalformedJson).Rejection!;

        Assert.Equal(2, rejection.Location.Item);
    }

    [Fact]
    public void Read_EmptyText_RejectedAsEmptyText()
    {
        var rejection = ReadReports().Single(o => o.Rejection?.Reason == RejectionReason.EmptyText).Rejection!;

        Assert.Equal(3, rejection.Location.Item);
    }

    [Fact]
    public void Read_TextOverLimit_RejectedAsOversized()
    {
        var rejection = ReadReports().Single(o => o.Rejection?.Reason == RejectionReason.Oversized).Rejection!;

        Assert.Equal(4, rejection.Location.Item);
    }

    [Fact]
    public void Read_BlankLine_IsNeitherReportNorRejection()
    {
        Assert.DoesNotContain(ReadReports(), o => o.Report?.Location.Item == 5 || o.Rejection?.Location.Item == 5);
    }

    [Fact]
    public void Read_InvalidUtf8Line_RejectsOnlyThatLine()
    {
        var outcomes = IngestFiles.Read(reader, "jsonl/bad-line.jsonl");

        Assert.Equal([true, false, true], outcomes.Select(o => o.IsReport));
        Assert.Equal(RejectionReason.InvalidUtf8, outcomes[1].Rejection!.Reason);
        Assert.Equal(2, outcomes[1].Rejection!.Location.Item);
    }

    [Fact]
    public void Read_MissingPublisher_RejectedAsMissingField()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.jsonl", """{"id":"x","text":"Some words."}"""));

        Assert.Equal(RejectionReason.MissingField, outcome.Rejection!.Reason);
    }

    [Fact]
    public void Read_LineThatIsNotAnObject_RejectedAsMalformed()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.jsonl", "[1, 2, 3]"));

        Assert.Equal(RejectionReason.MalformedJson, outcome.Rejection!.Reason);
    }

    [Fact]
    public void Read_ByteOrderMarkBeforeFirstLine_ReadsFirstLine()
    {
        var outcomes = IngestFiles.ReadText(reader, "bom.jsonl",
            "\uFEFF{\"id\":\"a\",\"publisher\":\"Суспільне\",\"text\":\"Росіяни обстріляли Херсон.\"}\n");

        Assert.Equal("a", Assert.Single(outcomes).Report?.ExternalId);
    }

    [Fact]
    public void Read_NulInText_ReplacedOneForOneWithANote()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "nul.jsonl",
            "{\"id\":\"n\",\"publisher\":\"P\",\"title\":\"a\\u0000b\",\"text\":\"Обстріл Херсона\\u0000 вночі.\"}\n"));

        Assert.Equal("Обстріл Херсона\uFFFD вночі.", outcome.Report?.Text);
        Assert.Equal("a\uFFFDb", outcome.Report?.Title);
        Assert.Contains("replaced 2 character(s)", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LoneSurrogateEscape_RejectedAsMalformedJson()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "surrogate.jsonl",
            "{\"id\":\"s\",\"publisher\":\"P\",\"text\":\"Обстріл \\ud800 Херсона.\"}\n"));

        Assert.Equal(RejectionReason.MalformedJson, outcome.Rejection?.Reason);
    }
}

using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class PlainTextReaderTests
{
    private readonly PlainTextReader reader = new();

    [Fact]
    public void Read_FrontMatter_FillsEveryField()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "text/front-matter.md")).Report!;

        Assert.Equal("Ukrainska Pravda", report.Publisher);
        Assert.Equal("https://www.pravda.com.ua/news/2024/10/24/7480001/", report.Url);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 5, 15, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("uk", report.Language);
        Assert.Equal("Вибухи у Харкові", report.Title);
        Assert.Equal("up-7480001", report.ExternalId);
    }

    [Fact]
    public void Read_FrontMatter_TextIsBodyKeptVerbatim()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "text/front-matter.md")).Report!;

        Assert.Equal("У Харкові пролунали **вибухи**, повідомив міський голова.\n", report.Text);
    }

    [Fact]
    public void Read_MarkdownWithoutFrontMatter_TitleFromHeadingAndPublisherUnknown()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "text/no-front-matter.md")).Report!;

        Assert.Equal("Shelling reported in Nikopol", report.Title);
        Assert.Equal("unknown", report.Publisher);
        Assert.StartsWith("# Shelling", report.Text);
    }

    [Fact]
    public void Read_PlainTextWithoutLanguage_DetectsIt()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "text/plain.txt")).Report!;

        Assert.Equal("ru", report.Language);
        Assert.Null(report.Title);
    }

    [Fact]
    public void Read_InvalidUtf8_RejectsFileByName()
    {
        var rejection = Assert.Single(IngestFiles.Read(reader, "text/invalid-utf8.txt")).Rejection!;

        Assert.Equal(RejectionReason.InvalidUtf8, rejection.Reason);
        Assert.EndsWith("invalid-utf8.txt", rejection.Location.Path);
    }

    [Fact]
    public void Read_FrontMatterWithBadDate_RejectsAsBadDate()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.md", "---\npublished: yesterday\n---\nText.\n"));

        Assert.Equal(RejectionReason.BadDate, outcome.Rejection!.Reason);
    }

    [Fact]
    public void Read_UnclosedFence_KeepsWholeTextAsBody()
    {
        const string content = "---\nnot front matter after all\n";

        var report = Assert.Single(IngestFiles.ReadText(reader, "a.txt", content)).Report!;

        Assert.Equal(content, report.Text);
    }

    [Fact]
    public void Read_OnlyFrontMatter_RejectsAsEmptyText()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.md", "---\npublisher: X\n---\n\n"));

        Assert.Equal(RejectionReason.EmptyText, outcome.Rejection!.Reason);
    }
}

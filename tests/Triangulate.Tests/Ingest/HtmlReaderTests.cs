using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private readonly HtmlReader reader = new();

    private Triangulate.Model.Report Article() => Assert.Single(IngestFiles.Read(reader, "html/article.html")).Report!;

    [Fact]
    public void Read_ArticlePage_KeepsOnlyArticleParagraphs()
    {
        Assert.Equal(
            "Missile strike damages Kharkiv substation\n\n"
            + "A Russian missile struck an electrical substation in Kharkiv early on March 22, the city's mayor said.\n\n"
            + "Power was cut in parts of the city. Repair crews were working at the site by morning.\n\n"
            + "Regional officials reported no casualties.",
            Article().Text);
    }

    [Fact]
    public void Read_ArticlePage_TakesOpenGraphTitleAndSiteName()
    {
        var report = Article();

        Assert.Equal("Missile strike damages Kharkiv substation", report.Title);
        Assert.Equal("Example News", report.Publisher);
    }

    [Fact]
    public void Read_ArticlePage_TakesCanonicalUrlAndPublishedTime()
    {
        var report = Article();

        Assert.Equal("https://www.example-news.com/war/kharkiv-substation", report.Url);
        Assert.Equal(new DateTimeOffset(2024, 3, 22, 3, 30, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("en", report.Language);
    }

    [Fact]
    public void Read_PageWithoutArticleMarkup_TakesDensestParagraphBlock()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "html/no-markup.html")).Report!;

        Assert.Equal(
            "Вночі в Одесі пролунали вибухи, повідомили місцеві канали.\n\n"
            + "Повітряні сили попереджали про загрозу ударних дронів з півдня.\n\n"
            + "Про постраждалих наразі не повідомляють.",
            report.Text);
        Assert.Equal("Вибухи в Одесі", report.Title);
        Assert.Equal("uk", report.Language);
    }

    [Fact]
    public void Read_NoMetadata_PublisherFromCanonicalHost()
    {
        const string html = """
            <html><head><link rel="canonical" href="https://www.unian.ua/war/1.html"></head>
            <body><article><p>Text of the story.</p></article></body></html>
            """;

        var report = Assert.Single(IngestFiles.ReadText(reader, "a.html", html)).Report!;

        Assert.Equal("unian.ua", report.Publisher);
    }

    [Fact]
    public void Read_DateOnlyInJsonLd_UsesIt()
    {
        const string html = """
            <html><head><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2023-05-01T10:00:00Z"}]}</script></head>
            <body><article><p>Text of the story.</p></article></body></html>
            """;

        var report = Assert.Single(IngestFiles.ReadText(reader, "a.html", html)).Report!;

        Assert.Equal(new DateTimeOffset(2023, 5, 1, 10, 0, 0, TimeSpan.Zero), report.Published);
    }
}

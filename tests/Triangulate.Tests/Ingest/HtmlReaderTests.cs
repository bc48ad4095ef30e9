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

    [Fact]
    public void Read_RealisticUkrainianNewsPage_KeepsHeadlineAndStoryWithoutShareRowsReadAlsoTagsErrorNoteOrComments()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "html/uk-news-page.html")).Report!;

        Assert.Equal(
            "Окупанти обстріляли Костянтинівку: пошкоджено школу та багатоповерхівки\n\n"
            + "Вранці 28 серпня російські війська завдали удару по Костянтинівці з реактивних систем залпового вогню, повідомив начальник міської військової адміністрації.\n\n"
            + "За його словами, під обстріл потрапили центральна частина міста та район залізничного вокзалу. Пошкоджено будівлю загальноосвітньої школи, два багатоповерхові будинки та лінію електропередачі.\n\n"
            + "Попередньо, двоє мешканців міста дістали поранення, їм надають медичну допомогу. Рятувальники ліквідували пожежу в одному з під'їздів до обіду.\n\n"
            + "Міська влада закликала мешканців не ігнорувати сигнали повітряної тривоги та за можливості виїхати з міста. Евакуація триває щодня, автобуси відправляються від центральної площі.\n\n"
            + "Нагадаємо, напередодні окупанти атакували Костянтинівку дронами, пошкоджено приватні будинки на околиці міста.",
            report.Text);
        Assert.Equal("Новини Донбасу", report.Publisher);
    }

    [Fact]
    public void Read_RealisticEnglishPageWithoutArticleMarkup_KeepsHeadlineAndStoryWithoutPromoReadAlsoOrDiscussion()
    {
        var report = Assert.Single(IngestFiles.Read(reader, "html/en-news-page.html")).Report!;

        Assert.Equal(
            "Ukraine says it repelled 48 attacks near Pokrovsk\n\n"
            + "Ukrainian forces repelled 48 Russian attacks in the Pokrovsk direction over the past day, the General Staff of Ukraine's Armed Forces said in its morning update on Wednesday.\n\n"
            + "The heaviest fighting was reported near Kotlyne, Udachne and Uspenivka, villages to the west and south-west of the city, where Russian units have pressed for weeks to cut the road to Dnipropetrovsk oblast.\n\n"
            + "A spokesperson for the Khortytsia group of forces said Russian troops had used armoured vehicles and motorcycles in small assault groups, and that several vehicles had been destroyed.\n\n"
            + "Russia's defence ministry claimed separately that its troops had taken control of a village in the area. Frontline Daily could not independently verify either side's account.\n\n"
            + "The Pokrovsk axis has seen some of the most intense fighting along the front line since the autumn, according to Ukrainian and Western analysts.",
            report.Text);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 9, 15, 0, TimeSpan.Zero), report.Published);
    }

    [Fact]
    public void Read_SmallPageReadabilityDeclines_StillLeavesOutFurnitureLines()
    {
        const string html = """
            <html lang="ru"><body><article>
            <p>Российские войска заняли Нью-Йорк, заявили в Минобороны России.</p>
            <p>Читайте также: «ВСУ отошли от Угледара»</p>
            <p>Поделиться: Telegram | VK | Одноклассники</p>
            <p>Нашли ошибку? Выделите ее и нажмите Ctrl+Enter</p>
            </article></body></html>
            """;

        var report = Assert.Single(reader.Read("page.html", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(html)), IngestOptions.Default)).Report!;

        Assert.Equal("Российские войска заняли Нью-Йорк, заявили в Минобороны России.", report.Text);
    }
}

using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public sealed class FeedReaderTests
{
    private readonly FeedReader reader = new();

    [Fact]
    public void Read_Rss2_PrefersContentEncodedAndDropsScripts()
    {
        var report = IngestFiles.Read(reader, "feeds/rss2.xml")[0].Report!;

        Assert.Equal(
            "Russian drones struck an energy facility in Odesa Oblast overnight, the regional governor said.\n\n"
            + "Air defense downed 12 of 15 drones, the Air Force reported.",
            report.Text);
    }

    [Fact]
    public void Read_Rss2_TakesChannelTitleLinkGuidAndDate()
    {
        var report = IngestFiles.Read(reader, "feeds/rss2.xml")[0].Report!;

        Assert.Equal("Kyiv Independent", report.Publisher);
        Assert.Equal("https://kyivindependent.com/russian-drones-hit-energy-site-in-odesa-oblast/", report.Url);
        Assert.Equal("66f1a2b3c4d5e6f7a8b9c0d1", report.ExternalId);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 6, 45, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Russian drones hit energy site in Odesa Oblast", report.Title);
    }

    [Fact]
    public void Read_Rss2EscapedHtmlDescription_BecomesText()
    {
        var report = IngestFiles.Read(reader, "feeds/rss2.xml")[1].Report!;

        Assert.Equal("Explosions were heard in Belgorod on the morning of Oct. 24, local channels reported.", report.Text);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 6, 10, 0, TimeSpan.Zero), report.Published);
    }

    [Fact]
    public void Read_Rss2UnreadableDate_RejectsOnlyThatItem()
    {
        var outcomes = IngestFiles.Read(reader, "feeds/rss2.xml");

        Assert.Equal([true, true, false], outcomes.Select(o => o.IsReport));
        Assert.Equal(RejectionReason.BadDate, outcomes[2].Rejection!.Reason);
        Assert.Equal(3, outcomes[2].Rejection!.Location.Item);
    }

    [Fact]
    public void Read_Atom_TakesHtmlContentAlternateLinkAndPublished()
    {
        var report = IngestFiles.Read(reader, "feeds/atom.xml")[0].Report!;

        Assert.Equal("У Харкові пролунали вибухи, повідомив міський голова.\n\nПопередньо, удар припав на промислову зону.", report.Text);
        Assert.Equal("https://www.pravda.com.ua/news/2024/10/24/7480001/", report.Url);
        Assert.Equal("Українська правда", report.Publisher);
        Assert.Equal("tag:pravda.com.ua,2024:news/7480001", report.ExternalId);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 5, 15, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Вибухи у Харкові", report.Title);
    }

    [Fact]
    public void Read_AtomXhtmlContentWithoutPublished_UsesUpdated()
    {
        var report = IngestFiles.Read(reader, "feeds/atom.xml")[1].Report!;

        Assert.Equal("Сили ППО збили всі дрони над столицею.", report.Text);
        Assert.Equal(new DateTimeOffset(2024, 10, 24, 9, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("uk", report.Language);
    }

    [Theory]
    [InlineData("feeds/xxe.xml")]
    [InlineData("feeds/billion-laughs.xml")]
    public void Read_DocumentTypeDeclaration_RejectedAsHostileNamingFile(string file)
    {
        var rejection = Assert.Single(IngestFiles.Read(reader, file)).Rejection!;

        Assert.Equal(RejectionReason.HostileXml, rejection.Reason);
        Assert.Equal(IngestFiles.PathOf(file), rejection.Location.Path);
    }

    [Fact]
    public void Read_UnclosedElement_RejectedAsMalformed()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.rss", "<rss><channel><title>x</title>"));

        Assert.Equal(RejectionReason.MalformedXml, outcome.Rejection!.Reason);
    }

    [Fact]
    public void Read_DocumentOverXmlLimit_RejectedAsOversized()
    {
        var options = new IngestOptions { MaxXmlChars = 100 };

        var outcome = Assert.Single(IngestFiles.Read(reader, "feeds/atom.xml", options));

        Assert.Equal(RejectionReason.Oversized, outcome.Rejection!.Reason);
    }

    [Fact]
    public void CanRead_XmlWithRssRoot_IsTaken()
    {
        Assert.True(reader.CanRead("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\">"u8));
        Assert.False(reader.CanRead("layout.xml", "<?xml version=\"1.0\"?><LinearLayout>"u8));
    }
}

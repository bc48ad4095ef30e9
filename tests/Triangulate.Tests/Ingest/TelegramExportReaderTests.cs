using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest;

public sealed partial class TelegramExportReaderTests
{
    private readonly TelegramExportReader reader = new();

    private List<Report> Reports(IngestOptions? options = null) =>
        IngestFiles.Read(reader, "telegram/result.json", options).Select(o => o.Report!).ToList();

    [Fact]
    public void Read_Export_SkipsServiceAndCaptionlessMessagesSilently()
    {
        var outcomes = IngestFiles.Read(reader, "telegram/result.json");

        Assert.All(outcomes, o => Assert.True(o.IsReport));
        Assert.Equal(["2", "3", "5", "7"], outcomes.Select(o => o.Report!.ExternalId));
    }

    [Fact]
    public void Read_ForwardedMessage_KeepsOriginalChannel()
    {
        var forwarded = Reports().Single(r => r.ExternalId == "5");

        Assert.Equal(["РИА Новости"], forwarded.ForwardedFrom.ToArray());
        Assert.Equal("Херсонський вісник", forwarded.Publisher);
    }

    [Fact]
    public void Read_SavedMessage_KeepsSavedFrom()
    {
        Assert.Equal(["Суспільне Херсон"], Reports().Single(r => r.ExternalId == "7").ForwardedFrom.ToArray());
    }

    [Fact]
    public void Read_EntityArray_FlattensToShownText()
    {
        var report = Reports().Single(r => r.ExternalId == "3");

        Assert.Equal("ЗСУ відбили атаку біля Чорнобаївки. Деталі: звіт. #Херсон", report.Text);
    }

    [Fact]
    public void Read_Message_LanguageDetectedPerMessage()
    {
        Assert.Equal(["uk", "uk", "ru", "uk"], Reports().Select(r => r.Language));
    }

    [Fact]
    public void Read_DateUnixtime_GivesExactUtc()
    {
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1645676140), Reports()[0].Published);
    }

    [Fact]
    public void Read_OnlyLocalDate_TakenAsUtc()
    {
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 10, 5, 0, TimeSpan.Zero), Reports().Single(r => r.ExternalId == "7").Published);
    }

    [Fact]
    public void Read_WithoutUsername_HasNoUrl()
    {
        Assert.All(Reports(), r => Assert.Null(r.Url));
    }

    [Fact]
    public void Read_WithUsername_LinksToMessage()
    {
        var report = Reports(new IngestOptions { TelegramUsername = "@khersonvisnyk" })[0];

        Assert.Equal("https://t.me/khersonvisnyk/2", report.Url);
    }

    [Fact]
    public void Read_ItemNumberIsMessageId()
    {
        Assert.Equal(3, Reports().Single(r => r.ExternalId == "3").Location.Item);
    }

    [Fact]
    public void Read_TruncatedExport_RejectedAsMalformedJson()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "result.json", """{"name":"x","messages":[{"id":1,"""));

        Assert.Equal(RejectionReason.MalformedJson, outcome.Rejection!.Reason);
    }

    [Fact]
    public void CanRead_OtherNameWithMessagesArray_IsTaken()
    {
        Assert.True(reader.CanRead("channel.json", """{ "name": "x", "type": "public_channel", "id": 1, "messages": ["""u8));
        Assert.False(reader.CanRead("package.json", """{ "name": "x", "version": "1.0.0" }"""u8));
    }
}

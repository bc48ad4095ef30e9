using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>Malformed values in one message reject that message, never the export or the batch (issue 17).</summary>
public sealed partial class TelegramExportReaderTests
{
    private static List<ReadOutcome> ReadMessages(string messages) =>
        IngestFiles.ReadText(new TelegramExportReader(), "result.json",
            $$"""{"name":"Херсонський вісник","type":"public_channel","id":1,"messages":[{{messages}},{"id":9,"type":"message","date":"2024-07-04T10:00:00","text":"ЗСУ відбили атаку біля Кринок."}]}""");

    [Theory]
    [InlineData("\"x1\"")]
    [InlineData("null")]
    [InlineData("4.5")]
    [InlineData("99999999999")]
    public void Read_MessageIdNotAWholeNumber_RejectsThatMessageAndKeepsTheRest(string id)
    {
        var outcomes = ReadMessages($$"""{"id":{{id}},"type":"message","date":"2024-07-04T09:00:00","text":"Окупанти обстріляли Херсон."}""");

        var rejection = Assert.Single(outcomes, o => !o.IsReport).Rejection!;
        Assert.Equal(RejectionReason.BadValue, rejection.Reason);
        Assert.Equal(1, rejection.Location.Item);
        Assert.Equal("9", Assert.Single(outcomes, o => o.IsReport).Report!.ExternalId);
    }

    [Theory]
    [InlineData("\"99999999999999\"")]
    [InlineData("\"-99999999999999\"")]
    [InlineData("\"soon\"")]
    [InlineData("[]")]
    public void Read_UnixTimeOutOfRangeOrUnreadable_RejectsThatMessageAsBadDate(string unixTime)
    {
        var outcomes = ReadMessages($$"""{"id":2,"type":"message","date":"2024-07-04T09:00:00","date_unixtime":{{unixTime}},"text":"Окупанти обстріляли Херсон."}""");

        var rejection = Assert.Single(outcomes, o => !o.IsReport).Rejection!;
        Assert.Equal(RejectionReason.BadDate, rejection.Reason);
        Assert.Equal(2, rejection.Location.Item);
        Assert.Single(outcomes, o => o.IsReport);
    }

    [Fact]
    public void Read_UnixTimeAsNumber_IsTheInstant()
    {
        var report = ReadMessages("""{"id":2,"type":"message","date_unixtime":1720083600,"text":"Окупанти обстріляли Херсон."}""")[0].Report!;

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1720083600), report.Published);
    }
}

using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest;

public sealed class EventCsvReaderTests
{
    private readonly EventCsvReader reader = new();

    private List<ReadOutcome> Viina() => IngestFiles.Read(reader, "viina-excerpt.csv");

    [Fact]
    public void Read_ViinaExcerpt_EveryRowBecomesReport()
    {
        var outcomes = Viina();

        Assert.Equal(18, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.IsReport, o.Rejection?.ToString()));
    }

    [Fact]
    public void Read_ViinaRow_MapsColumns()
    {
        var report = Viina()[0].Report!;

        Assert.Equal("106315", report.ExternalId);
        Assert.Equal("unian", report.Publisher);
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 0, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("У Ніжині ракетним ударом знищено пункт управління аеродромом", report.Text);
        Assert.StartsWith("https://www.unian.ua/war/u-nizhini", report.Url);
        Assert.Equal("uk", report.Language);
    }

    [Fact]
    public void Read_ViinaRussianOutletRow_DetectedAsRussian()
    {
        var report = Viina()[2].Report!;

        Assert.Equal("mz", report.Publisher);
        Assert.Equal("ru", report.Language);
    }

    [Fact]
    public void Read_SeveralOutletsAndUrls_TakesFirstOfEach()
    {
        var report = Viina()[3].Report!;

        Assert.Equal("forbesua", report.Publisher);
        Assert.Equal("https://forbes.ua/news/khronika-viyni-den-pershiy-bitva-za-ukrainu-tilki-perevirena-informatsiya-24022022-3895", report.Url);
    }

    [Fact]
    public void Read_ItemIsLineNumber()
    {
        Assert.Equal(2, Viina()[0].Report!.Location.Item);
    }

    [Fact]
    public void Read_ConfiguredTextColumn_IsUsed()
    {
        const string csv = "id,date,source,summary\n7,2024-05-01,acled,Shelling reported near Vovchansk.\n";

        var report = Assert.Single(IngestFiles.ReadText(reader, "a.csv", csv, new IngestOptions { CsvTextColumn = "summary" })).Report!;

        Assert.Equal("Shelling reported near Vovchansk.", report.Text);
        Assert.Equal("acled", report.Publisher);
    }

    [Fact]
    public void Read_NoTextColumn_RejectsFile()
    {
        var outcome = Assert.Single(IngestFiles.ReadText(reader, "a.csv", "id,date\n1,2024-05-01\n"));

        Assert.Equal(RejectionReason.MissingField, outcome.Rejection!.Reason);
    }

    [Fact]
    public void Read_BadDate_RejectsOnlyThatRow()
    {
        const string csv = "id,date,source,notes\n1,2024-05-01,a,First.\n2,May Day,a,Second.\n3,20240503,a,Third.\n";

        var outcomes = IngestFiles.ReadText(reader, "a.csv", csv);

        Assert.Equal([true, false, true], outcomes.Select(o => o.IsReport));
        Assert.Equal(new InputLocation("a.csv", 3), outcomes[1].Rejection!.Location);
    }

    [Fact]
    public void Read_StrayQuote_RejectsRowAndKeepsOthers()
    {
        const string csv = "id,text\n1,Good row.\n2,bad \"quote\" inside\n3,Another good row.\n";

        var outcomes = IngestFiles.ReadText(reader, "a.csv", csv);

        Assert.Equal(2, outcomes.Count(o => o.IsReport));
        Assert.Contains(outcomes, o => o.Rejection?.Reason == RejectionReason.MalformedCsv);
    }
}

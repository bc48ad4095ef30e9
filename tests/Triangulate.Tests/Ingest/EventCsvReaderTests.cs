using System.Globalization;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Ingest;

public sealed class EventCsvReaderTests
{
    private readonly EventCsvReader reader = new();

    private List<ReadOutcome> Viina() => IngestFiles.Read(reader, "viina-excerpt.csv");

    private List<ReadOutcome> Acled() => IngestFiles.Read(reader, "acled-shaped.csv");

    private List<ReadOutcome> UcdpGed(IngestOptions? options = null) => IngestFiles.Read(reader, "ucdp-ged-shaped.csv", options);

    /// <summary>A one-row file in ACLED's 2023 column layout with the given <c>event_date</c>.</summary>
    private List<ReadOutcome> AcledRowDated(string eventDate) => IngestFiles.ReadText(reader, "acled.csv",
        "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,admin1,admin2,admin3,location,latitude,longitude,source,notes,fatalities\n" +
        $"UKR2001,{eventDate},2022,Battles,Armed clash,Military Forces of Russia (2000-),Kyiv,Buchanskyi,Hostomelska,Hostomel,50.5690,30.2650,Ukrainska Pravda,\"On 24 February 2022, Russian airborne forces landed at Hostomel airport and clashed with Ukrainian forces.\",0\n");

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
    public void Read_ConfiguredTextColumnMissing_RejectsFileNamingTheColumnAndItsHeader()
    {
        var rejection = Assert.Single(UcdpGed(new IngestOptions { CsvTextColumn = "where_descr" })).Rejection!;

        Assert.Equal(RejectionReason.MissingField, rejection.Reason);
        Assert.Equal(new InputLocation(IngestFiles.PathOf("ucdp-ged-shaped.csv")), rejection.Location);
        Assert.Contains("'where_descr'", rejection.Detail, StringComparison.Ordinal);
        Assert.Contains("where_description", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UcdpGedExport_EveryRowBecomesReport()
    {
        var outcomes = UcdpGed();

        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.IsReport, o.Rejection?.ToString()));
    }

    [Fact]
    public void Read_UcdpGedRow_MapsIdStartDateFirstOfficeAndHeadline()
    {
        var report = UcdpGed()[0].Report!;

        Assert.Equal("990001", report.ExternalId);
        Assert.Equal(new DateTimeOffset(2022, 3, 1, 0, 0, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Ukrinform", report.Publisher);
        Assert.Equal("Shelling of Saltivka in Kharkiv kills two civilians, regional governor says", report.Text);
        Assert.Null(report.Url);
    }

    [Fact]
    public void Read_UcdpGedWithConfiguredTextColumn_TakesThatColumn()
    {
        var report = UcdpGed(new IngestOptions { CsvTextColumn = "where_description" })[2].Report!;

        Assert.Equal("Kulbakino airfield on the eastern edge of Mykolaiv", report.Text);
        Assert.Equal("990003", report.ExternalId);
    }

    [Fact]
    public void Read_NotesBesideSourceHeadline_NotesAreTheText()
    {
        const string csv = "id,date,source,source_headline,notes\n5,2024-05-01,acled,Shelling near Vovchansk,Shelling was reported near Vovchansk on 1 May.\n";

        var report = Assert.Single(IngestFiles.ReadText(reader, "a.csv", csv)).Report!;

        Assert.Equal("Shelling was reported near Vovchansk on 1 May.", report.Text);
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

    [Fact]
    public void Read_AcledExport_EveryRowBecomesReport()
    {
        var outcomes = Acled();

        Assert.Equal(4, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.IsReport, o.Rejection?.ToString()));
    }

    [Fact]
    public void Read_AcledRow_MapsColumns()
    {
        var report = Acled()[0].Report!;

        Assert.Equal("UKR1001", report.ExternalId);
        Assert.Equal("Ukrinform", report.Publisher);
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 0, 0, 0, TimeSpan.Zero), report.Published);
        Assert.StartsWith("On 24 February 2022, Russian forces struck the military airfield near Nizhyn", report.Text);
        Assert.Null(report.Url);
        Assert.Equal("en", report.Language);
    }

    [Fact]
    public void Read_AcledSourceNameWithSpaces_KeepsWholeOutletName()
    {
        Assert.Equal(["Ukrinform", "Kyiv Independent", "Suspilne Media", "Ukrainska Pravda"], Acled().Select(o => o.Report!.Publisher));
    }

    [Fact]
    public void Read_OlderAcledExport_DayMonthNameYearWithHyphens()
    {
        const string csv =
            "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\n" +
            "9116253,804,UKR56018,56018,24-February-2022,2022,1,Battles,Armed clash,Military Forces of Russia (2000-),,8,Military Forces of Ukraine (2019-),,1,18,Europe,Ukraine,Luhansk,Shchastynskyi,Shchastynska,Shchastia,48.7393,39.2296,1,Ministry of Defence of Ukraine,National,\"On 24 February 2022, Russian and LPR forces attacked Ukrainian positions at Shchastia; the town was shelled and left without power.\",0,1646158215,UKR\n";

        var report = Assert.Single(IngestFiles.ReadText(reader, "acled-2022.csv", csv)).Report!;

        Assert.Equal("UKR56018", report.ExternalId);
        Assert.Equal("Ministry of Defence of Ukraine", report.Publisher);
        Assert.Equal(new DateTimeOffset(2022, 2, 24, 0, 0, 0, TimeSpan.Zero), report.Published);
    }

    [Theory]
    [InlineData("24 February 2022")]
    [InlineData("24-February-2022")]
    [InlineData("2022-02-24")]
    [InlineData("2022-02-24 00:00:00.000")]
    [InlineData("20220224")]
    public void Read_DateFormOfEventDatasets_ParsedAsThatDay(string eventDate)
    {
        var report = Assert.Single(AcledRowDated(eventDate)).Report;

        Assert.Equal(new DateTimeOffset(2022, 2, 24, 0, 0, 0, TimeSpan.Zero), report?.Published);
    }

    [Fact]
    public void Read_SingleDigitDay_Parsed()
    {
        Assert.Equal(new DateTimeOffset(2022, 3, 4, 0, 0, 0, TimeSpan.Zero), Assert.Single(AcledRowDated("4 March 2022")).Report?.Published);
    }

    [Theory]
    [InlineData("31 February 2022")]
    [InlineData("yesterday")]
    [InlineData("24 Feb. 2022")]
    [InlineData("02/24/2022")]
    public void Read_NotADayInAKnownForm_RejectsRowNamingFileRowAndDate(string eventDate)
    {
        var rejection = Assert.Single(AcledRowDated(eventDate)).Rejection!;

        Assert.Equal(RejectionReason.BadDate, rejection.Reason);
        Assert.Equal(new InputLocation("acled.csv", 2), rejection.Location);
        Assert.Contains($"'{eventDate}'", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UkrainianCurrentCulture_MonthNamesStillEnglishOnly()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("uk-UA");

            Assert.True(Assert.Single(AcledRowDated("24 February 2022")).IsReport);
            Assert.Equal(RejectionReason.BadDate, Assert.Single(AcledRowDated("24 лютого 2022")).Rejection?.Reason);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}

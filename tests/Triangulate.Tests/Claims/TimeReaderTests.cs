using System.Globalization;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

public class TimeReaderTests
{
    private static readonly DateTimeOffset Saturday = new(2024, 12, 21, 15, 0, 0, TimeSpan.Zero);

    private static ClaimTime? Read(string text, DateTimeOffset? published, string? clause = null)
    {
        var start = clause is null ? 0 : text.IndexOf(clause, StringComparison.Ordinal);
        return TimeReader.Read(text, new Span(start, clause is null ? text.Length : start + clause.Length), TimeReader.ReportDate.Of(text, published));
    }

    private static DateOnly Day(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("Russian forces shelled the town overnight.", true)]
    [InlineData("Окупанти 5 липня обстріляли місто.", true)]
    [InlineData("В пятницу ВС РФ освободили поселок.", true)]
    [InlineData("Russian forces shelled the town in May.", false)]
    [InlineData("Russian forces have shelled the town this year.", false)]
    public void NamesADay_ClauseWithWordsOfADayOrNight_IsTrueWithoutAReportDate(string text, bool namesADay) =>
        Assert.Equal(namesADay, TimeReader.NamesADay(text, new Span(0, text.Length)));

    [Theory]
    [InlineData("Russian troops captured Kostiantynopolske, the defence ministry said on Friday.", "Friday", "2024-12-20")]
    [InlineData("Saturday's announcement by the ministry said the village was taken.", "Saturday", "2024-12-21")]
    [InlineData("В пятницу ВС РФ освободили Константинопольское.", "В пятницу", "2024-12-20")]
    [InlineData("У п'ятницю окупанти заявили про захоплення села.", "У п'ятницю", "2024-12-20")]
    public void Read_Weekday_IsTheLatestSuchDayOnOrBeforeTheReport(string text, string words, string day)
    {
        var time = Read(text, Saturday);

        Assert.Equal((Day(day), Day(day), words, TimePrecision.Day, TimeBasis.Text), (time?.From, time?.To, time?.Words, time?.Precision, time?.Basis));
        Assert.Equal(words, time!.Span!.Value.Slice(text));
    }

    [Fact]
    public void Read_DayOfMonthInAnUndatedReport_KeepsTheMonthAndDayUnresolved()
    {
        const string text = "Российские войска 20 мая полностью взяли Артемовск.";

        var time = Read(text, null);

        Assert.Equal((null, null, "20 мая", new PartialDate(5, 20)), (time?.From, time?.To, time?.Words, time?.Partial));
    }

    [Fact]
    public void Read_WeekdayInAnUndatedReport_KeepsTheWeekday()
    {
        var time = Read("The defence ministry said on Saturday that its forces had taken the village.", null);

        Assert.Equal((null, DayOfWeek.Saturday), (time?.From, time?.Partial?.Weekday));
    }

    [Fact]
    public void Read_TodayWithItsDate_IsThatDay()
    {
        var time = Read("Сьогодні, 31 липня, окупанти обстріляли Костянтинівку.", new DateTimeOffset(2024, 7, 31, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal((Day("2024-07-31"), "31 липня"), (time?.From, time?.Words));
    }

    [Fact]
    public void Read_ClaimWithoutTimeWordsInAWireStory_IsDatedByTheDateline()
    {
        const string text = "KYIV, Dec 21 (Reuters) - Russian troops have captured the village of Kostiantynopolske, the defence ministry said.";

        var time = Read(text, new DateTimeOffset(2024, 12, 23, 8, 0, 0, TimeSpan.Zero), "Russian troops have captured the village of Kostiantynopolske, the defence ministry said.");

        Assert.Equal((Day("2024-12-21"), TimeBasis.Dateline, "KYIV, Dec 21 (Reuters) -"), (time?.From, time?.Basis, time?.Words));
        Assert.Equal(time!.Words, time.Span!.Value.Slice(text));
    }

    [Fact]
    public void Read_WeekdayInAWireStory_CountsFromTheDatelineNotTheReprint()
    {
        const string text = "МОСКВА, 14 октября. /ТАСС/. В пятницу подразделения группировки войск «Юг» освободили Островское.";

        var time = Read(text, new DateTimeOffset(2024, 10, 20, 8, 0, 0, TimeSpan.Zero), "В пятницу подразделения группировки войск «Юг» освободили Островское.");

        Assert.Equal(Day("2024-10-11"), time?.From);
    }

    [Fact]
    public void Read_ReportWithNoDateAndNoTimeWords_IsUndated() =>
        Assert.Null(Read("Российские военные освободили населенный пункт Островское.", null));

    [Fact]
    public void Read_LastWeek_IsTheSevenDaysBefore()
    {
        var time = Read("Last week Russian forces advanced near Pokrovsk.", Saturday);

        Assert.Equal((Day("2024-12-14"), Day("2024-12-20"), TimePrecision.Week), (time?.From, time?.To, time?.Precision));
    }

    [Theory]
    [InlineData("In May Russian forces took the village.", "2024-05-01", "2024-05-31")]
    [InlineData("У травні окупанти захопили село.", "2024-05-01", "2024-05-31")]
    [InlineData("В декабре 2023 ВС РФ взяли село.", "2023-12-01", "2023-12-31")]
    public void Read_Month_IsTheWholeMonth(string text, string from, string to)
    {
        var time = Read(text, Saturday);

        Assert.Equal((Day(from), Day(to), TimePrecision.Month), (time?.From, time?.To, time?.Precision));
    }

    [Fact]
    public void Read_Earlier_IsSomeTimeBeforeTheReport()
    {
        var time = Read("Ранее группировка освободила Желанное Второе.", Saturday);

        Assert.Equal((null, Day("2024-12-21"), TimePrecision.Before), (time?.From, time?.To, time?.Precision));
    }

    [Theory]
    [InlineData("MOSCOW (Reuters) - Russia said its forces had taken the town.", "MOSCOW (Reuters) -")]
    [InlineData("ODESSA, Ukraine (AFP) — The cruiser was badly damaged.", "ODESSA, Ukraine (AFP) —")]
    [InlineData("Москва. 13 марта. INTERFAX.RU — Вооружённые силы России освободили ещё три населенных пункта.", "Москва. 13 марта. INTERFAX.RU —")]
    public void DatelineHead_FindsTheDatelineWithOrWithoutADate(string text, string dateline)
    {
        var span = TimeReader.DatelineHead(text);

        Assert.Equal(dateline, span?.Slice(text));
    }

    [Fact]
    public void DatelineHead_OrdinarySentence_IsNone() =>
        Assert.Null(TimeReader.DatelineHead("Russian troops have captured the village of Kostiantynopolske, the defence ministry said on Saturday."));

    [Theory]
    [InlineData("Бои шли 11 марта 2022 года.", "11 марта 2022", "2022-03-11")]
    [InlineData("Troops crossed on March 11, 2022 at dawn.", "March 11, 2022", "2022-03-11")]
    [InlineData("Обстріл стався 11.03.2022 вночі.", "11.03.2022", "2022-03-11")]
    [InlineData("В начале августа 2024 года ВСУ перешли границу.", "августа 2024", "2024-08-31")]
    [InlineData("Село окупували у вересні 2022 року.", "вересні 2022", "2022-09-30")]
    [InlineData("Ворог відступив ще у 2023-му.", "у 2023", "2023-12-31")]
    [InlineData("РФ розв'язала війну 2014 року.", "2014", "2014-12-31")]
    [InlineData("Since 2014 the town has changed hands, and in 2022 it fell.", "in 2022", "2022-12-31")]
    public void YearPeriod_TimeWordsNamingAYear_EndOnTheLastDayOfTheDayMonthOrYearTheyName(string text, string words, string end)
    {
        var period = TimeReader.YearPeriod(text, new Span(0, text.Length));

        Assert.Equal((Day(end), words), (period?.End, period?.Span.Slice(text)));
    }

    [Theory]
    [InlineData("Since 2014 the town has changed hands twice.")]
    [InlineData("З 2022 року ворог втратив понад 3000 танків.")]
    [InlineData("Противник потерял 2014 военнослужащих.")]
    [InlineData("Російські війська штурмують місто з червня 2024 року.")]
    [InlineData("Противник потерял до 150 военнослужащих и 3 танка за 24 часа.")]
    public void YearPeriod_SinceAYearOrANumberThatCountsSomething_NamesNoPeriod(string text) =>
        Assert.Null(TimeReader.YearPeriod(text, new Span(0, text.Length)));

    [Fact]
    public void ReportPeriodStart_DatedReport_IsAMonthBeforeItsDay() =>
        Assert.Equal(Day("2024-11-20"), TimeReader.ReportPeriodStart("Russian forces captured the village.", TimeReader.ReportDate.Of("Russian forces captured the village.", Saturday)));

    [Fact]
    public void ReportPeriodStart_UndatedReport_IsTheStartOfTheLatestYearItNames() =>
        Assert.Equal(Day("2024-01-01"), TimeReader.ReportPeriodStart("The war began in 2022. In 2024 the front moved west.", TimeReader.ReportDate.Of("The war began in 2022. In 2024 the front moved west.", null)));
}

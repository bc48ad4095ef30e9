using Triangulate.Places;

namespace Triangulate.Tests.Places;

public sealed class FrontLineTests
{
    private static FrontLine Written()
    {
        var stream = new MemoryStream();
        var july = FrontLine.MonthOf(new DateOnly(2024, 7, 1));
        var kmAcross = new SortedDictionary<int, double> { [july] = 9.4, [july + 1] = 2.5, [july + 5] = 0.7 };
        FrontLine.Write(stream, new Dictionary<string, SortedDictionary<int, double>> { ["osm:node/1"] = kmAcross }, july, july + 11);
        stream.Position = 0;
        return FrontLine.Read(stream);
    }

    [Fact]
    public void MonthsNear_DateInAMonthAtTheFront_IsOne()
    {
        Assert.Equal(1, Written().MonthsNear("osm:node/1", new DateOnly(2024, 8, 20)));
    }

    [Fact]
    public void MonthsNear_DateInAMonthAwayFromTheFront_IsZero()
    {
        Assert.Equal(0, Written().MonthsNear("osm:node/1", new DateOnly(2024, 10, 2)));
    }

    [Fact]
    public void MonthsNear_DateLongBeforeTheMaps_IsZero()
    {
        Assert.Equal(0, Written().MonthsNear("osm:node/1", new DateOnly(2022, 3, 1)));
    }

    [Fact]
    public void MonthsNear_DateLongAfterTheMaps_CountsTheMonthsAsUndated()
    {
        Assert.Equal(3, Written().MonthsNear("osm:node/1", new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void Mapped_DateWithinTwoMonthsOfTheMaps_IsKept()
    {
        Assert.Equal(new DateOnly(2025, 8, 10), Written().Mapped(new DateOnly(2025, 8, 10)));
    }

    [Fact]
    public void Mapped_DateLongAfterTheMaps_IsNone()
    {
        Assert.Null(Written().Mapped(new DateOnly(2025, 9, 1)));
    }

    [Fact]
    public void MonthsNear_NoDate_CountsTheMonthsAtTheFront()
    {
        Assert.Equal(3, Written().MonthsNear("osm:node/1", null));
        Assert.Equal(12, Written().Months);
    }

    [Fact]
    public void KmAcross_DateInAMonthAtTheFront_IsThatMonthsDistanceAcrossTheLine()
    {
        Assert.Equal(2.5, Written().KmAcross("osm:node/1", new DateOnly(2024, 8, 20)));
    }

    [Fact]
    public void KmAcross_DateInAMonthAwayFromTheFront_IsNone()
    {
        Assert.Null(Written().KmAcross("osm:node/1", new DateOnly(2024, 10, 2)));
    }

    [Fact]
    public void KmAcross_NoDate_IsNone()
    {
        Assert.Null(Written().KmAcross("osm:node/1", null));
    }
}

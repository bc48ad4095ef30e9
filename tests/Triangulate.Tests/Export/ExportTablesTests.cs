using Triangulate.Export;

namespace Triangulate.Tests.Export;

/// <summary>The CSV both the CLI and the API write: cells a spreadsheet would run as formulas are made text.</summary>
public sealed class ExportTablesTests
{
    private sealed record Row(string Text, double Lat);

    [Fact]
    public void Inert_CellsAFormulaWouldStartWith_GetAnApostropheAndNumbersStay()
    {
        Assert.Equal(
            ["'=HYPERLINK(\"http://x\")", "'+1+1", "'@SUM(A1)", "'-x", "'\tx", "'\rx", "-37.8", "+5", "Торецьк", ""],
            new[] { "=HYPERLINK(\"http://x\")", "+1+1", "@SUM(A1)", "-x", "\tx", "\rx", "-37.8", "+5", "Торецьк", "" }.Select(ExportTables.Inert));
    }

    [Fact]
    public void WriteCsv_IngestedTextStartingAsAFormula_IsWrittenAsText()
    {
        using var output = new StringWriter();

        ExportTables.WriteCsv(output, [new Row("=HYPERLINK(\"http://x\",\"Торецьк\")", -37.8)],
            [new ExportColumn<Row>("text", row => row.Text), new ExportColumn<Row>("lat", row => row.Lat)]);

        Assert.Equal("text,lat\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"Торецьк\"\")\",-37.8\r\n", output.ToString());
    }
}

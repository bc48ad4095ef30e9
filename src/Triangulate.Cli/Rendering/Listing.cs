using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Triangulate.Export;

namespace Triangulate.Cli.Rendering;

/// <summary>
/// One column of a listing for people: its header, how a row's cell is written, and how wide it may grow in a table
/// (longer text is cut with "…" on screen only; CSV always gets the whole value).
/// </summary>
internal sealed record Column<T>(string Header, Func<T, string?> Value, int? TableWidth = null);

/// <summary>Which rows of how many a listing shows; <see cref="Total"/> is null when only "more" is known.</summary>
internal sealed record Page(int Offset, int Shown, int? Total, bool More)
{
    public bool IsPartial => Offset > 0 || More;

    /// <summary>How many rows to ask the store for: one beyond the page, to learn whether more match.</summary>
    public static int Asking(int limit) => limit == int.MaxValue ? limit : limit + 1;

    /// <summary>The page out of what <see cref="Asking"/> fetched.</summary>
    public static (IReadOnlyList<T> Rows, Page Page) Cut<T>(IReadOnlyList<T> fetched, int offset, int limit, int? total)
    {
        var more = fetched.Count > limit;
        IReadOnlyList<T> rows = more ? [.. fetched.Take(limit)] : fetched;
        return (rows, new Page(offset, rows.Count, total, more));
    }

    /// <summary>Beside CSV, JSON or GeoJSON, which carry no title, a partial page is told on standard error.</summary>
    public void Note(TextWriter error, OutputFormat format, string noun)
    {
        if (format != OutputFormat.Table && IsPartial)
        {
            error.WriteLine(Describe(noun));
        }
    }

    /// <summary>"100 of 309" (or "rows 101–200 of 309"), with how to see the rest.</summary>
    public string Describe(string noun)
    {
        var range = Offset == 0 ? Shown.ToString(CultureInfo.InvariantCulture)
            : Shown == 0 ? $"none from row {Offset + 1}"
            : string.Create(CultureInfo.InvariantCulture, $"rows {Offset + 1}–{Offset + Shown}");
        var of = Total is { } total ? string.Create(CultureInfo.InvariantCulture, $" of {total}")
            : More ? " of more that match" : "";
        return $"{range}{of} {noun}" + (More ? ", --limit/--offset to see more" : "");
    }
}

/// <summary>
/// Writes every listing of the CLI the same way: a table for people, CSV for spreadsheets, JSON (the contract's field
/// names) for tools, GeoJSON for maps; to the terminal or to <c>--out FILE</c>.
/// </summary>
internal static class Listing
{
    /// <summary>A listing whose CSV is its table's columns (reports, sources): the whole values, never cut.</summary>
    public static void Write<T>(
        TextWriter output,
        OutputFormat format,
        IReadOnlyList<T> rows,
        IReadOnlyList<Column<T>> columns,
        Func<T, object> toJson,
        string? title = null,
        Page? page = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, rows.Select(toJson).ToList());
                break;
            case OutputFormat.Csv:
                WriteCsv(output, rows, columns);
                break;
            case OutputFormat.Table:
                WriteTable(output, rows, columns, title, page);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "this listing has no coordinates to write as GeoJSON");
        }
    }

    /// <summary>
    /// A listing with machine columns (reports, claims, events): the table for people, and for CSV and GeoJSON the
    /// export columns (those of claims and events the HTTP API shares).
    /// </summary>
    public static void WriteExport<TRow, TExport>(
        TextWriter output,
        OutputFormat format,
        IReadOnlyList<TRow> rows,
        IReadOnlyList<Column<TRow>> tableColumns,
        string title,
        Page? page,
        IReadOnlyList<TExport> exports,
        IReadOnlyList<ExportColumn<TExport>> exportColumns,
        Func<IReadOnlyList<TExport>, IEnumerable<GeoFeature>>? features = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                WriteJson(output, exports);
                break;
            case OutputFormat.Csv:
                ExportTables.WriteCsv(output, exports, exportColumns);
                break;
            case OutputFormat.GeoJson when features is not null:
                output.WriteLine(Encoding.UTF8.GetString(GeoJsonExport.ToUtf8(features(exports))));
                break;
            case OutputFormat.GeoJson:
                throw new ArgumentOutOfRangeException(nameof(format), format, "this listing has no coordinates to write as GeoJSON");
            default:
                WriteTable(output, rows, tableColumns, title, page);
                break;
        }
    }

    public static void WriteJson(TextWriter output, object value) =>
        output.WriteLine(JsonSerializer.Serialize(value, OutputJson.Options));

    private static void WriteCsv<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns) =>
        ExportTables.WriteCsv(output, rows, [.. columns.Select(column => new ExportColumn<T>(column.Header, row => column.Value(row)))]);

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, string? title, Page? page)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            var count = page is { IsPartial: true } ? page.Describe("shown") : rows.Count.ToString(CultureInfo.InvariantCulture);
            table.Title($"[bold]{Markup.Escape(title)}[/] ({Markup.Escape(count)})");
        }
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        }
        foreach (var row in rows)
        {
            // Ingested text is data: escape it so that brackets in a report never become markup.
            table.AddRow(columns.Select(column => Markup.Escape(Cell(column, row))).ToArray());
        }
        console.Write(table);
    }

    private static string Cell<T>(Column<T> column, T row)
    {
        var value = column.Value(row) ?? "";
        return column.TableWidth is { } width ? Terminal.Clip(value, width) : value;
    }
}

using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Spectre.Console;
using Triangulate.Export;

namespace Triangulate.Cli.Rendering;

/// <summary>One column of a listing: its header and how a row's cell is written in tables and CSV.</summary>
internal sealed record Column<T>(string Header, Func<T, string?> Value);

/// <summary>
/// Writes every listing of the CLI the same way in the three formats: a table for people, CSV for spreadsheets,
/// JSON (the contract's field names) for tools.
/// </summary>
internal static class Listing
{
    public static void Write<T>(
        TextWriter output,
        OutputFormat format,
        IReadOnlyList<T> rows,
        IReadOnlyList<Column<T>> columns,
        Func<T, object> toJson,
        string? title = null)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(rows.Select(toJson).ToList(), OutputJson.Options));
                break;
            case OutputFormat.Csv:
                WriteCsv(output, rows, columns);
                break;
            default:
                WriteTable(output, rows, columns, title);
                break;
        }
    }

    public static void WriteJson(TextWriter output, object value) =>
        output.WriteLine(JsonSerializer.Serialize(value, OutputJson.Options));

    private static void WriteCsv<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column.Header);
        }
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                csv.WriteField(column.Value(row) ?? "");
            }
            csv.NextRecord();
        }
    }

    private static void WriteTable<T>(TextWriter output, IReadOnlyList<T> rows, IReadOnlyList<Column<T>> columns, string? title)
    {
        var console = Terminal.For(output);
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title($"[bold]{Markup.Escape(title)}[/] ({rows.Count})");
        }
        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column.Header)));
        }
        foreach (var row in rows)
        {
            // Ingested text is data: escape it so that brackets in a report never become markup.
            table.AddRow(columns.Select(column => Markup.Escape(column.Value(row) ?? "")).ToArray());
        }
        console.Write(table);
    }
}

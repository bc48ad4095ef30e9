using System.CommandLine;
using Triangulate.Cli.Rendering;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>Options shared by many commands, defined once so that their names and defaults never drift apart.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "triangulate.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The ledger: a SQLite file (created if missing), or a PostgreSQL server (\"Host=…;Database=…\" or postgres://…)",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "PATH",
    };

    public static Option<OutputFormat> Format() => new("--format", "-f")
    {
        Description = "Output format: table, json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<int> Limit(int defaultLimit = 100) => new("--limit")
    {
        Description = "Most rows to list",
        DefaultValueFactory = _ => defaultLimit,
    };

    public static Option<int> Offset() => new("--offset")
    {
        Description = "Rows to skip (paging)",
        DefaultValueFactory = _ => 0,
    };

    public static Option<string?> CsvTextColumn()
    {
        var option = new Option<string?>("--csv-text-column")
        {
            Description = "The column of event-dataset CSV files that holds each row's report text (e.g. where_description in a " +
                $"UCDP GED export), instead of the usual names ({string.Join(", ", EventCsvReader.KnownTextColumns)}); " +
                "a CSV file without it is rejected and the other inputs still go in",
            HelpName = "NAME",
        };
        option.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string?>()))
            {
                result.AddError("--csv-text-column needs a column name");
            }
        });
        return option;
    }

    /// <summary>What the readers need from the command line: today, only the CSV text column.</summary>
    public static IngestOptions IngestOptionsFrom(ParseResult parse, Option<string?> csvTextColumn) =>
        IngestOptions.Default with { CsvTextColumn = parse.GetValue(csvTextColumn) };

    public static Option<DateTimeOffset?> Since() => new("--since") { Description = "Only reports published at or after (ISO 8601)" };

    public static Option<DateTimeOffset?> Until() => new("--until") { Description = "Only reports published before (ISO 8601)" };
}

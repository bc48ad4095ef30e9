using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Ingest;

namespace Triangulate.Cli.Commands;

/// <summary>
/// Options shared by many commands, defined once so that their names, defaults and error texts never drift apart.
/// Every typed option parses its own value, so that a bad value is answered in words that name the option and the
/// value, never with a .NET type name.
/// </summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "triangulate.db";

    public static Option<string> Database() => new("--db")
    {
        Description = "The ledger: a SQLite file, or a PostgreSQL server (\"Host=…;Database=…\" or postgres://…). " +
            "ingest and db migrate create a missing one; every other command refuses it",
        DefaultValueFactory = _ => DefaultDatabase,
        HelpName = "PATH",
    };

    /// <summary>--format for listings: table, json and csv.</summary>
    public static Option<OutputFormat> Format() => Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv);

    /// <summary>--format taking only the formats the command writes; any other is refused, never replaced by the table.</summary>
    public static Option<OutputFormat> Format(params OutputFormat[] formats)
    {
        var names = formats.Select(Name).ToArray();
        var allowed = names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        return new Option<OutputFormat>("--format", "-f")
        {
            Description = "Output format: " + allowed,
            DefaultValueFactory = _ => formats[0],
            HelpName = string.Join("|", names),
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                var index = Array.FindIndex(names, name => name.Equals(text, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return formats[index];
                }
                result.AddError(text.Equals(Name(OutputFormat.GeoJson), StringComparison.OrdinalIgnoreCase)
                    ? $"--format geojson is for claims and events, which have coordinates; here use {allowed}"
                    : $"--format takes {allowed} here, not '{text}'");
                return formats[0];
            },
        };
    }

    private static string Name(OutputFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>--out FILE: write the listing to a file (UTF-8) instead of standard output.</summary>
    public static Option<string?> Out() => new("--out", "-o")
    {
        Description = "Write the output to this file (UTF-8) instead of the terminal",
        HelpName = "FILE",
    };

    public static Option<int> Limit(int defaultLimit = 100) => new("--limit")
    {
        Description = $"Most rows to list (default {defaultLimit})",
        DefaultValueFactory = _ => defaultLimit,
        CustomParser = result => WholeNumber(result, "--limit", minimum: 1),
    };

    public static Option<int> Offset() => new("--offset")
    {
        Description = "Rows to skip (paging)",
        DefaultValueFactory = _ => 0,
        CustomParser = result => WholeNumber(result, "--offset", minimum: 0),
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

    public static Option<DateTimeOffset?> Since() => new("--since")
    {
        Description = "Only what was published at or after this time, in ISO 8601 (2024-07-04, or 2024-07-04T09:30:00+03:00; without an offset, UTC)",
        HelpName = "DATE",
        CustomParser = result => IsoDate(result, "--since"),
    };

    public static Option<DateTimeOffset?> Until() => new("--until")
    {
        Description = "Only what was published at or before this time, in ISO 8601 (2024-07-31, or 2024-07-31T23:59:59+03:00; without an offset, UTC)",
        HelpName = "DATE",
        CustomParser = result => IsoDate(result, "--until"),
    };

    public static Option<DateTimeOffset?> ReportDate() => new("--date")
    {
        Description = "Read the names as in a report published then, in ISO 8601 (2025-03-15): the front line of that month weighs among namesakes (after the last map, the months each spent near it, as undated)",
        HelpName = "DATE",
        CustomParser = result => IsoDate(result, "--date"),
    };

    /// <summary>A whole number of at least <paramref name="minimum"/>, or an error naming the option and the value.</summary>
    public static int WholeNumber(ArgumentResult result, string option, int minimum)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum)
        {
            return value;
        }
        result.AddError($"{option} takes a whole number of at least {minimum}, not '{text}'");
        return minimum;
    }

    /// <summary>A decimal number (a point, not a comma), or an error naming the option and the value.</summary>
    public static double Number(ArgumentResult result, string option)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
        {
            return value;
        }
        result.AddError($"{option} takes a number such as 10 or 2.5, not '{text}'");
        return 0;
    }

    /// <summary>
    /// ISO 8601 only, as the ingest side reads dates: 04/07/2024 could be 4 July or 7 April, so it is refused rather
    /// than guessed.
    /// </summary>
    private static DateTimeOffset? IsoDate(ArgumentResult result, string option)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (InputDates.TryParseIso(text, out var date))
        {
            return date;
        }
        result.AddError($"{option} takes a date in ISO 8601 (year-month-day: 2024-07-04, or 2024-07-04T09:30:00+03:00), not '{text}'");
        return null;
    }
}

using System.CommandLine;
using Triangulate.Cli.Rendering;

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

    public static Option<DateTimeOffset?> Since() => new("--since") { Description = "Only reports published at or after (ISO 8601)" };

    public static Option<DateTimeOffset?> Until() => new("--until") { Description = "Only reports published before (ISO 8601)" };
}

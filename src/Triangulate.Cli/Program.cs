using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Triangulate.Cli.Commands;

namespace Triangulate.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return await InvokeAsync(args, Console.Out, Console.Error);
    }

    /// <summary>Runs one command line with the given writers; tests call this in-process.</summary>
    public static async Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        var parse = BuildRoot().Parse(args);
        if (parse.Errors.Count > 0)
        {
            // A mistake on the command line is answered with what was wrong and where help is, not the whole help.
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }
            error.WriteLine($"('{CommandPath(parse.CommandResult)} --help' lists what it takes)");
            return ExitCodes.Failed;
        }
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken);
        }
        catch (Exception ex) when (ex is Storage.LedgerUnavailableException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            // Broken infrastructure is reported in one line; a stack trace helps nobody who mistyped a path. The inner
            // errors say what happened underneath ("Exception while reading from stream" alone does not).
            error.WriteLine($"error: {Describe(ex)}");
            return ExitCodes.Failed;
        }
    }

    private static string Describe(Exception error)
    {
        var messages = new List<string>();
        for (var current = error; current is not null; current = current.InnerException)
        {
            if (!messages.Contains(current.Message, StringComparer.Ordinal))
            {
                messages.Add(current.Message);
            }
        }
        return string.Join(": ", messages);
    }

    /// <summary>The words that name a command, from the tool's own name down: "triangulate event show".</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new List<string>();
        for (SymbolResult? result = command; result is CommandResult { Command: var current } parent; result = parent.Parent)
        {
            names.Insert(0, current is RootCommand ? "triangulate" : current.Name);
        }
        return string.Join(' ', names);
    }

    /// <summary>The command tree.</summary>
    public static RootCommand BuildRoot() => new("Triangulate: a claims ledger for reporting on the war in Ukraine")
    {
        DemoCommand.Create(),
        IngestCommand.Create(),
        ExtractCommand.Create(),
        ReportsCommand.Create(),
        ClaimsCommand.Create(),
        ShowCommand.Create(),
        ServeCommand.Create(),
        AccessCommands.Users(),
        AccessCommands.ApiKeys(),
        EventsCommand.Create(),
        EventCommand.Create(),
        VerdictCommand.Create(),
        EvidenceCommand.Create(),
        SourcesCommand.Create(),
        SourceCommand.Create(),
        EvalCommand.Create(),
        EvalCommand.Train(),
        PlacesCommand.Create(),
        DbCommand.Create(),
    };
}

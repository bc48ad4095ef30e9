using System.CommandLine;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Triangulate.Cli.Rendering;
using Triangulate.Ingest;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories (read recursively) or glob patterns",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var csvTextColumn = CommonOptions.CsvTextColumn();
        var log = new Option<string?>("--log")
        {
            Description = "Append a structured log of the ingest to this file, as JSON Lines: each rejection and a summary of the run",
            HelpName = "FILE",
        };
        var command = new Command("ingest", "Read reports, extract their places and claims, and store them in the ledger")
        {
            paths, database, csvTextColumn, log,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            using var logFile = parse.GetValue(log) is { } logPath ? new JsonLinesLog(logPath, TimeProvider.System) : null;
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var options = CommonOptions.IngestOptionsFrom(parse, csvTextColumn);
            var logger = logFile?.CreateLogger(typeof(LedgerIngest).FullName!);
            var summary = await RunAsync(store, parse.GetRequiredValue(paths), options, output, logger, cancellationToken);
            Report(summary, output, error);
            return ExitCodes.ForInput(summary.Read, summary.Rejections.Length);
        });
        return command;
    }

    internal static async Task<IngestSummary> RunAsync(
        Storage.ILedgerStore store, IReadOnlyList<string> paths, IngestOptions options, TextWriter output, ILogger? logger, CancellationToken cancellationToken)
    {
        var summary = await StoreReportsAsync(store, paths, options, output, logger, cancellationToken);
        // Only a completed ingest teaches the next one its publishers' usual areas (see LedgerAreas).
        await LedgerAreas.UpdateAsync(store, await PlaceServices.WithLedgerAsync(store, cancellationToken), cancellationToken);
        // Events are regrouped after every ingest, so that new reports join the events they belong to.
        await LedgerServices.Corroboration(store).RefreshAsync(cancellationToken);
        return summary;
    }

    private static async Task<IngestSummary> StoreReportsAsync(
        Storage.ILedgerStore store, IReadOnlyList<string> paths, IngestOptions options, TextWriter output, ILogger? logger, CancellationToken cancellationToken)
    {
        var ingest = new LedgerIngest(await LedgerServices.AnalyzerForAsync(store, cancellationToken), store, logger: logger);
        var outcomes = LedgerServices.Read(paths, options);
        var console = Terminal.For(output);
        if (!console.Profile.Capabilities.Interactive)
        {
            return await ingest.RunAsync(outcomes, null, cancellationToken);
        }
        IngestSummary? summary = null;
        await console.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting").IsIndeterminate();
                var progress = new Progress<IngestProgress>(p =>
                    task.Description = $"read {p.Read}, stored {p.Stored}, rejected {p.Rejected}");
                summary = await ingest.RunAsync(outcomes, progress, cancellationToken);
                task.StopTask();
            });
        return summary!;
    }

    internal static void Report(IngestSummary summary, TextWriter output, TextWriter error)
    {
        foreach (var rejection in summary.Rejections)
        {
            error.WriteLine($"rejected {rejection.Location}: {rejection.Reason} - {rejection.Detail}");
        }
        foreach (var note in summary.Notes)
        {
            error.WriteLine($"note {note.Location}: {note.Detail}");
        }
        output.WriteLine(
            $"read {summary.Read} reports: {summary.Added} added, {summary.Revisions} new revisions, " +
            $"{summary.Duplicates} already in the ledger; {summary.Rejections.Length} rejected");
    }
}

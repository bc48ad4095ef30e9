using System.CommandLine;
using System.Globalization;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>triangulate db migrate|copy|regroup</c>: the ledger's schema, moving a ledger between SQLite and PostgreSQL, and
/// regrouping every claim into events from scratch.
/// </summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "Manage the ledger's storage: schema migrations, copies between engines, a full regrouping")
    {
        Migrate(),
        Copy(),
        Regroup(),
    };

    private static Command Regroup()
    {
        var database = CommonOptions.Database();
        var command = new Command("regroup", "Regroup every claim of the ledger into events from scratch (an ingest regroups only what it touched)") { database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            var result = await LedgerServices.Corroboration(store).RegroupAllAsync(cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"regrouped {result.Events.Sum(e => e.Claims.Length)} claims into {result.Events.Length} events"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Migrate()
    {
        var database = CommonOptions.Database();
        var command = new Command("migrate", "Bring the ledger's schema to the current version (safe to repeat)") { database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Opening a store migrates it; the explicit call says so in the code that the command exists for.
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            await store.MigrateAsync(cancellationToken);
            var summary = await store.SummarizeAsync(cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"schema up to date: {summary.Reports} reports, {summary.Claims} claims, {summary.Sources} sources"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Copy()
    {
        var from = new Option<string>("--from") { Description = "The ledger to copy: a SQLite file or a PostgreSQL connection", Required = true };
        var to = new Option<string>("--to") { Description = "The ledger to copy into (created or migrated as needed)", Required = true };
        var command = new Command("copy", "Copy a whole ledger between engines, keeping ids; a re-run completes an interrupted copy") { from, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var source = parse.GetRequiredValue(from);
            await using var reader = await LedgerServices.OpenExistingAsync(source, cancellationToken);
            await using var writer = await LedgerServices.OpenAsync(parse.GetRequiredValue(to), cancellationToken);
            var copied = await LedgerCopy.CopyAsync(reader, writer, cancellationToken: cancellationToken);
            var reports = copied.Reports;
            parse.InvocationConfiguration.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"copied {reports.Imported} reports ({reports.AlreadyPresent} already there), {copied.Sources} sources, {copied.Places} places, " +
                $"{copied.Events} events, {copied.JournalRows} new journal rows (overrides, verdicts, source merges, audit), {copied.Evidence} evidence rows, {copied.Accounts} accounts and API keys"));
            foreach (var id in reports.Conflicting)
            {
                parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"not copied: report {id}: the target holds that id or that report's keys with other content"));
            }
            return reports.Conflicting.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
        });
        return command;
    }
}

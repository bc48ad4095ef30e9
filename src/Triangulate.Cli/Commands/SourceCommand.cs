using System.CommandLine;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>source show ID</c>: one source's track record, grade and the events behind it; <c>source add</c> and
/// <c>source merge</c>: analysts' changes to the ledger's registry, audited.
/// </summary>
internal static class SourceCommand
{
    public static Command Create() => new("source", "One source in detail; add a source or merge two into one (recorded in the audit log)")
    {
        Show(), Add(), Merge(),
    };

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "A registry id (ru_mod) or a source name as the sources listing shows it" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var show = new Command("show", "A source's track record, reliability grade with its explanation, and its events") { id, database, format };
        show.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = parse.GetRequiredValue(id);
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var records = await SourcesCommand.ReadAsync(store, cancellationToken);
            var record = records.FirstOrDefault(r => r.Key == wanted || r.Key == "name:" + NameKey.Fold(wanted) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (record is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"no source '{wanted}' stands as an origin of any event");
                return ExitCodes.NotFound;
            }
            var events = (await LedgerServices.Corroboration(store).ListEventsAsync(cancellationToken)).Where(e => record.Events.Contains(e.Id)).ToList();
            var gazetteer = await PlaceServices.WithLedgerAsync(store, cancellationToken);
            var habits = (await LedgerAreas.ReadAsync(store, cancellationToken)).Publishers
                .Where(p => NameKey.Fold(p.Publisher) == NameKey.Fold(record.Name))
                .ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new
                {
                    source = SourcesCommand.Json(record),
                    events = events.Select(EventJson.From),
                    usualAreas = habits.Select(p => new
                    {
                        publisher = p.Publisher,
                        located = p.Located,
                        areas = p.Areas.Select(a => new { id = a.AreaId, name = gazetteer.ById(a.AreaId)?.Name, mentions = a.Mentions }),
                    }),
                });
                return ExitCodes.Ok;
            }
            output.WriteLine($"{record.Name} ({record.Key}), side {ContractNames.Of(record.Side)}");
            output.WriteLine($"reliability {record.Reliability.Explanation}");
            foreach (var publisher in habits)
            {
                output.WriteLine($"usual areas {publisher.Explain(gazetteer)}, learned from the reports it published");
            }
            Listing.Write(output, OutputFormat.Table, events,
            [
                new Column<CorroboratedEvent>("event", e => "e" + e.Id.ToString(CultureInfo.InvariantCulture)),
                new("first", e => e.FirstDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"),
                new("verdict", e => e.Verdict?.Value.ToString().ToLowerInvariant() ?? "none"),
                new("because", e => Terminal.Clip(e.Verdict?.Note ?? "", 60)),
                new("claim", e => Terminal.Clip(e.Claims[0].Text, 60)),
            ], EventJson.From, "Events with this source as an independent origin");
            return ExitCodes.Ok;
        });
        return show;
    }

    private static Command Add()
    {
        var name = new Option<string>("--name") { Description = "The source's name as analysts write it", Required = true };
        var kind = new Option<string>("--kind") { Description = "official, military_command, unit, state_media, independent_media, wire_agency, milblogger_channel, osint_group, individual", Required = true };
        var side = new Option<string>("--side") { Description = "RU, UA, other or unknown", Required = true };
        var alias = new Option<string[]>("--alias") { Description = "Another name (any language or script); repeatable", AllowMultipleArgumentsPerToken = false };
        var role = new Option<string?>("--role") { Description = "What the source is (\"spokesman of the Southern Defence Forces\")" };
        var affiliated = new Option<string[]>("--affiliated-with") { Description = "Id of a source it speaks for or belongs to; repeatable", HelpName = "ID" };
        var id = new Option<string?>("--id") { Description = "The registry id; made from the name when omitted" };
        var by = EventCommand.By();
        var database = CommonOptions.Database();
        var command = new Command("add", "Add a source to the ledger's registry: claims naming it resolve to it from now on")
        {
            name, kind, side, alias, role, affiliated, id, by, database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!ContractNames.TryParse<SourceKind>(parse.GetRequiredValue(kind), out var sourceKind) || sourceKind is SourceKind.Unknown or SourceKind.Publisher)
            {
                error.WriteLine($"'{parse.GetRequiredValue(kind)}' is not a source kind: {string.Join(", ", AddableKinds)}");
                return ExitCodes.Failed;
            }
            if (!ContractNames.TryParse<Side>(parse.GetRequiredValue(side), out var sourceSide))
            {
                error.WriteLine($"'{parse.GetRequiredValue(side)}' is not a side: RU, UA, other or unknown");
                return ExitCodes.Failed;
            }
            var sourceName = parse.GetRequiredValue(name).Trim();
            var sourceId = parse.GetValue(id)?.Trim() is { Length: > 0 } given ? given : SourceRegistry.IdFor(sourceName);
            var source = new Source(
                sourceId, sourceName, sourceKind, sourceSide,
                [.. (parse.GetValue(alias) ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal)],
                parse.GetValue(role), [.. (parse.GetValue(affiliated) ?? []).Select(a => a.Trim()).Distinct(StringComparer.Ordinal)]);
            // Sources are set up before the reports that name them are ingested: adding one may create the ledger.
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            return EventCommand.Report(parse, await LedgerServices.Corroboration(store).AddSourceAsync(source, parse.GetRequiredValue(by), cancellationToken));
        });
        return command;
    }

    private static Command Merge()
    {
        var from = new Argument<string>("from-id") { Description = "The source merged away (its claims count for the other from now on)" };
        var into = new Argument<string>("into-id") { Description = "The source that stays" };
        var note = EventCommand.Note();
        var by = EventCommand.By();
        var database = CommonOptions.Database();
        var command = new Command("merge", "Treat two sources as one origin: they stop counting as independent and share one track record")
        {
            from, into, note, by, database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var change = await LedgerServices.Corroboration(store).MergeSourcesAsync(
                parse.GetRequiredValue(from).Trim(), parse.GetRequiredValue(into).Trim(), parse.GetRequiredValue(by), parse.GetValue(note), cancellationToken);
            return EventCommand.Report(parse, change);
        });
        return command;
    }

    private static IEnumerable<string> AddableKinds => Enum.GetValues<SourceKind>()
        .Where(k => k is not (SourceKind.Unknown or SourceKind.Publisher))
        .Select(ContractNames.Of);
}

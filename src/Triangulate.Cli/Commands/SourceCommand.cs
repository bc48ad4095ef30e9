using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

/// <summary><c>source show ID</c>: one source's track record, grade and the events behind it.</summary>
internal static class SourceCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A registry id (ru_mod) or a source name as the sources listing shows it" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var show = new Command("show", "A source's track record, reliability grade with its explanation, and its events") { id, database, format };
        show.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = parse.GetRequiredValue(id);
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var records = await SourcesCommand.ReadAsync(store, cancellationToken);
            var record = records.FirstOrDefault(r => r.Key == wanted || r.Key == "name:" + NameKey.Fold(wanted) || string.Equals(r.Name, wanted, StringComparison.OrdinalIgnoreCase));
            if (record is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"no source '{wanted}' stands as an origin of any event");
                return ExitCodes.NotFound;
            }
            var events = (await LedgerServices.Corroboration(store).ListEventsAsync(cancellationToken)).Where(e => record.Events.Contains(e.Id)).ToList();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new { source = SourcesCommand.Json(record), events = events.Select(EventJson.From) });
                return ExitCodes.Ok;
            }
            output.WriteLine($"{record.Name} ({record.Key}), side {Export.ContractNames.Of(record.Side)}");
            output.WriteLine($"reliability {record.Reliability.Explanation}");
            Listing.Write(output, OutputFormat.Table, events,
            [
                new Column<CorroboratedEvent>("event", e => "e" + e.Id.ToString(CultureInfo.InvariantCulture)),
                new("first", e => e.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new("verdict", e => e.Verdict?.Value.ToString().ToLowerInvariant() ?? "none"),
                new("because", e => Terminal.Clip(e.Verdict?.Note ?? "", 60)),
                new("claim", e => Terminal.Clip(e.Claims[0].Text, 60)),
            ], EventJson.From, "Events with this source as an independent origin");
            return ExitCodes.Ok;
        });
        return new Command("source", "One source in detail") { show };
    }
}

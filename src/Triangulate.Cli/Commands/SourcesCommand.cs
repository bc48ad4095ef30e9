using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration;
using Triangulate.Export;

namespace Triangulate.Cli.Commands;

/// <summary><c>sources</c>: the track record and reliability grade of every source that stood as an independent origin.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var command = new Command("sources", "Track record (confirmed, refuted) and reliability grade A–F per source") { database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var records = await ReadAsync(store, cancellationToken);
            Listing.Write(parse.InvocationConfiguration.Output, parse.GetValue(format), records, Columns, Json, "Sources");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static async Task<IReadOnlyList<TrackRecord>> ReadAsync(Storage.ILedgerStore store, CancellationToken cancellationToken) =>
        Corroborator.TrackRecords(await LedgerServices.Corroboration(store).ListEventsAsync(cancellationToken));

    internal static object Json(TrackRecord r) => new
    {
        id = r.Key,
        name = r.Name,
        side = ContractNames.Of(r.Side),
        confirmed = r.Confirmed,
        refuted = r.Refuted,
        unjudged = r.Unjudged,
        events = r.Events,
        reliability = r.Reliability.Code,
        explanation = r.Reliability.Explanation,
    };

    private static readonly Column<TrackRecord>[] Columns =
    [
        new("id", r => Terminal.Clip(r.Key, 30)),
        new("name", r => Terminal.Clip(r.Name, 40)),
        new("side", r => ContractNames.Of(r.Side)),
        new("events", r => r.Events.Length.ToString(CultureInfo.InvariantCulture)),
        new("confirmed", r => r.Confirmed.ToString(CultureInfo.InvariantCulture)),
        new("refuted", r => r.Refuted.ToString(CultureInfo.InvariantCulture)),
        new("grade", r => r.Reliability.Code),
        new("why", r => Terminal.Clip(r.Reliability.Explanation, 90)),
    ];
}

using System.CommandLine;

namespace Triangulate.Cli.Commands;

/// <summary><c>evidence import control DIR</c> and <c>evidence import occupation-list FILE</c>.</summary>
internal static class EvidenceCommand
{
    public static Command Create() => new("evidence", "Import evidence that bears claims out or refutes them")
    {
        new Command("import", "Import control maps or the official occupation list; events are regraded after")
        {
            Control(), OccupationList(),
        },
    };

    private static Command Control()
    {
        var directory = new Argument<string>("dir") { Description = "A folder of dated GeoJSON maps of occupied area (deepstatemap_data_YYYYMMDD.geojson)" };
        var database = CommonOptions.Database();
        var by = EventCommand.By();
        var command = new Command("control", "Import dated control maps (GeoJSON polygons of occupied area)") { directory, database, by };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(directory);
            if (!Directory.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"no folder {path}");
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            return EventCommand.Report(parse, await LedgerServices.Corroboration(store).ImportControlMapsAsync(path, parse.GetRequiredValue(by), cancellationToken));
        });
        return command;
    }

    private static Command OccupationList()
    {
        var file = new Argument<string>("file") { Description = "The list as tab-separated text (combat-occupation-list-*.tsv)" };
        var database = CommonOptions.Database();
        var by = EventCommand.By();
        var command = new Command("occupation-list", "Import the official list of occupied territories with dates per KATOTTG unit") { file, database, by };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"no file {path}");
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            return EventCommand.Report(parse, await LedgerServices.Corroboration(store).ImportOccupationListAsync(path, parse.GetRequiredValue(by), cancellationToken));
        });
        return command;
    }
}

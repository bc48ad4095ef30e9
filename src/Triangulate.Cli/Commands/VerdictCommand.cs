using System.CommandLine;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

internal static class VerdictCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "An event (e12) or a claim (c34)" };
        var value = new Argument<string>("value") { Description = "confirmed, refuted or unresolved" };
        var note = EventCommand.Note();
        var by = EventCommand.By();
        var database = CommonOptions.Database();
        var command = new Command("verdict", "Record an analyst's verdict on an event or claim (audited: who, when, before and after)")
        {
            id, value, note, by, database,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            var idText = parse.GetRequiredValue(id).Trim();
            VerdictTarget target;
            long number;
            if (LedgerId.TryParse(idText, out var claim) && claim.Kind == LedgerIdKind.Claim)
            {
                (target, number) = (VerdictTarget.Claim, claim.Number);
            }
            else if (EventJson.TryParseId(idText, out var eventId))
            {
                (target, number) = (VerdictTarget.Event, eventId);
            }
            else
            {
                error.WriteLine($"'{idText}' is not an event (e12) or claim (c34) id");
                return ExitCodes.Failed;
            }
            if (!Enum.TryParse<VerdictValue>(parse.GetRequiredValue(value), ignoreCase: true, out var verdict) || !Enum.IsDefined(verdict))
            {
                error.WriteLine($"'{parse.GetRequiredValue(value)}' is not a verdict: confirmed, refuted or unresolved");
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            var change = await LedgerServices.Corroboration(store).RecordVerdictAsync(target, number, verdict, parse.GetRequiredValue(by), parse.GetValue(note), cancellationToken);
            return change.Done ? EventCommand.Report(parse, change) : ReportMissing(parse, change);
        });
        return command;
    }

    private static int ReportMissing(ParseResult parse, Corroboration.EventChange change)
    {
        parse.InvocationConfiguration.Error.WriteLine(change.Message);
        return ExitCodes.NotFound;
    }
}

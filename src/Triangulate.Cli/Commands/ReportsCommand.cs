using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class ReportsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var search = new Option<string?>("--search", "-s") { Description = "Full-text search over titles and texts" };
        var publisher = new Option<string?>("--publisher") { Description = "Only this publisher" };
        var language = new Option<string?>("--language") { Description = "Only this language (en, ru, uk)" };
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var command = new Command("reports", "List and search the reports in the ledger")
        {
            database, format, search, publisher, language, since, until, limit, offset,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var reports = await store.ListReportsAsync(new ReportQuery
            {
                Search = parse.GetValue(search),
                Publisher = parse.GetValue(publisher),
                Language = parse.GetValue(language),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Limit = parse.GetValue(limit),
                Offset = parse.GetValue(offset),
            }, cancellationToken);
            Write(parse.InvocationConfiguration.Output, parse.GetValue(format), reports);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(TextWriter output, OutputFormat format, IReadOnlyList<StoredReport> reports) =>
        Listing.Write(output, format, reports, Columns, StoredReportDto.From, "Reports");

    private static readonly Column<StoredReport>[] Columns =
    [
        new("id", r => r.Id.ToString(CultureInfo.InvariantCulture)),
        new("external id", r => r.ExternalId is null ? null : Terminal.Clip(r.ExternalId, 28)),
        new("published", r => r.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        new("publisher", r => r.Publisher),
        new("lang", r => r.Language),
        new("rev", r => r.Revision.ToString(CultureInfo.InvariantCulture)),
        new("title", r => Terminal.Clip(r.Title ?? r.Text, 60)),
    ];
}

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
        var outFile = CommonOptions.Out();
        var search = new Option<string?>("--search", "-s") { Description = "Full-text search over titles and texts" };
        var publisher = new Option<string?>("--publisher") { Description = "Only this publisher" };
        var language = new Option<string?>("--language") { Description = "Only this language (en, ru, uk)" };
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var command = new Command("reports", "List and search the reports in the ledger")
        {
            database, format, outFile, search, publisher, language, since, until, limit, offset,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            var query = new ReportQuery
            {
                Search = parse.GetValue(search),
                Publisher = parse.GetValue(publisher),
                Language = parse.GetValue(language),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Offset = parse.GetValue(offset),
            };
            var fetched = await store.ListReportsAsync(query with { Limit = Page.Asking(parse.GetValue(limit)) }, cancellationToken);
            // The whole ledger's count is at hand only when nothing filters.
            int? total = query with { Offset = 0 } != new ReportQuery() ? null : (await store.SummarizeAsync(cancellationToken)).Reports;
            var (reports, page) = Page.Cut(fetched, query.Offset, parse.GetValue(limit), total);
            var chosen = parse.GetValue(format);
            await OutputTarget.WriteAsync(parse.GetValue(outFile), parse.InvocationConfiguration.Output,
                writer => Write(writer, chosen, reports, page), $"{reports.Count} reports");
            page.Note(parse.InvocationConfiguration.Error, chosen, "reports");
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static void Write(TextWriter output, OutputFormat format, IReadOnlyList<StoredReport> reports, Page page)
    {
        if (format == OutputFormat.Json)
        {
            Listing.WriteJson(output, reports.Select(StoredReportDto.From).ToList());
            return;
        }
        Listing.WriteExport(output, format, reports, Columns, "Reports", page, reports, ExportTables.Reports);
    }

    private static readonly Column<StoredReport>[] Columns =
    [
        new("id", r => ExportTables.ReportId(r.Id)),
        new("external id", r => r.ExternalId, TableWidth: 28),
        new("published", r => r.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        new("publisher", r => r.Publisher),
        new("lang", r => r.Language),
        new("rev", r => r.Revision.ToString(CultureInfo.InvariantCulture)),
        new("title", r => r.Title ?? r.Text, TableWidth: 60),
    ];
}

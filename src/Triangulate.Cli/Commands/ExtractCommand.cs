using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Cli.Commands;

internal static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, directories or glob patterns to analyse",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = CommonOptions.Format();
        var outFile = CommonOptions.Out();
        var csvTextColumn = CommonOptions.CsvTextColumn();
        var command = new Command("extract", "Run the analysis pipeline on reports without a database and print places and claims")
        {
            paths, format, outFile, csvTextColumn,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var rejected = 0;
            void Reject(Rejection rejection)
            {
                rejected++;
                error.WriteLine($"rejected {rejection}");
            }
            var reports = new List<Report>();
            foreach (var outcome in LedgerServices.Read(parse.GetRequiredValue(paths), CommonOptions.IngestOptionsFrom(parse, csvTextColumn)))
            {
                if (outcome.Report is { } report)
                {
                    reports.Add(report);
                }
                else
                {
                    Reject(outcome.Rejection!);
                }
            }
            // The budget ingest analyses with: a report that would be rejected there is rejected here.
            var documents = new List<ExtractDocument>();
            foreach (var outcome in LedgerServices.Analyzer.AnalyzeWithin(reports, AnalysisBudget.Default, cancellationToken))
            {
                if (outcome.Analysis is { } analysis)
                {
                    documents.Add(ExtractDocument.From(analysis));
                }
                else
                {
                    Reject(outcome.Rejection!);
                }
            }
            var chosen = parse.GetValue(format);
            await OutputTarget.WriteAsync(parse.GetValue(outFile), output, writer => Write(writer, chosen, documents), $"{documents.Count} reports");
            return ExitCodes.ForInput(read: reports.Count, rejected);
        });
        return command;
    }

    internal static void Write(TextWriter output, OutputFormat format, IReadOnlyList<ExtractDocument> documents)
    {
        if (format == OutputFormat.Json)
        {
            Listing.WriteJson(output, documents);
            return;
        }
        // Tables and CSV flatten to one row per claim: the shape a spreadsheet wants.
        var rows = documents.SelectMany(d => d.Claims.Select(c => (Report: d.Report, Claim: c))).ToList();
        Listing.Write(output, format, rows, ClaimColumns, row => row.Claim, "Claims");
        if (format == OutputFormat.Table)
        {
            var places = documents.SelectMany(d => d.Places.Select(p => (Report: d.Report, Place: p))).ToList();
            Listing.Write(output, format, places, PlaceColumns, row => row.Place, "Places");
        }
    }

    private static readonly Column<(ReportHeader Report, ClaimDto Claim)>[] ClaimColumns =
    [
        new("report", r => r.Report.Id),
        new("start", r => r.Claim.Start.ToString(CultureInfo.InvariantCulture)),
        new("end", r => r.Claim.End.ToString(CultureInfo.InvariantCulture)),
        new("startCp", r => r.Claim.StartCp.ToString(CultureInfo.InvariantCulture)),
        new("endCp", r => r.Claim.EndCp.ToString(CultureInfo.InvariantCulture)),
        new("kind", r => r.Claim.Kind),
        new("actor", r => r.Claim.Actor),
        new("places", r => string.Join("; ", r.Claim.Places.Select(p => p.Name ?? p.Text))),
        new("origin", r => r.Claim.Origin.Name),
        new("relays", r => string.Join(" → ", r.Claim.Relays.Select(x => x.Name))),
        new("hedged", r => r.Claim.Hedge ?? ""),
        new("claim", r => r.Claim.Text, TableWidth: 70),
    ];

    private static readonly Column<(ReportHeader Report, PlaceMentionDto Place)>[] PlaceColumns =
    [
        new("report", r => r.Report.Id),
        new("text", r => r.Place.Text),
        new("start", r => r.Place.Start.ToString(CultureInfo.InvariantCulture)),
        new("place", r => r.Place.Name),
        new("id", r => r.Place.Id),
        new("lat,lon", r => r.Place.Lat is { } lat ? FormattableString.Invariant($"{lat:F4},{r.Place.Lon:F4}") : ""),
        new("precision", r => r.Place.Precision),
    ];
}

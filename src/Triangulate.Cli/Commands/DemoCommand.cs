using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class DemoCommand
{
    public const string DefaultDatabase = "triangulate-demo.db";

    public static Command Create()
    {
        var database = new Option<string>("--db")
        {
            Description = "Where to build the demo ledger (recreated on every run)",
            DefaultValueFactory = _ => DefaultDatabase,
            HelpName = "PATH",
        };
        var samples = new Option<string?>("--samples") { Description = "The corpus to ingest (default: the bundled samples)" };
        var command = new Command("demo", "Ingest the bundled samples into a fresh SQLite ledger and print it") { database, samples };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var corpus = parse.GetValue(samples) ?? BundledData.SamplesDirectory();
            if (corpus is null || !Directory.Exists(corpus))
            {
                error.WriteLine("the bundled samples were not found; pass --samples DIR");
                return ExitCodes.Failed;
            }
            var path = parse.GetRequiredValue(database);
            DeleteLedgerFile(path);
            await using var store = await LedgerServices.OpenAsync(path, cancellationToken);
            output.WriteLine($"Ingesting {corpus} into {Path.GetFullPath(path)}");
            var summary = await IngestCommand.RunAsync(store, [corpus], IngestOptions.Default, output, logger: null, cancellationToken);
            IngestCommand.Report(summary, output, error);
            output.WriteLine();
            var widest = await PrintLedgerAsync(store, output, cancellationToken);
            output.WriteLine();
            output.WriteLine("Explore further:");
            output.WriteLine($"  triangulate reports --db {path} --search Торецьк");
            output.WriteLine($"  triangulate claims --db {path} --kind territorial_control --format json");
            output.WriteLine($"  triangulate show c1 --db {path}");
            if (widest is { } id)
            {
                output.WriteLine($"  triangulate event show e{id} --db {path}      # the event carried by the most reports");
            }
            output.WriteLine($"  triangulate sources --db {path}");
            output.WriteLine($"  triangulate serve --db {path}                   # the map, timeline and provenance page");
            return summary.HasRejections ? ExitCodes.SomeRejected : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Prints the ledger's tables; returns the id of the event carried by the most reports, if any.</summary>
    private static async Task<long?> PrintLedgerAsync(ILedgerStore store, TextWriter output, CancellationToken cancellationToken)
    {
        var reports = await store.ListReportsAsync(new ReportQuery { Limit = 1000 }, cancellationToken);
        ReportsCommand.Write(output, OutputFormat.Table, reports, new Page(0, reports.Count, reports.Count, More: false));
        var claims = await store.ListClaimsAsync(new ClaimQuery { Limit = 1000 }, cancellationToken);
        ClaimsCommand.WriteTable(output, claims, new Page(0, claims.Count, claims.Count, More: false));

        var mentions = new List<Model.PlaceMention>();
        foreach (var report in reports)
        {
            mentions.AddRange(await store.GetPlaceMentionsAsync(report.Id, cancellationToken));
        }
        var places = mentions
            .GroupBy(m => m.Place?.Id ?? "?")
            .Select(g => (Place: g.First().Place, Count: g.Count(), Spellings: g.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList()))
            .OrderByDescending(p => p.Count)
            .ToList();
        Listing.Write(output, OutputFormat.Table, places,
        [
            new("place", p => p.Place?.Name ?? "(unresolved)"),
            new("id", p => p.Place?.Id),
            new("kind", p => p.Place is { } place ? ContractNames.Of(place.Kind) : null),
            new("mentions", p => p.Count.ToString(CultureInfo.InvariantCulture)),
            new("as written", p => Terminal.Clip(string.Join(", ", p.Spellings), 60)),
        ], p => p, "Places");

        var sources = claims
            .SelectMany(c => c.Claim.Chain.Relays.Select(r => (r.Source, Role: "relay")).Prepend((c.Claim.Chain.Origin.Source, Role: "origin")))
            .GroupBy(s => s.Source.SourceId ?? s.Source.Name, StringComparer.Ordinal)
            .Select(g => (Source: g.First().Source, Origin: g.Count(s => s.Role == "origin"), Relay: g.Count(s => s.Role == "relay")))
            .OrderByDescending(s => s.Origin + s.Relay)
            .ToList();
        Listing.Write(output, OutputFormat.Table, sources,
        [
            new("source", s => s.Source.Name),
            new("kind", s => ContractNames.Of(s.Source.Kind)),
            new("side", s => ContractNames.Of(s.Source.Side)),
            new("as origin", s => s.Origin.ToString(CultureInfo.InvariantCulture)),
            new("as relay", s => s.Relay.ToString(CultureInfo.InvariantCulture)),
        ], s => s, "Sources");

        var events = await LedgerServices.Corroboration(store).ListEventsAsync(cancellationToken);
        EventsCommand.Write(output, OutputFormat.Table, [.. events.Where(e => e.Claims.Length > 1 || !e.Contradicts.IsEmpty)]);
        return events.OrderByDescending(e => e.ReportIds.Length).ThenBy(e => e.Id).Select(e => (long?)e.Id).FirstOrDefault();
    }

    private static void DeleteLedgerFile(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + ".corroboration.lock" })
        {
            File.Delete(file);
        }
    }
}

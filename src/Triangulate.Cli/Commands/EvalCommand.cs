using System.CommandLine;
using Triangulate.Claims;
using Triangulate.Claims.Evaluation;
using Triangulate.Cli.Rendering;
using Triangulate.Places.Evaluation;

namespace Triangulate.Cli.Commands;

/// <summary><c>eval claims|places|events GOLD.jsonl</c>: scores the pipeline against an annotated gold set.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score the pipeline against an annotated gold set")
    {
        Claims(),
        Places(),
    };

    private static Command Claims()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL: one report a line with its expected claims" };
        var format = CommonOptions.Format();
        var command = new Command("claims", "Claim precision and recall (span overlap), kind, origin, chain and hedge accuracy") { gold, format };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(gold);
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"no gold file at {path}");
                return ExitCodes.Failed;
            }
            var set = ClaimEvaluator.ReadGold(File.ReadAllText(path));
            foreach (var error in set.Errors)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{path}: {error}");
            }
            var analyses = LedgerServices.Analyzer.AnalyzeAll([.. set.Reports.Select(r => r.Report)]);
            var scores = new ClaimEvaluator(SourceRegistry.LoadDefault())
                .Score(set.Reports.Zip(analyses, (report, analysis) => (report, analysis.Claims)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new { gold = path, reports = set.Reports.Length, scores, f1 = scores.F1 });
            }
            else
            {
                output.WriteLine($"{path}: {set.Reports.Length} reports");
                output.WriteLine(scores.ToString());
            }
            return set.Errors.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
        });
        return command;
    }

    private static Command Places()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL: {\"text\", \"places\": [{\"start\", \"end\", \"lat\", \"lon\"}]} a line" };
        var format = CommonOptions.Format();
        var showMisses = new Option<bool>("--misses") { Description = "Also list every missed, spurious or misresolved mention" };
        var command = new Command("places", "Place mention precision and recall (span overlap) and resolution within 1, 5 and 25 km")
        {
            gold, format, showMisses,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(gold);
            var error = parse.InvocationConfiguration.Error;
            if (!File.Exists(path))
            {
                error.WriteLine($"no gold file at {path}");
                return ExitCodes.Failed;
            }
            var set = PlaceEvaluator.ReadGold(File.ReadAllText(path));
            foreach (var problem in set.Errors)
            {
                error.WriteLine($"{path}: {problem}");
            }
            var finder = PlaceServices.Finder();
            var misses = new List<PlaceMiss>();
            var scores = PlaceEvaluator.Score(set.Texts.Select(text => (text, finder.Find(text.Report))), misses);
            var output = parse.InvocationConfiguration.Output;
            var listMisses = parse.GetValue(showMisses);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new { gold = path, texts = set.Texts.Length, scores, misses = listMisses ? misses : null });
            }
            else
            {
                output.WriteLine($"{path}: {set.Texts.Length} texts");
                output.WriteLine(scores.ToString());
                foreach (var miss in listMisses ? misses : [])
                {
                    output.WriteLine($"  {miss.TextId} {miss.Kind}: {miss.Words} {miss.Detail}".TrimEnd());
                }
            }
            return set.Errors.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
        });
        return command;
    }
}

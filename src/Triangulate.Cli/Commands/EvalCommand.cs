using System.CommandLine;
using Triangulate.Claims;
using Triangulate.Claims.Evaluation;
using Triangulate.Cli.Rendering;

namespace Triangulate.Cli.Commands;

/// <summary><c>eval claims|places|events GOLD.jsonl</c>: scores the pipeline against an annotated gold set.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score the pipeline against an annotated gold set")
    {
        Claims(),
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
}

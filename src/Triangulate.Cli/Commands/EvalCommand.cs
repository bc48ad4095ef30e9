using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration.Evaluation;

namespace Triangulate.Cli.Commands;

/// <summary><c>eval events GOLD.jsonl</c>: pairwise grouping F1 and exact independent-origin counts against a gold set.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold cases, one JSON object a line: {name, reports[], events[{reports[], independentOrigins}]}" };
        var format = CommonOptions.Format();
        var events = new Command("events", "Score event grouping and independent-origin counts against a gold set") { gold, format };
        events.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(gold);
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"no file {path}");
                return ExitCodes.Failed;
            }
            var cases = EventGoldEvaluator.ReadFile(path);
            var result = LedgerServices.EventEvaluator.Evaluate(cases);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new
                {
                    cases = cases.Length,
                    result.Precision,
                    result.Recall,
                    result.F1,
                    result.ExactOriginShare,
                    events = result.Events,
                });
                return ExitCodes.Ok;
            }
            Listing.Write(output, OutputFormat.Table, result.Events,
            [
                new Column<GoldEventOutcome>("case", e => e.Case),
                new("reports", e => Terminal.Clip(string.Join(", ", e.Reports), 70)),
                new("expected", e => e.Expected.ToString(CultureInfo.InvariantCulture)),
                new("counted", e => e.Counted?.ToString(CultureInfo.InvariantCulture) ?? "no event"),
                new("exact", e => e.Exact ? "yes" : "NO"),
            ], e => e, "Gold events");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cases.Length} cases: pairwise grouping precision {result.Precision:F3}, recall {result.Recall:F3}, F1 {result.F1:F3}; exact independent-origin counts {result.Events.Count(e => e.Exact)}/{result.Events.Length} = {result.ExactOriginShare:F3}"));
            return ExitCodes.Ok;
        });
        return new Command("eval", "Evaluate the pipeline against gold sets") { events };
    }
}

using System.CommandLine;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Claims.Evaluation;
using Triangulate.Cli.Rendering;
using Triangulate.Places.Evaluation;
using Triangulate.Corroboration.Evaluation;

namespace Triangulate.Cli.Commands;

/// <summary><c>eval claims|places|events GOLD.jsonl</c>: scores the pipeline against an annotated gold set.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Score the pipeline against an annotated gold set")
    {
        Claims(),
        Places(),
        Events(),
    };

    private static Command Claims()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL: one report a line with its expected claims" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        // For whoever tunes the extractor: every miss, spurious claim and wrong kind, hedge or chain, on stderr.
        var verbose = new Option<bool>("--verbose") { Description = "Print each miss", Hidden = true };
        var detector = new Option<string?>("--detector") { Description = "Which claim detector decides: 'rules' (not-claim words, the default), 'model' (the shipped model) or a model file" };
        var command = new Command("claims", "Claim precision and recall (span overlap), kind, origin, chain and hedge accuracy") { gold, format, verbose, detector };
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
            var registry = SourceRegistry.LoadDefault();
            var evaluator = new ClaimEvaluator(registry);
            var chosen = parse.GetValue(detector) switch
            {
                null or "rules" => null,
                "model" => ClaimDetector.Shipped,
                var file => ClaimModel.Load(file),
            };
            var extractor = chosen is null ? null : new RuleBasedClaimExtractor(registry, chosen, PlaceServices.Gazetteer);
            var results = set.Reports.Zip(analyses, (report, analysis) => (report, Claims: extractor?.Extract(analysis.Report, analysis.Places) ?? analysis.Claims)).ToList();
            if (parse.GetValue(verbose))
            {
                foreach (var line in results.SelectMany(result => evaluator.Explain(result.report, result.Claims)))
                {
                    parse.InvocationConfiguration.Error.WriteLine(line);
                }
            }
            var scores = evaluator.Score(results);
            // Figures per language beside the whole set's, and the misses by cause: what to read before changing a rule.
            var byLanguage = results.GroupBy(result => result.report.Report.Language, StringComparer.Ordinal)
                .OrderBy(group => group.Key, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => evaluator.Score(group), StringComparer.Ordinal);
            var misses = evaluator.Misses(results);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new { gold = path, reports = set.Reports.Length, scores, f1 = scores.F1, byLanguage, misses = misses.ByCause });
            }
            else
            {
                output.WriteLine($"{path}: {set.Reports.Length} reports");
                foreach (var (language, languageScores) in byLanguage.Where(_ => byLanguage.Count > 1))
                {
                    output.WriteLine($"  {language}: {languageScores}");
                }
                output.WriteLine(scores.ToString());
                output.WriteLine($"misses by cause: {misses}");
            }
            return set.Errors.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
        });
        return command;
    }

    /// <summary>
    /// <c>train claims GOLD --out FILE</c>: fits the claim detector on a gold set (the development split of the real
    /// reports), choosing its settings by cross-validation over the gold set's reports, and writes the model.
    /// </summary>
    public static Command Train()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL to train on (data/real/gold-dev.jsonl)" };
        var output = new Option<string>("--out") { Description = "Where to write the model", Required = true };
        var claims = new Command("claims", "Fit the claim detector on a gold set and write it") { gold, output };
        claims.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(gold);
            var console = parse.InvocationConfiguration.Output;
            if (!File.Exists(path))
            {
                parse.InvocationConfiguration.Error.WriteLine($"no gold file at {path}");
                return ExitCodes.Failed;
            }
            var set = ClaimEvaluator.ReadGold(File.ReadAllText(path));
            var analyses = LedgerServices.Analyzer.AnalyzeAll([.. set.Reports.Select(r => r.Report)]);
            var extractor = new RuleBasedClaimExtractor(SourceRegistry.LoadDefault(), ClaimDetector.NotClaimWords);
            var places = analyses.ToDictionary(analysis => analysis.Report, analysis => analysis.Places);
            var samples = ClaimDetectorTraining.Label(set, report => extractor.Candidates(report, places[report]));
            console.WriteLine($"{path}: {set.Reports.Length} reports, {samples.Length} candidates, {samples.Count(sample => sample.IsClaim)} of them claims");
            var rules = ClaimDetectorTraining.Figures([.. samples.Select(sample => (ClaimDetector.NotClaimWords.Accepts(new ClaimCandidate(default, default, 0, false, null!, sample.Features)) ? 1.0 : 0.0, sample.IsClaim))], 0.5);
            console.WriteLine($"  not-claim words (the rule): {rules}");
            var grid = new[] { 0.001, 0.003, 0.01, 0.03 }.SelectMany(l2 => new[] { true, false }.Select(words => new ClaimTrainingOptions(L2: l2, Words: words)));
            var best = grid.Select(options => (Options: options, Figures: ClaimDetectorTraining.CrossValidate(samples, options)))
                .Select(run =>
                {
                    console.WriteLine($"  L2 {run.Options.L2}, word stems {(run.Options.Words ? "on" : "off")}: {run.Figures}");
                    return run;
                })
                .ToList()
                .MaxBy(run => run.Figures.F1);
            var about = string.Create(CultureInfo.InvariantCulture,
                $"logistic regression on {set.Reports.Length} reports of {Path.GetFileName(path)} ({samples.Length} candidates); L2 {best.Options.L2}, word stems {(best.Options.Words ? "on" : "off")}, features seen at least {best.Options.MinCount} times; 5-fold cross-validation over reports: {best.Figures}; trained by `triangulate train claims {path} --out FILE`");
            var model = ClaimDetectorTraining.Train(samples, best.Options, best.Figures.Threshold, about);
            model.Save(parse.GetRequiredValue(output));
            console.WriteLine(model);
            return ExitCodes.Ok;
        });
        return new Command("train", "Fit the learned components on a gold set") { claims };
    }

    private static Command Places()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL: {\"text\", \"places\": [{\"start\", \"end\", \"lat\", \"lon\"}]} a line" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
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

    private static Command Events()
    {
        var gold = new Argument<string?>("gold") { Description = "Gold cases, one JSON object a line: {name, reports[], events[{reports[], independentOrigins}]}", Arity = ArgumentArity.ZeroOrOne };
        var real = new Option<string?>("--real") { Description = "A folder of real relay groups (reports.jsonl, groups.json, split.json) to score instead of a gold file" };
        var split = new Option<string?>("--split") { Description = "With --real: only this part of split.json (dev or test)" };
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var showMisses = new Option<bool>("--misses") { Description = "Also list every pair of reports grouped against the gold, with their claims" };
        var command = new Command("events", "Pairwise grouping F1 and exact independent-origin counts against a gold set, or on real relay groups (--real)")
        {
            gold, real, split, format, showMisses,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (parse.GetValue(real) is { } directory)
            {
                return RealGroups(parse, directory, parse.GetValue(split), parse.GetValue(format), parse.GetValue(showMisses));
            }
            if (parse.GetValue(gold) is not { } path)
            {
                error.WriteLine("give a gold file, or --real DIR");
                return ExitCodes.Failed;
            }
            if (!File.Exists(path))
            {
                error.WriteLine($"no gold file at {path}");
                return ExitCodes.Failed;
            }
            var cases = EventGoldEvaluator.ReadFile(path);
            var result = LedgerServices.EventEvaluator.Evaluate(cases);
            var output = parse.InvocationConfiguration.Output;
            var listMisses = parse.GetValue(showMisses);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new
                {
                    gold = path,
                    cases = cases.Length,
                    result.Precision,
                    result.Recall,
                    result.F1,
                    result.ExactOriginShare,
                    events = result.Events,
                    misses = listMisses ? result.Misses : (IEnumerable<PairMiss>?)null,
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
            WriteMisses(output, listMisses ? result.Misses : []);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{cases.Length} cases: pairwise grouping precision {result.Precision:F3}, recall {result.Recall:F3}, F1 {result.F1:F3}; exact independent-origin counts {result.Events.Count(e => e.Exact)}/{result.Events.Length} = {result.ExactOriginShare:F3}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary><c>eval events --real DIR [--split dev|test]</c>: each relay group one event, its origins counted exactly, its denials linked.</summary>
    private static int RealGroups(ParseResult parse, string directory, string? split, OutputFormat format, bool listMisses)
    {
        var error = parse.InvocationConfiguration.Error;
        if (!Directory.Exists(directory))
        {
            error.WriteLine($"no corpus folder at {directory}");
            return ExitCodes.Failed;
        }
        var corpus = RealCorpus.Read(directory, split);
        foreach (var problem in corpus.Problems)
        {
            error.WriteLine($"{directory}: {problem}");
        }
        var result = new RealGroupEvaluator(LedgerServices.Analyzer, SourceRegistry.LoadDefault()).Evaluate(corpus);
        var output = parse.InvocationConfiguration.Output;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{directory}{(split is null ? "" : $" ({split})")}: {result.Reports} reports, {result.Groups.Length} groups: carrier pairs precision {result.Precision:F3}, recall {result.Recall:F3} ({result.TruePairs}/{result.GoldPairs}; {result.PairsNotJudged} pairs of groups of one happening not judged); "
            + $"exact independent origins {result.Groups.Where(g => g.EventId is not null).DistinctBy(g => g.EventId).Count(g => g.OriginsExact)}/{result.Groups.Where(g => g.EventId is not null).DistinctBy(g => g.EventId).Count()} events = {result.ExactOriginShare:F3}; "
            + $"denials linked {result.Groups.Count(g => g.DenialsAllLinked)}/{result.GroupsWithDenials} groups = {result.DenialsLinkedShare:F3} ({result.DenialReportsLinked}/{result.DenialReports} denial reports)");
        if (format == OutputFormat.Json)
        {
            Listing.WriteJson(output, new
            {
                corpus = directory,
                split,
                result.Reports,
                result.Precision,
                result.Recall,
                result.F1,
                result.ExactOriginShare,
                result.DenialsLinkedShare,
                groups = result.Groups,
                misses = listMisses ? result.Misses : (IEnumerable<PairMiss>?)null,
                denialMisses = listMisses ? result.DenialMisses : (IEnumerable<DenialMiss>?)null,
                missCauses = result.MissCauses,
            });
            return corpus.Problems.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
        }
        Listing.Write(output, OutputFormat.Table, result.Groups,
        [
            new Column<RealGroupOutcome>("group", g => g.Group),
            new("carriers", g => g.Carriers.ToString(CultureInfo.InvariantCulture)),
            new("pairs together", g => $"{g.PairsTogether}/{g.Pairs}"),
            new("event", g => g.EventId is { } id ? "e" + id.ToString(CultureInfo.InvariantCulture) : "none"),
            new("origins", g => $"{g.CountedOrigins?.ToString(CultureInfo.InvariantCulture) ?? "-"} of {g.ExpectedOrigins}{(g.OriginsExact ? "" : ": " + string.Join(", ", g.CountedOriginKeys))}"),
            new("denials linked", g => g.HasDenials ? $"{g.DenialsLinked.Length}/{g.DenialsLinked.Length + g.DenialsUnlinked.Length}" : ""),
            new("carriers elsewhere", g => Terminal.Clip(string.Join(", ", g.CarriersElsewhere), 40)),
            new("misses by cause", g => Causes(g.MissCauses)),
        ], g => g, "Relay groups");
        WriteMisses(output, listMisses ? result.Misses : []);
        foreach (var miss in listMisses ? result.DenialMisses : [])
        {
            output.WriteLine($"{miss.Group}: denial {miss.Report} is not linked to e{miss.EventId} ({CauseName(miss.Cause)})");
            output.WriteLine($"  {miss.Report}: {(miss.Claims.IsEmpty ? "no claims" : string.Join(Environment.NewLine + "  " + new string(' ', miss.Report.Length + 2), miss.Claims))}");
        }
        output.WriteLine($"misses by cause (carrier pairs apart and denials unlinked; across languages in brackets): {Causes(result.MissCauses)}");
        output.WriteLine(summary);
        return corpus.Problems.IsEmpty ? ExitCodes.Ok : ExitCodes.SomeRejected;
    }

    private static string Causes(IEnumerable<CauseCount> causes) =>
        string.Join(", ", causes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{CauseName(c.Cause)} {c.Count}{(c.AcrossLanguages > 0 ? $" [{c.AcrossLanguages}]" : "")}")));

    /// <summary>A cause as a user reads it.</summary>
    private static string CauseName(MissCause cause) => cause switch
    {
        MissCause.NoClaim => "no claim read",
        MissCause.KindFamily => "kind family differs",
        MissCause.Place => "place differs",
        MissCause.Side => "side differs",
        MissCause.OriginWrong => "origin misread (claims reader)",
        MissCause.DateDifferent => "date different",
        MissCause.CrossLanguage => "undated, cross-language not matched",
        MissCause.CopyNotDetected => "undated, copy not detected",
        MissCause.DateMissing => "undated, no single event fits",
        MissCause.Window => "cut by the event window",
        MissCause.NotReadAsDenial => "denial not read as one",
        MissCause.DenialNotLinked => "denial not linked",
        _ => cause.ToString(),
    };

    private static void WriteMisses(TextWriter output, IEnumerable<PairMiss> misses)
    {
        foreach (var miss in misses)
        {
            output.WriteLine($"{miss.Case}: {miss.ReportA} and {miss.ReportB} {(miss.Kind == PairMissKind.Apart ? "should be together but are apart" : "should be apart but are together")}{(miss.Cause is { } cause ? $" ({CauseName(cause)}: {miss.CauseDetail})" : "")}");
            foreach (var (report, claims) in new[] { (miss.ReportA, miss.ClaimsA), (miss.ReportB, miss.ClaimsB) })
            {
                output.WriteLine($"  {report}: {(claims.IsEmpty ? "no claims" : string.Join(Environment.NewLine + "  " + new string(' ', report.Length + 2), claims))}");
            }
        }
    }
}

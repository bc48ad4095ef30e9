using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Claims.Evaluation;

/// <summary>A candidate clause labelled by a gold set: its features, whether the annotator made it a claim, and its report.</summary>
public sealed record LabelledCandidate(ImmutableArray<string> Features, bool IsClaim, int Report);

/// <summary>The settings a claim model is trained with.</summary>
/// <param name="L2">The weight of the L2 penalty on the feature weights.</param>
/// <param name="MinCount">Features seen in fewer candidates than this are dropped.</param>
/// <param name="Words">Whether the stems of the clause's words (<c>w:</c> features) are used.</param>
public sealed record ClaimTrainingOptions(double L2 = 0.01, int MinCount = 3, bool Words = true, int Epochs = 60);

/// <summary>Detection figures of a model on candidates it was not trained on.</summary>
public sealed record DetectionFigures(double Precision, double Recall, double Threshold)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"precision {Precision:F3}, recall {Recall:F3}, F1 {F1:F3} at threshold {Threshold:F2}");
}

/// <summary>
/// Trains the <see cref="ClaimModel"/>: candidates of a gold set's reports are labelled as <c>eval claims</c> pairs them
/// (each gold claim takes the candidate that overlaps it most), and an L2-regularised logistic regression over their
/// features is fitted by AdaGrad. Deterministic: the same gold set and options give the same model.
/// </summary>
public static class ClaimDetectorTraining
{
    public static ImmutableArray<LabelledCandidate> Label(GoldSet gold, Func<Report, ImmutableArray<ClaimCandidate>> candidates)
    {
        var samples = ImmutableArray.CreateBuilder<LabelledCandidate>();
        for (var index = 0; index < gold.Reports.Length; index++)
        {
            var report = gold.Reports[index];
            var found = candidates(report.Report).ToList();
            var claims = new HashSet<ClaimCandidate>();
            foreach (var expected in report.Claims)
            {
                var best = found.Where(candidate => !claims.Contains(candidate) && candidate.Clause.Overlaps(expected.Span))
                    .OrderByDescending(candidate => Math.Min(candidate.Clause.End, expected.Span.End) - Math.Max(candidate.Clause.Start, expected.Span.Start))
                    .FirstOrDefault();
                if (best is not null)
                {
                    claims.Add(best);
                }
            }
            samples.AddRange(found.Select(candidate => new LabelledCandidate(candidate.Features, claims.Contains(candidate), index)));
        }
        return samples.ToImmutable();
    }

    public static ClaimModel Train(IReadOnlyList<LabelledCandidate> samples, ClaimTrainingOptions options, double threshold, string about)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var feature in samples.SelectMany(sample => Used(sample.Features, options)))
        {
            counts[feature] = counts.GetValueOrDefault(feature) + 1;
        }
        var index = counts.Where(pair => pair.Value >= options.MinCount).Select(pair => pair.Key).Order(StringComparer.Ordinal)
            .Select((feature, i) => (feature, i)).ToDictionary(pair => pair.feature, pair => pair.i, StringComparer.Ordinal);
        var rows = samples.Select(sample => (Features: Used(sample.Features, options).Where(index.ContainsKey).Select(feature => index[feature]).ToArray(), Label: sample.IsClaim ? 1.0 : 0.0)).ToList();
        var weights = new double[index.Count];
        var squares = new double[index.Count];
        double bias = 0, biasSquares = 0;
        const double rate = 0.5;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            // A fixed order per epoch keeps the training deterministic.
            foreach (var (features, label) in rows.OrderBy(row => (row.Features.Length * 7919 + epoch * 104729) % 1009))
            {
                var z = bias + features.Sum(f => weights[f]);
                var error = 1 / (1 + Math.Exp(-z)) - label;
                biasSquares += error * error;
                bias -= rate * error / Math.Sqrt(biasSquares + 1e-8);
                foreach (var f in features)
                {
                    var gradient = error + options.L2 * weights[f];
                    squares[f] += gradient * gradient;
                    weights[f] -= rate * gradient / Math.Sqrt(squares[f] + 1e-8);
                }
            }
        }
        return new ClaimModel(bias, index.ToDictionary(pair => pair.Key, pair => weights[pair.Value], StringComparer.Ordinal), threshold, about);
    }

    /// <summary>
    /// Figures on held-out reports: the reports are dealt into <paramref name="folds"/> by index, a model is trained on
    /// the others for each, and the threshold that gives the best F1 over all held-out candidates is reported with them.
    /// </summary>
    public static DetectionFigures CrossValidate(IReadOnlyList<LabelledCandidate> samples, ClaimTrainingOptions options, int folds = 5)
    {
        var scored = new List<(double Probability, bool IsClaim)>();
        for (var fold = 0; fold < folds; fold++)
        {
            var model = Train([.. samples.Where(sample => sample.Report % folds != fold)], options, 0.5, "cross-validation");
            scored.AddRange(samples.Where(sample => sample.Report % folds == fold).Select(sample => (model.Probability(Used(sample.Features, options)), sample.IsClaim)));
        }
        return Enumerable.Range(2, 15).Select(step => Figures(scored, step * 0.05)).MaxBy(figures => figures.F1)!;
    }

    public static DetectionFigures Figures(IReadOnlyList<(double Probability, bool IsClaim)> scored, double threshold)
    {
        var accepted = scored.Count(item => item.Probability >= threshold);
        var right = scored.Count(item => item.Probability >= threshold && item.IsClaim);
        var claims = scored.Count(item => item.IsClaim);
        return new DetectionFigures(accepted == 0 ? 0 : (double)right / accepted, claims == 0 ? 0 : (double)right / claims, threshold);
    }

    private static IEnumerable<string> Used(ImmutableArray<string> features, ClaimTrainingOptions options) =>
        options.Words ? features : features.Where(feature => !feature.StartsWith("w:", StringComparison.Ordinal));
}

namespace Triangulate.Pipeline;

/// <summary>
/// What one report may cost its analysis. Reports are analysed in a few milliseconds; hostile or broken ones (a
/// megabyte of place names with no full stop, a page flattened into one "sentence") cost time that grows faster than
/// their length. A report past its budget is rejected with its location and the budget it broke, and the batch goes on.
/// </summary>
/// <param name="MaxSentenceChars">
/// The longest sentence analysed, checked before any work: a size budget that gives the same answer on every machine.
/// The longest sentences of real reports run to a few thousand characters.
/// </param>
/// <param name="MaxTime">
/// The longest one report's analysis may run, for what the size budget cannot foresee. Time depends on the machine and its
/// load, so this is set far above what any real report takes.
/// </param>
public sealed record AnalysisBudget(int MaxSentenceChars, TimeSpan MaxTime)
{
    public static AnalysisBudget Default { get; } = new(MaxSentenceChars: 20_000, MaxTime: TimeSpan.FromSeconds(20));
}

using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Cli;

/// <summary>The CLI's composition root: opens the ledger named by <c>--db</c> and builds the analysis pipeline once.</summary>
internal static class LedgerServices
{
    private static readonly Lazy<ReportAnalyzer> SharedAnalyzer = new(AnalyzerFactory.CreateDefault);

    public static ReportAnalyzer Analyzer => SharedAnalyzer.Value;

    public static Task<ILedgerStore> OpenAsync(string database, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);

    public static IEnumerable<ReadOutcome> Read(IReadOnlyList<string> paths) => ReportSource.Read(paths, IngestOptions.Default);
}

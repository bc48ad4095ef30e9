using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Cli;

/// <summary>The CLI's composition root: opens the ledger named by <c>--db</c> and builds the analysis pipeline once.</summary>
internal static class LedgerServices
{
    private static readonly Lazy<ReportAnalyzer> SharedAnalyzer = new(() => AnalyzerFactory.Create(PlaceServices.Gazetteer));

    public static ReportAnalyzer Analyzer => SharedAnalyzer.Value;

    /// <summary>The pipeline whose finder also knows the places and aliases kept in this ledger.</summary>
    public static async Task<ReportAnalyzer> AnalyzerForAsync(ILedgerStore store, CancellationToken cancellationToken)
    {
        var gazetteer = await PlaceServices.WithLedgerAsync(store, cancellationToken);
        return ReferenceEquals(gazetteer, PlaceServices.Gazetteer) ? Analyzer : AnalyzerFactory.Create(gazetteer);
    }

    public static Task<ILedgerStore> OpenAsync(string database, CancellationToken cancellationToken) =>
        StoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);

    public static IEnumerable<ReadOutcome> Read(IReadOnlyList<string> paths) => new ReportSource(IngestOptions.Default).Read(paths);
}

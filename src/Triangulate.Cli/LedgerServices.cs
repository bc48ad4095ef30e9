using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evaluation;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;

namespace Triangulate.Cli;

/// <summary>The CLI's composition root: opens the ledger named by <c>--db</c> and builds the analysis pipeline once.</summary>
internal static class LedgerServices
{
    private static readonly Lazy<ReportAnalyzer> SharedAnalyzer = new(() => AnalyzerFactory.Create(PlaceServices.Gazetteer));

    private static readonly Lazy<SourceRegistry> SharedRegistry = new(SourceRegistry.LoadDefault);

    public static ReportAnalyzer Analyzer => SharedAnalyzer.Value;

    /// <summary>
    /// The pipeline whose finder also knows the places and aliases kept in this ledger and the areas its publishers
    /// usually report on (the snapshot learned when the last ingest completed), and whose extractor its sources and merges.
    /// </summary>
    public static async Task<ReportAnalyzer> AnalyzerForAsync(ILedgerStore store, CancellationToken cancellationToken)
    {
        var gazetteer = await PlaceServices.WithLedgerAsync(store, cancellationToken);
        var sources = await LedgerSources.RegistryAsync(store, SharedRegistry.Value, cancellationToken);
        var learned = await LedgerAreas.ReadAsync(store, cancellationToken);
        return ReferenceEquals(gazetteer, PlaceServices.Gazetteer) && ReferenceEquals(sources, SharedRegistry.Value) && learned.IsEmpty
            ? Analyzer
            : AnalyzerFactory.Create(gazetteer, sources, learned);
    }

    /// <summary>The event gold-set scorer over the shared analyzer and registry.</summary>
    public static EventGoldEvaluator EventEvaluator => new(Analyzer, SharedRegistry.Value);

    /// <summary>Corroboration over an open ledger, with the bundled source registry and its affiliations.</summary>
    public static CorroborationService Corroboration(ILedgerStore store) => new(store, SharedRegistry.Value, TimeProvider.System);

    /// <summary>Opens the ledger, creating a SQLite file that is not there yet (ingest, db migrate, demo, db copy's target).</summary>
    public static Task<ILedgerStore> OpenAsync(string database, CancellationToken cancellationToken)
    {
        StoreFactory.RequireNamed(database);
        if (!StoreFactory.IsPostgres(database) && Path.GetDirectoryName(Path.GetFullPath(database)) is { } folder && !Directory.Exists(folder))
        {
            throw new LedgerUnavailableException($"cannot create the ledger {Path.GetFullPath(database)}: the folder {folder} does not exist");
        }
        return StoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);
    }

    /// <summary>
    /// Opens a ledger that must already exist: a command that reads or changes what is stored never creates an empty
    /// ledger at a mistyped path and reports it empty.
    /// </summary>
    public static Task<ILedgerStore> OpenExistingAsync(string database, CancellationToken cancellationToken)
    {
        RequireExisting(database);
        return StoreFactory.OpenAsync(database, TimeProvider.System, cancellationToken);
    }

    /// <summary>Refuses a SQLite ledger that is not there, naming the path and how to make one.</summary>
    public static void RequireExisting(string database)
    {
        StoreFactory.RequireNamed(database);
        if (!StoreFactory.IsPostgres(database) && !File.Exists(database))
        {
            throw new LedgerUnavailableException(
                $"no ledger at {Path.GetFullPath(database)}: check --db, or create one with 'triangulate ingest FILES --db {database}' or 'triangulate db migrate --db {database}'");
        }
    }

    /// <summary>
    /// Opens a ledger that must already exist for a command that reads or changes events, first completing a regrouping
    /// a crash cut short.
    /// </summary>
    public static async Task<ILedgerStore> OpenGroupedAsync(string database, CancellationToken cancellationToken)
    {
        var store = await OpenExistingAsync(database, cancellationToken);
        try
        {
            await Corroboration(store).ResumeAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    public static IEnumerable<ReadOutcome> Read(IReadOnlyList<string> paths, IngestOptions options) => new ReportSource(options).Read(paths);
}

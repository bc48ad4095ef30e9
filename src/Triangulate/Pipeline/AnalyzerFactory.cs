using Triangulate.Claims;
using Triangulate.Places;

namespace Triangulate.Pipeline;

/// <summary>Builds the analysis pipeline from the bundled registries (gazetteer, sources), once per process.</summary>
public static class AnalyzerFactory
{
    public static ReportAnalyzer CreateDefault() => Create(Gazetteer.LoadDefault());

    /// <summary>The pipeline over a given gazetteer (the bundled one grown by a ledger's places and aliases).</summary>
    public static ReportAnalyzer Create(Gazetteer gazetteer) => Create(gazetteer, SourceRegistry.LoadDefault());

    /// <summary>The pipeline over a given gazetteer and source registry (the bundled ones grown by a ledger's own).</summary>
    public static ReportAnalyzer Create(Gazetteer gazetteer, SourceRegistry sources) =>
        new(new PlaceFinder(gazetteer), new RuleBasedClaimExtractor(sources));
}

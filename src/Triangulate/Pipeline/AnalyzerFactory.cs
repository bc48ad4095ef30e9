using Triangulate.Claims;
using Triangulate.Places;

namespace Triangulate.Pipeline;

/// <summary>Builds the analysis pipeline from the bundled registries (gazetteer, sources), once per process.</summary>
public static class AnalyzerFactory
{
    public static ReportAnalyzer CreateDefault() => new(new PlaceFinder(Gazetteer.LoadDefault()), new RuleBasedClaimExtractor(SourceRegistry.LoadDefault()));
}

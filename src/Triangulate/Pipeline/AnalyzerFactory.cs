using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Pipeline;

/// <summary>Builds the analysis pipeline from the bundled registries (gazetteer, sources), once per process.</summary>
public static class AnalyzerFactory
{
    public static ReportAnalyzer CreateDefault() => Create(Gazetteer.LoadDefault());

    /// <summary>The pipeline over a given gazetteer (the bundled one grown by a ledger's places and aliases).</summary>
    public static ReportAnalyzer Create(Gazetteer gazetteer) => Create(gazetteer, SourceRegistry.LoadDefault());

    /// <summary>The pipeline over a given gazetteer and source registry (the bundled ones grown by a ledger's own).</summary>
    public static ReportAnalyzer Create(Gazetteer gazetteer, SourceRegistry sources)
    {
        // A source's name is never a place mention ("Назар Волошин" is no village Voloshyne, ОСУВ «Хортиця» no island).
        var places = new PlaceFinder(gazetteer, text => sources.FindIn(text, new Span(0, text.Length)).Select(match => match.Span));
        return new(places, new RuleBasedClaimExtractor(sources));
    }
}

using System.Collections.Frozen;
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
        var places = new PlaceFinder(gazetteer, report => SourceContextOf(report, sources));
        return new(places, new RuleBasedClaimExtractor(sources));
    }

    // A source's name is never a place mention ("Назар Волошин" is no village Voloshyne, ОСУВ «Хортиця» no island); the
    // areas that the publisher and the sources named usually report on help choose among namesakes.
    private static SourceContext SourceContextOf(Report report, SourceRegistry sources)
    {
        var named = sources.FindIn(report.Text, new Span(0, report.Text.Length));
        var speaking = named.Select(match => match.Source);
        if (sources.ResolvePublisher(report.Publisher) is { } publisher)
        {
            speaking = speaking.Append(publisher);
        }

        return new SourceContext([.. named.Select(match => match.Span)], speaking.SelectMany(source => source.Areas).ToFrozenSet(StringComparer.Ordinal));
    }
}

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
    public static ReportAnalyzer Create(Gazetteer gazetteer, SourceRegistry sources) => Create(gazetteer, sources, LearnedAreas.None);

    /// <summary>
    /// The pipeline over a given gazetteer and source registry, with the publishers' usual areas learned from a ledger's
    /// history (read once, before the analysis, so that the analysis stays pure).
    /// </summary>
    public static ReportAnalyzer Create(Gazetteer gazetteer, SourceRegistry sources, LearnedAreas learned)
    {
        var places = new PlaceFinder(gazetteer, report => SourceContextOf(report, sources, learned));
        return new(places, new RuleBasedClaimExtractor(sources, gazetteer: gazetteer));
    }

    // A source's name is never a place mention ("Назар Волошин" is no village Voloshyne, ОСУВ «Хортиця» no island); the
    // areas that the publisher and the sources named usually report on help choose among namesakes: those the registry
    // gives them, and those the publisher's earlier reports in the ledger mostly name.
    private static SourceContext SourceContextOf(Report report, SourceRegistry sources, LearnedAreas learned)
    {
        var named = sources.FindIn(report.Text, new Span(0, report.Text.Length));
        var speaking = named.Select(match => match.Source);
        if (sources.ResolvePublisher(report.Publisher) is { } publisher)
        {
            speaking = speaking.Append(publisher);
        }

        var areas = speaking.SelectMany(source => source.Areas);
        if (learned.Of(report.Publisher) is { } habits)
        {
            areas = areas.Concat(habits.Areas.Select(area => area.AreaId));
        }

        return new SourceContext([.. named.Select(match => match.Span)], areas.ToFrozenSet(StringComparer.Ordinal));
    }
}

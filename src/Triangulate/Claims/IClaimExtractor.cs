using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Claims;

/// <summary>Finds the factual claims of a report, given the places already found in it. Pure.</summary>
public interface IClaimExtractor
{
    /// <param name="cancellationToken">Checked between sentences: the pipeline's time budget for one report.</param>
    ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default);
}

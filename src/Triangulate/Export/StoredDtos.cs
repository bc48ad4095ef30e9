using Triangulate.Storage;

namespace Triangulate.Export;

/// <summary>A stored report in the JSON contract of the CLI and the HTTP API: <c>externalId</c> is the id its input gave it.</summary>
public sealed record StoredReportDto(
    long Id,
    string? ExternalId,
    string Publisher,
    string? Url,
    DateTimeOffset? Published,
    string Language,
    string? Title,
    string ContentHash,
    int Revision,
    long? PreviousRevisionId,
    string Input,
    IReadOnlyList<string> ForwardedFrom,
    DateTimeOffset IngestedAt)
{
    public static StoredReportDto From(StoredReport r) => new(
        r.Id, r.ExternalId, r.Publisher, r.Url, r.Published, r.Language, r.Title, r.ContentHash, r.Revision,
        r.PreviousRevisionId, r.InputPath, r.ForwardedFrom, r.IngestedAt);
}

/// <summary>A stored claim in the JSON contract of the CLI and the HTTP API: the extract fields plus the ledger's ids.</summary>
public sealed record StoredClaimDto : ClaimDto
{
    private StoredClaimDto(ClaimDto claim)
        : base(claim)
    {
    }

    public required long Id { get; init; }
    public required long ReportId { get; init; }
    public required string? ExternalId { get; init; }
    public required string Publisher { get; init; }
    public required DateTimeOffset? Published { get; init; }

    /// <param name="offsets">The code-point offsets of the claim's report text (<see cref="ReportTexts"/> finds them for a listing).</param>
    public static StoredClaimDto From(StoredClaim c, CodePointOffsets offsets) => new(ClaimDto.From(c.Claim, offsets, c.Publisher, c.Published))
    {
        Id = c.Id,
        ReportId = c.ReportId,
        ExternalId = c.ExternalId,
        Publisher = c.Publisher,
        Published = c.Published,
    };
}

/// <summary>
/// The code-point offsets of the reports a listing of claims points into, read in one query: a stored claim keeps its
/// UTF-16 span, and only its report's text can say how many characters beyond the BMP precede it.
/// </summary>
public static class ReportTexts
{
    public static async Task<IReadOnlyList<StoredClaimDto>> ClaimDtosAsync(
        ILedgerStore store, IReadOnlyList<StoredClaim> claims, CancellationToken cancellationToken)
    {
        var reports = await ReportsOfAsync(store, claims, cancellationToken).ConfigureAwait(false);
        var offsets = reports.Values.ToDictionary(report => report.Id, report => CodePointOffsets.For(report.Text));
        return [.. claims.Select(claim => StoredClaimDto.From(claim, offsets.GetValueOrDefault(claim.ReportId, CodePointOffsets.Identity)))];
    }

    /// <summary>The stored reports the claims come from, by id, read in one query (a report no longer stored is absent).</summary>
    public static async Task<IReadOnlyDictionary<long, StoredReport>> ReportsOfAsync(
        ILedgerStore store, IEnumerable<StoredClaim> claims, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ids = claims.Select(claim => claim.ReportId).ToHashSet();
        var reports = ids.Count == 0
            ? []
            : await store.ListReportsAsync(new ReportQuery { Ids = ids, Limit = ids.Count }, cancellationToken).ConfigureAwait(false);
        return reports.ToDictionary(report => report.Id);
    }
}

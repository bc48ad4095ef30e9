using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>A report with its text, place mentions and claims: what the event view marks up.</summary>
public sealed record ReportDetail(StoredReportDto Report, string Text, IReadOnlyList<PlaceMentionDto> Places, IReadOnlyList<StoredClaimDto> Claims);

internal static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(AccessNames.CanRead);
        reports.MapGet("/", ListAsync).WithName("ListReports").WithSummary("Reports, newest first, with full-text search");
        reports.MapGet("/{id:long}", GetAsync).WithName("GetReport").WithSummary("One report with its text, places and claims");
        return api;
    }

    private static async Task<Results<Ok<Page<StoredReportDto>>, ValidationProblem>> ListAsync(
        ILedgerStore store, string? q, string? publisher, string? language, DateTimeOffset? since, DateTimeOffset? until,
        int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var paging = ApiFilters.Paging(offset, limit, errors);
        ApiFilters.Text(q, "q", ApiFilters.MaxFilterChars, errors);
        ApiFilters.Text(publisher, "publisher", ApiFilters.MaxFilterChars, errors);
        ApiFilters.Text(language, "language", ApiFilters.MaxFilterChars, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rows = await store.ListReportsAsync(new ReportQuery
        {
            Search = q,
            Publisher = publisher,
            Language = language,
            Since = since,
            Until = until,
            Offset = paging.Offset,
            Limit = paging.Limit + 1,
        }, cancellationToken);
        return TypedResults.Ok(Page<StoredReportDto>.FromOverfetch([.. rows.Select(StoredReportDto.From)], paging.Offset, paging.Limit));
    }

    private static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetAsync(ILedgerStore store, long id, CancellationToken cancellationToken)
    {
        var report = await store.GetReportAsync(id, cancellationToken);
        if (report is null)
        {
            return Problems.NotFound("report", id);
        }
        var places = await store.GetPlaceMentionsAsync(id, cancellationToken);
        var claims = await store.ListClaimsAsync(new ClaimQuery { ReportId = id, Limit = int.MaxValue }, cancellationToken);
        var offsets = CodePointOffsets.For(report.Text);
        return TypedResults.Ok(new ReportDetail(
            StoredReportDto.From(report), report.Text, [.. places.Select(place => PlaceMentionDto.From(place, offsets))],
            [.. claims.Select(claim => StoredClaimDto.From(claim, offsets))]));
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

internal static class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        var claims = api.MapGroup("/claims").WithTags("Claims").RequireAuthorization(AccessNames.CanRead);
        claims.MapGet("/", ListAsync).WithName("ListClaims").WithSummary("Claims filtered by place, box, kind, side, source, time and text");
        claims.MapGet("/{id:long}", GetAsync).WithName("GetClaim");
        claims.MapGet("/export", ExportAsync).WithName("ExportClaims").WithSummary("The filtered claims as geojson, csv or json");
        return api;
    }

    /// <summary>The filters of a claim listing, bound from the query string.</summary>
    internal sealed record ClaimFilters(
        string? Kind, string? Side, string? OriginSide, string? Source, string? Place, double? Lat, double? Lon, double? RadiusKm,
        string? Bbox, string? Q, DateTimeOffset? Since, DateTimeOffset? Until, int? Offset, int? Limit)
    {
        public ClaimQuery? ToQuery(Dictionary<string, string[]> errors, int? limitOverride = null)
        {
            var kind = ApiFilters.Enum<ClaimKind>(Kind, "kind", errors);
            var side = ApiFilters.Enum<Model.Side>(Side, "side", errors);
            var originSide = ApiFilters.Enum<Model.Side>(OriginSide, "originSide", errors);
            var box = ApiFilters.Box(Bbox, errors);
            ApiFilters.Radius(Lat, Lon, RadiusKm, errors);
            var paging = ApiFilters.Paging(Offset, Limit, errors);
            foreach (var (text, parameter) in new[] { (Source, "source"), (Place, "place"), (Q, "q") })
            {
                ApiFilters.Text(text, parameter, ApiFilters.MaxFilterChars, errors);
            }
            return errors.Count > 0 ? null : new ClaimQuery
            {
                Kind = kind,
                Side = side,
                OriginSide = originSide,
                Source = Source,
                Place = Place,
                Lat = Lat,
                Lon = Lon,
                RadiusKm = RadiusKm,
                Box = box,
                Search = Q,
                Since = Since,
                Until = Until,
                Offset = paging.Offset,
                Limit = limitOverride ?? paging.Limit + 1,
            };
        }
    }

    private static async Task<Results<Ok<Page<StoredClaimDto>>, ValidationProblem>> ListAsync(
        ILedgerStore store, [AsParameters] ClaimFilters filters, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        if (filters.ToQuery(errors) is not { } query)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rows = await ReportTexts.ClaimDtosAsync(store, await store.ListClaimsAsync(query, cancellationToken), cancellationToken);
        return TypedResults.Ok(Page<StoredClaimDto>.FromOverfetch([.. rows], query.Offset, query.Limit - 1));
    }

    private static async Task<Results<Ok<StoredClaimDto>, ProblemHttpResult>> GetAsync(ILedgerStore store, long id, CancellationToken cancellationToken) =>
        await store.GetClaimAsync(id, cancellationToken) is { } claim
            ? TypedResults.Ok((await ReportTexts.ClaimDtosAsync(store, [claim], cancellationToken))[0])
            : Problems.NotFound("claim", id);

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        ILedgerStore store, [AsParameters] ClaimFilters filters, string? format, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var exportFormat = Exports.ParseFormat(format, errors);
        // An export is the whole filtered set unless the caller pages it.
        if (filters.ToQuery(errors, filters.Limit ?? int.MaxValue) is not { } query || exportFormat is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var claims = await ReportTexts.ClaimDtosAsync(store, await store.ListClaimsAsync(query, cancellationToken), cancellationToken);
        return Exports.Claims(claims, exportFormat.Value);
    }
}

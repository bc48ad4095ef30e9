using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>The audit log, newest first and read-only: the app has no endpoint that changes or removes an entry.</summary>
internal static class AuditApi
{
    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequireAuthorization(AccessNames.CanAdminister).WithName("ListAudit");
        return api;
    }

    private static async Task<Results<Ok<Page<AuditEntry>>, ValidationProblem>> ListAsync(
        ILedgerStore store, string? target, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var paging = ApiFilters.Paging(offset, limit, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var rows = (await store.ListAuditAsync(target, cancellationToken)).Reverse().Skip(paging.Offset).Take(paging.Limit + 1).ToList();
        return TypedResults.Ok(Page<AuditEntry>.FromOverfetch(rows, paging.Offset, paging.Limit));
    }
}

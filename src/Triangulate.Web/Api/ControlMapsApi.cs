using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>A control map in the ledger: its file name, the day it shows and the side whose occupied area it draws.</summary>
public sealed record ControlMapView(string Name, DateOnly Date, string OccupyingSide);

/// <summary>The control maps imported with <c>evidence import control DIR</c>, for drawing the front line of a chosen day.</summary>
internal static class ControlMapsApi
{
    public static RouteGroupBuilder MapControlMapsApi(this RouteGroupBuilder api)
    {
        var maps = api.MapGroup("/evidence/control-maps").WithTags("Verdicts").RequireAuthorization(AccessNames.CanRead);
        maps.MapGet("/", ListAsync).WithName("ListControlMaps").WithSummary("The control maps in the ledger, oldest first");
        maps.MapGet("/{name}", GetAsync).WithName("GetControlMap").WithSummary("One control map's occupied area as GeoJSON");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ControlMapView>>> ListAsync(ILedgerStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ControlMapView>>([.. (await store.ListControlMapsAsync(cancellationToken))
            .OrderBy(m => m.Date).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new ControlMapView(m.Name, m.Date, m.OccupyingSide))]);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(ILedgerStore store, string name, CancellationToken cancellationToken) =>
        (await store.ListControlMapsAsync(cancellationToken)).FirstOrDefault(m => m.Name == name) is { } map
            ? TypedResults.File(Encoding.UTF8.GetBytes(map.GeoJson), "application/geo+json")
            : Problems.NotFound("control map", name);
}

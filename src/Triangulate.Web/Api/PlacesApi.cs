using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

public sealed record PlaceView(string Id, string Name, string Kind, double Lat, double Lon, string? Admin, IReadOnlyList<string> Names)
{
    public static PlaceView From(Place place) => new(
        place.Id, place.Name, ContractNames.Of(place.Kind), place.Lat, place.Lon, place.AdminPath,
        place.Names.IsDefault ? [] : [.. place.Names.Select(name => name.Text).Distinct(StringComparer.Ordinal)]);
}

internal static class PlacesApi
{
    public const string OutlinesResource = "Triangulate.Web.wwwroot.data.oblasts.geojson";

    public static RouteGroupBuilder MapPlacesApi(this RouteGroupBuilder api)
    {
        var places = api.MapGroup("/places").WithTags("Places").RequireAuthorization(AccessNames.CanRead);
        places.MapGet("/", NearAsync).WithName("ListPlacesNear").WithSummary("Analysts' places within a radius of a point, nearest first");
        places.MapGet("/outlines", Outlines).WithName("GetOblastOutlines").WithSummary("Approximate oblast outlines (GeoJSON), the page's offline base layer");
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<PlaceView>>, ValidationProblem>> NearAsync(
        ILedgerStore store, double? lat, double? lon, double? radiusKm, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        ApiFilters.Radius(lat, lon, radiusKm, errors);
        if (lat is null)
        {
            errors["lat"] = ["give lat, lon and radiusKm"];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var places = await store.ListPlacesNearAsync(lat!.Value, lon!.Value, radiusKm!.Value, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<PlaceView>>([.. places.Select(PlaceView.From)]);
    }

    private static FileStreamHttpResult Outlines() =>
        TypedResults.File(typeof(PlacesApi).Assembly.GetManifestResourceStream(OutlinesResource)!, "application/geo+json");
}

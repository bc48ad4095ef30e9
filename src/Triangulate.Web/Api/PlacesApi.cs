using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Web.Places;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

public sealed record PlaceView(string Id, string Name, string Kind, double Lat, double Lon, string? Admin, IReadOnlyList<string> Names)
{
    public static PlaceView From(Place place) => new(
        place.Id, place.Name, ContractNames.Of(place.Kind), place.Lat, place.Lon, place.AdminPath,
        place.Names.IsDefault ? [] : [.. place.Names.Select(name => name.Text).Distinct(StringComparer.Ordinal)]);
}

/// <summary>A place offered for a typed name: the place, the name that matched, its score when the name resolved whole, and its raion and oblast.</summary>
public sealed record PlaceMatch(PlaceView Place, string Matched, double Score, string? Area);

internal static class PlacesApi
{
    private const string OutlinesResource = "Triangulate.Web.wwwroot.data.{0}s.geojson";
    private const int MaximumSuggestions = 20;

    public static RouteGroupBuilder MapPlacesApi(this RouteGroupBuilder api)
    {
        var places = api.MapGroup("/places").WithTags("Places").RequireAuthorization(AccessNames.CanRead);
        places.MapGet("/", NearAsync).WithName("ListPlacesNear").WithSummary("Analysts' places within a radius of a point, nearest first");
        places.MapGet("/outlines", Outlines).WithName("GetOblastOutlines")
            .WithSummary("Approximate oblast (level=oblast, the default) or raion (level=raion) outlines as GeoJSON, the page's offline base layer");
        places.MapGet("/search", SearchAsync).WithName("SearchPlaces")
            .WithSummary("Gazetteer places for a name in any spelling (inflected, former, Russian, transliterated), then places whose name starts with it");
        places.MapGet("/labels", LabelsAsync).WithName("GetPlaceLabels")
            .WithSummary("Settlement names to show on the offline map at a zoom level inside bbox=west,south,east,north, larger places first");
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

    private static Results<FileStreamHttpResult, ValidationProblem> Outlines(string? level) => level is null or "oblast" or "raion"
        ? TypedResults.File(typeof(PlacesApi).Assembly.GetManifestResourceStream(string.Format(CultureInfo.InvariantCulture, OutlinesResource, level ?? "oblast"))!, "application/geo+json")
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["level"] = ["level is oblast or raion"] });

    private static async Task<Results<Ok<IReadOnlyList<PlaceMatch>>, ValidationProblem>> SearchAsync(
        PlaceBook places, string? q, int? limit, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || limit is < 1 or > MaximumSuggestions)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"give q, a name of two letters or more, and a limit of 1 to {MaximumSuggestions}"] });
        }
        var suggestions = (await places.SuggestionsAsync(cancellationToken)).Suggest(q, limit ?? 10);
        var matches = new List<PlaceMatch>();
        foreach (var suggestion in suggestions)
        {
            matches.Add(new PlaceMatch(PlaceView.From(suggestion.Place), suggestion.Matched, suggestion.Score, await places.AreaOfAsync(suggestion.Place, cancellationToken)));
        }
        return TypedResults.Ok<IReadOnlyList<PlaceMatch>>(matches);
    }

    private static async Task<Results<Ok<IReadOnlyList<MapLabel>>, ValidationProblem>> LabelsAsync(
        PlaceBook places, string? bbox, int? zoom, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var box = ApiFilters.Box(bbox, errors);
        if (box is not { } within || zoom is null)
        {
            errors.TryAdd("bbox", ["give bbox=west,south,east,north and zoom"]);
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok((await places.LabelsAsync(cancellationToken)).In(within, zoom.Value));
    }
}

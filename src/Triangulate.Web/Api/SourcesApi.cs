using System.Collections.Immutable;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

public sealed record SourceView(string Id, string Name, string Kind, string Side, string? Role, IReadOnlyList<string> Aliases, IReadOnlyList<string> AffiliatedWith)
{
    public static SourceView From(Source source) => new(
        source.Id, source.Name, ContractNames.Of(source.Kind), ContractNames.Of(source.Side), source.Role,
        source.Aliases.IsDefault ? [] : source.Aliases, source.AffiliatedWith);
}

/// <summary>What an analyst sends to add a source to the registry.</summary>
public sealed record NewSource(string Id, string Name, string Kind, string Side, string? Role, IReadOnlyList<string>? Aliases);

public sealed record NewAlias(string Alias);

/// <summary>How often a source was the origin or a relay of stored claims, month by month.</summary>
public sealed record TrackMonth(string Month, int AsOrigin, int AsRelay, int Hedged);

public sealed record SourceRecord(SourceView Source, IReadOnlyList<TrackMonth> Track, int Claims, string? Reliability, string ReliabilityExplanation);

internal static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("/", ListAsync).RequireAuthorization(AccessNames.CanRead).WithName("ListSources");
        sources.MapGet("/{id}", GetAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetSource")
            .WithSummary("A source with its track record over time");
        sources.MapPost("/", AddAsync).RequireAuthorization(AccessNames.CanAnalyse).AddEndpointFilter<AntiforgeryCheck>().WithName("AddSource");
        sources.MapPost("/{id}/aliases", AddAliasAsync).RequireAuthorization(AccessNames.CanAnalyse).AddEndpointFilter<AntiforgeryCheck>()
            .WithName("AddSourceAlias");
        return api;
    }

    private static async Task<Ok<Page<SourceView>>> ListAsync(SourceCatalog catalog, string? q, int? offset, int? limit, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var paging = ApiFilters.Paging(offset, limit, errors);
        var matching = (await catalog.ListAsync(cancellationToken))
            .Where(source => q is null || source.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                || source.Id.Contains(q, StringComparison.OrdinalIgnoreCase)
                || (!source.Aliases.IsDefault && source.Aliases.Any(alias => alias.Contains(q, StringComparison.OrdinalIgnoreCase))))
            .Select(SourceView.From)
            .Skip(paging.Offset)
            .Take(paging.Limit + 1)
            .ToList();
        return TypedResults.Ok(Page<SourceView>.FromOverfetch(matching, paging.Offset, paging.Limit));
    }

    private static async Task<Results<Ok<SourceRecord>, ProblemHttpResult>> GetAsync(
        ILedgerStore store, SourceCatalog catalog, string id, CancellationToken cancellationToken)
    {
        var source = await catalog.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        var claims = await store.ListClaimsAsync(new ClaimQuery { Source = id, Limit = int.MaxValue }, cancellationToken);
        var track = claims
            .GroupBy(claim => claim.Published?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) ?? "undated")
            .OrderBy(month => month.Key, StringComparer.Ordinal)
            .Select(month => new TrackMonth(
                month.Key,
                month.Count(claim => claim.Claim.Chain.Origin.Source.SourceId == id),
                month.Count(claim => claim.Claim.Chain.Relays.Any(relay => relay.Source.SourceId == id)),
                month.Count(claim => claim.Claim.Hedged)))
            .ToList();
        return TypedResults.Ok(new SourceRecord(SourceView.From(source), track, claims.Count, null,
            "No reliability grade yet: grades come from the corroboration stage's verdicts on this source's claims."));
    }

    private static async Task<Results<Created<SourceView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        ILedgerStore store, SourceCatalog catalog, Audit audit, NewSource body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var kind = ApiFilters.Enum<SourceKind>(body.Kind, "kind", errors);
        var side = ApiFilters.Enum<Side>(body.Side, "side", errors);
        if (string.IsNullOrWhiteSpace(body.Id))
        {
            errors["id"] = ["a source needs an id"];
        }
        if (string.IsNullOrWhiteSpace(body.Name))
        {
            errors["name"] = ["a source needs a name"];
        }
        if (errors.Count > 0 || kind is null || side is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await catalog.FindAsync(body.Id.Trim(), cancellationToken) is not null)
        {
            return Problems.Conflict($"source {body.Id} exists already; add an alias to it instead");
        }
        var source = new Source(body.Id.Trim(), body.Name.Trim(), kind.Value, side.Value, [.. body.Aliases ?? []], body.Role);
        await store.SaveSourcesAsync([source], cancellationToken);
        await audit.RecordAsync(user, "source.add", "source:" + source.Id, SourceView.From(source), cancellationToken);
        return TypedResults.Created($"/api/sources/{Uri.EscapeDataString(source.Id)}", SourceView.From(source));
    }

    private static async Task<Results<Ok<SourceView>, ValidationProblem, ProblemHttpResult>> AddAliasAsync(
        ILedgerStore store, SourceCatalog catalog, Audit audit, string id, NewAlias body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Alias))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["alias"] = ["an alias cannot be empty"] });
        }
        var source = await catalog.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return Problems.NotFound("source", id);
        }
        var aliases = source.Aliases.IsDefault ? ImmutableArray<string>.Empty : source.Aliases;
        var updated = aliases.Contains(body.Alias.Trim()) ? source : source with { Aliases = aliases.Add(body.Alias.Trim()) };
        await store.SaveSourcesAsync([updated], cancellationToken);
        await audit.RecordAsync(user, "source.alias", "source:" + id, new { alias = body.Alias.Trim() }, cancellationToken);
        return TypedResults.Ok(SourceView.From(updated));
    }
}

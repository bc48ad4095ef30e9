using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Triangulate.Corroboration;
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

/// <summary>The source another is merged into, and why.</summary>
public sealed record SourceMergeRequest(string Into, string? Note);

/// <summary>
/// How often a source was the origin or a relay of stored claims, month by month, and how the events it stood as an
/// independent origin of (by the month of their first day) were judged.
/// </summary>
public sealed record TrackMonth(string Month, int AsOrigin, int AsRelay, int Hedged, int Confirmed = 0, int Refuted = 0, int Unjudged = 0);

/// <summary>A source with its track record and its reliability grade (A–F) with the rule and numbers behind it.</summary>
public sealed record SourceRecord(
    SourceView Source, IReadOnlyList<TrackMonth> Track, int Claims, string? Reliability, string ReliabilityExplanation,
    int Confirmed = 0, int Refuted = 0, int Unjudged = 0);

internal static class SourcesApi
{
    public static RouteGroupBuilder MapSourcesApi(this RouteGroupBuilder api)
    {
        var sources = api.MapGroup("/sources").WithTags("Sources");
        sources.MapGet("/", ListAsync).RequireAuthorization(AccessNames.CanRead).WithName("ListSources");
        sources.MapGet("/{id}", GetAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetSource")
            .WithSummary("A source with its track record over time");
        sources.MapPost("/", AddAsync).RequireAuthorization(AccessNames.CanAnalyse).AddEndpointFilter<AntiforgeryCheck>().WithName("AddSource");
        sources.MapPost("/{id}/merge", MergeAsync).RequireAuthorization(AccessNames.CanAnalyse).AddEndpointFilter<AntiforgeryCheck>().WithName("MergeSource")
            .WithSummary("Treat this source as the same origin as another: they stop counting as independent and share one track record");
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
        ILedgerStore store, SourceCatalog catalog, IServiceProvider services, string id, CancellationToken cancellationToken)
    {
        var registry = await catalog.RegistryAsync(cancellationToken);
        if (registry.Find(id) is not { } source)
        {
            return Problems.NotFound("source", id);
        }
        var ids = registry.IdsOf(source.Id).ToHashSet(StringComparer.Ordinal);
        var claims = new List<StoredClaim>();
        foreach (var known in ids)
        {
            claims.AddRange(await store.ListClaimsAsync(new ClaimQuery { Source = known, Limit = int.MaxValue }, cancellationToken));
        }
        claims = [.. claims.DistinctBy(claim => claim.Id)];
        var months = claims
            .GroupBy(claim => Month(claim.Published))
            .ToDictionary(month => month.Key, month => new TrackMonth(
                month.Key,
                month.Count(claim => claim.Claim.Chain.Origin.Source.SourceId is { } origin && ids.Contains(origin)),
                month.Count(claim => claim.Claim.Chain.Relays.Any(relay => relay.Source.SourceId is { } relayId && ids.Contains(relayId))),
                month.Count(claim => claim.Claim.Hedged)), StringComparer.Ordinal);
        // Grades come from corroboration; an app serving events from elsewhere has none to show.
        if (services.GetService<CorroborationService>() is not { } corroboration)
        {
            return TypedResults.Ok(new SourceRecord(SourceView.From(source), Ordered(months), claims.Count, null,
                "No reliability grade: this app's events do not come from the ledger's corroboration."));
        }
        var events = await corroboration.ListEventsAsync(cancellationToken);
        var record = Corroborator.TrackRecords(events).FirstOrDefault(r => r.Key == source.Id);
        var grade = record?.Reliability ?? Grading.Reliability(0, 0);
        var judged = record is null ? [] : events.Where(e => record.Events.Contains(e.Id));
        // An event none of whose claims is dated has no month.
        foreach (var e in judged.Where(e => e.FirstDay is not null))
        {
            var key = Month(new DateTimeOffset(e.FirstDay!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
            var month = months.GetValueOrDefault(key) ?? new TrackMonth(key, 0, 0, 0);
            months[key] = e.Verdict?.Value switch
            {
                VerdictValue.Confirmed => month with { Confirmed = month.Confirmed + 1 },
                VerdictValue.Refuted => month with { Refuted = month.Refuted + 1 },
                _ => month with { Unjudged = month.Unjudged + 1 },
            };
        }
        return TypedResults.Ok(new SourceRecord(SourceView.From(source), Ordered(months), claims.Count, grade.Code, grade.Explanation,
            record?.Confirmed ?? 0, record?.Refuted ?? 0, record?.Unjudged ?? 0));
    }

    private static string Month(DateTimeOffset? at) => at?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "undated";

    private static List<TrackMonth> Ordered(Dictionary<string, TrackMonth> months) =>
        [.. months.Values.OrderBy(month => month.Month, StringComparer.Ordinal)];

    private static async Task<Results<Created<SourceView>, ValidationProblem, ProblemHttpResult>> AddAsync(
        ILedgerStore store, SourceCatalog catalog, Audit audit, IServiceProvider services, NewSource body, ClaimsPrincipal user, CancellationToken cancellationToken)
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
        ApiFilters.Text(body.Id, "id", ApiFilters.MaxFilterChars, errors);
        ApiFilters.Text(body.Name, "name", ApiFilters.MaxFilterChars, errors);
        ApiFilters.Text(body.Role, "role", ApiFilters.MaxFilterChars, errors);
        if (body.Aliases is { } aliases && (aliases.Count > 100 || aliases.Any(alias => alias is { Length: > ApiFilters.MaxFilterChars })))
        {
            errors["aliases"] = [$"at most 100 aliases of at most {ApiFilters.MaxFilterChars} characters each"];
        }
        if (errors.Count > 0 || kind is null || side is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await catalog.FindAsync(body.Id.Trim(), cancellationToken) is not null)
        {
            return Problems.Conflict($"source {body.Id} exists already; add an alias to it instead");
        }
        var source = new Source(body.Id.Trim(), body.Name.Trim(), kind.Value, side.Value,
            [.. (body.Aliases ?? []).Select(alias => alias.Trim()).Where(alias => alias.Length > 0).Distinct(StringComparer.Ordinal)], body.Role);
        if (services.GetService<CorroborationService>() is { } corroboration)
        {
            // Through corroboration, which audits the addition and regrades: stored claims naming the source now resolve to it.
            var added = await corroboration.AddSourceAsync(source, user.Identity?.Name ?? "anonymous", cancellationToken);
            if (!added.Done)
            {
                return Problems.Conflict(added.Message);
            }
        }
        else
        {
            await store.SaveSourcesAsync([source], cancellationToken);
            await audit.RecordAsync(user, "source.add", "source:" + source.Id, SourceView.From(source), cancellationToken);
        }
        return TypedResults.Created($"/api/sources/{Uri.EscapeDataString(source.Id)}", SourceView.From(source));
    }

    private static async Task<Results<Ok<SourceView>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        SourceCatalog catalog, IServiceProvider services, string id, SourceMergeRequest body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        if (string.IsNullOrWhiteSpace(body.Into))
        {
            errors["into"] = ["name the source to merge into"];
        }
        ApiFilters.Text(body.Into, "into", ApiFilters.MaxFilterChars, errors);
        ApiFilters.Text(body.Note, "note", ApiFilters.MaxNoteChars, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (services.GetService<CorroborationService>() is not { } corroboration)
        {
            return Problems.Conflict("this app's events do not come from the ledger's corroboration, which keeps source merges");
        }
        var merged = await corroboration.MergeSourcesAsync(id, body.Into.Trim(), user.Identity?.Name ?? "anonymous", body.Note, cancellationToken);
        if (!merged.Done)
        {
            return Problems.Conflict(merged.Message);
        }
        return await catalog.FindAsync(body.Into.Trim(), cancellationToken) is { } into ? TypedResults.Ok(SourceView.From(into)) : Problems.NotFound("source", body.Into);
    }

    private static async Task<Results<Ok<SourceView>, ValidationProblem, ProblemHttpResult>> AddAliasAsync(
        ILedgerStore store, SourceCatalog catalog, Audit audit, string id, NewAlias body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Alias))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["alias"] = ["an alias cannot be empty"] });
        }
        var errors = ApiFilters.Errors();
        if (ApiFilters.Text(body.Alias, "alias", ApiFilters.MaxFilterChars, errors) is not null && errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
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

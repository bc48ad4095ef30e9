using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries;
using Triangulate.Summaries.Dossiers;
using Triangulate.Web.Events;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

public sealed record NewVerdict(string Value, string? Note, string? Evidence);

public sealed record MergeRequest(IReadOnlyList<long> EventIds, string? Note);

public sealed record SplitRequest(IReadOnlyList<long> ClaimIds, string? Note);

/// <summary>A verdict with the event it judges.</summary>
public sealed record EventVerdict(long EventId, VerdictView Verdict);

internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        var events = api.MapGroup("/events").WithTags("Events");
        events.MapGet("/", ListAsync).RequireAuthorization(AccessNames.CanRead).WithName("ListEvents")
            .WithSummary("Events filtered by box, place and radius, time, kind, side, source, credibility, independent origins and text");
        events.MapGet("/{id:long}", GetAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetEvent")
            .WithSummary("An event with its claims in their reports, provenance tree, contradictions, verdicts and grade");
        events.MapGet("/timeline", TimelineAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetEventTimeline");
        events.MapGet("/figures", FiguresAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetEventFigures")
            .WithSummary("Casualty and loss figures of the filtered events, summed by place and period (period=month|week|day), with the claims they come from");
        events.MapGet("/{id:long}/dossier", DossierAsync).RequireAuthorization(AccessNames.CanRead).WithName("GetEventDossier")
            .WithSummary("A dossier on one event, ready to cite: format=html (one self-contained page) or md");
        events.MapGet("/export", ExportAsync).RequireAuthorization(AccessNames.CanRead).WithName("ExportEvents");
        events.MapPost("/{id:long}/verdicts", AddVerdictAsync).RequireAuthorization(AccessNames.CanAnalyse)
            .AddEndpointFilter<AntiforgeryCheck>().WithName("AddEventVerdict");
        events.MapPost("/merge", MergeAsync).RequireAuthorization(AccessNames.CanAnalyse).AddEndpointFilter<AntiforgeryCheck>().WithName("MergeEvents");
        events.MapPost("/{id:long}/split", SplitAsync).RequireAuthorization(AccessNames.CanAnalyse)
            .AddEndpointFilter<AntiforgeryCheck>().WithName("SplitEvent");
        api.MapGet("/verdicts", VerdictsAsync).WithTags("Verdicts").RequireAuthorization(AccessNames.CanRead).WithName("ListVerdicts");
        api.MapGet("/evidence", EvidenceAsync).WithTags("Verdicts").RequireAuthorization(AccessNames.CanRead).WithName("ListEvidence")
            .WithSummary("Verdicts that cite evidence (a control map, an official list)");
        return api;
    }

    /// <summary>The filters of an event listing as the query string gives them.</summary>
    internal sealed record EventQuery(
        string? Bbox, double? Lat, double? Lon, double? RadiusKm, string? Place, DateOnly? Since, DateOnly? Until, string? Kind, string? Side,
        string? Source, string? Origin, string? Credibility, int? MinOrigins, bool? Hedged, bool? FoldFragments, string? Q, int? Offset, int? Limit)
    {
        public (EventFilter Filter, int Offset, int Limit)? Parse(Dictionary<string, string[]> errors)
        {
            var filter = new EventFilter
            {
                Box = ApiFilters.Box(Bbox, errors),
                Lat = Lat,
                Lon = Lon,
                RadiusKm = RadiusKm,
                Place = Place,
                Since = Since,
                Until = Until,
                Kind = ApiFilters.Enum<ClaimKind>(Kind, "kind", errors),
                Side = ApiFilters.Enum<Model.Side>(Side, "side", errors),
                Source = Source,
                Origin = Origin,
                Credibility = CredibilityDigits(Credibility, errors),
                MinIndependentOrigins = MinOrigins,
                Hedged = Hedged,
                FoldFragments = FoldFragments ?? false,
                Text = Q,
            };
            ApiFilters.Radius(Lat, Lon, RadiusKm, errors);
            foreach (var (text, parameter) in new[] { (Place, "place"), (Source, "source"), (Q, "q"), (Credibility, "credibility") })
            {
                ApiFilters.Text(text, parameter, ApiFilters.MaxFilterChars, errors);
            }
            if (MinOrigins is < 0)
            {
                errors["minOrigins"] = ["minOrigins cannot be negative"];
            }
            var paging = ApiFilters.Paging(Offset, Limit, errors);
            return errors.Count > 0 ? null : (filter, paging.Offset, paging.Limit);
        }
    }

    /// <summary>An event's grade is a credibility digit, 1 (confirmed) to 6 (cannot be judged): letters grade sources, not events.</summary>
    private static ImmutableArray<string> CredibilityDigits(string? text, Dictionary<string, string[]> errors)
    {
        var digits = text is null ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (digits.Any(digit => digit is not ("1" or "2" or "3" or "4" or "5" or "6")))
        {
            errors["credibility"] = ["an event's credibility is a digit from 1 (confirmed) to 6 (cannot be judged); give one or more, comma-separated"];
        }
        return [.. digits];
    }

    private static async Task<Results<EventSummaryPage, ValidationProblem>> ListAsync(
        EventBook book, [AsParameters] EventQuery query, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        if (query.Parse(errors) is not var (filter, offset, limit))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return new EventSummaryPage(Page<string>.FromOverfetch(await book.ListJsonAsync(filter, offset, limit + 1, cancellationToken), offset, limit));
    }

    private static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> GetAsync(EventBook book, long id, CancellationToken cancellationToken) =>
        await book.GetAsync(id, cancellationToken) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound("event", id);

    private static async Task<Results<Ok<IReadOnlyList<DayCount>>, ValidationProblem>> TimelineAsync(
        EventBook book, [AsParameters] EventQuery query, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        if (query.Parse(errors) is not var (filter, _, _))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await book.PerDayAsync(filter, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<FigureRow>>, ValidationProblem>> FiguresAsync(
        EventBook book, [AsParameters] EventQuery query, string? period, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        if (!Figures.IsPeriod(period))
        {
            errors["period"] = ["period is month, week or day"];
        }
        if (query.Parse(errors) is not var (filter, _, _))
        {
            return TypedResults.ValidationProblem(errors);
        }
        return TypedResults.Ok(await book.FiguresAsync(filter, period ?? "month", cancellationToken));
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> DossierAsync(
        IEventSource source, TimeProvider time, HttpResponse response, long id, string? format, CancellationToken cancellationToken)
    {
        // The page is one file with its styles inline and no script: let it style itself, and nothing more.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        if (format is not (null or "html" or "md"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["format is html or md"] });
        }
        if (await source.DossierAsync(id, time.GetUtcNow(), cancellationToken) is not { } dossier)
        {
            return Problems.NotFound("event", id);
        }
        var name = $"event-e{id.ToString(CultureInfo.InvariantCulture)}";
        return format == "md"
            ? TypedResults.File(Encoding.UTF8.GetBytes(DossierMarkdown.Write(dossier)), "text/markdown; charset=utf-8", name + ".md")
            : TypedResults.File(Encoding.UTF8.GetBytes(DossierHtml.Write(dossier)), "text/html; charset=utf-8", name + ".html");
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        EventBook book, [AsParameters] EventQuery query, string? format, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var exportFormat = Exports.ParseFormat(format, errors);
        if (query.Parse(errors) is not var (filter, offset, _) || exportFormat is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var events = await book.ListAsync(filter, offset, query.Limit ?? int.MaxValue, cancellationToken);
        return Exports.Events(events, exportFormat.Value);
    }

    private static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> AddVerdictAsync(
        EventBook book, IEventSource source, Audit audit, TimeProvider time, long id, NewVerdict body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = ApiFilters.Errors();
        var value = ApiFilters.Enum<VerdictValue>(body.Value, "value", errors);
        if (value is null)
        {
            errors.TryAdd("value", ["confirmed, refuted or unresolved"]);
        }
        ApiFilters.Text(body.Note, "note", ApiFilters.MaxNoteChars, errors);
        ApiFilters.Text(body.Evidence, "evidence", ApiFilters.MaxNoteChars, errors);
        if (errors.Count > 0 || value is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await book.ExistsAsync(id, cancellationToken))
        {
            return Problems.NotFound("event", id);
        }
        var verdict = new Verdict(VerdictTarget.Event, id, value.Value, user.Identity?.Name ?? "anonymous", time.GetUtcNow(), body.Note, body.Evidence);
        return await ApplyAsync(book, source, audit, user, "event.verdict", $"event:{id}", body, id,
            () => source.AddVerdictAsync(verdict, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> MergeAsync(
        EventBook book, IEventSource source, Audit audit, MergeRequest body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var ids = body.EventIds?.Distinct().ToList() ?? [];
        if (ids.Count < 2)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["eventIds"] = ["merge needs two events or more"] });
        }
        var errors = ApiFilters.Errors();
        ApiFilters.Text(body.Note, "note", ApiFilters.MaxNoteChars, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        foreach (var id in ids)
        {
            if (!await book.ExistsAsync(id, cancellationToken))
            {
                return Problems.NotFound("event", id);
            }
        }
        return await ApplyAsync(book, source, audit, user, "event.merge", "events:" + string.Join(',', ids), body, ids.Min(),
            () => source.MergeAsync(ids, user.Identity?.Name ?? "anonymous", body.Note, cancellationToken), cancellationToken);
    }

    private static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> SplitAsync(
        EventBook book, IEventSource source, Audit audit, long id, SplitRequest body, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (body.ClaimIds is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["claimIds"] = ["name the claims to split off"] });
        }
        var errors = ApiFilters.Errors();
        ApiFilters.Text(body.Note, "note", ApiFilters.MaxNoteChars, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!await book.ExistsAsync(id, cancellationToken))
        {
            return Problems.NotFound("event", id);
        }
        return await ApplyAsync(book, source, audit, user, "event.split", $"event:{id}", body, id,
            () => source.SplitAsync(id, body.ClaimIds, user.Identity?.Name ?? "anonymous", body.Note, cancellationToken), cancellationToken);
    }

    /// <summary>Makes a change, audits it, and answers with the event as it now stands.</summary>
    private static async Task<Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        EventBook book, IEventSource source, Audit audit, ClaimsPrincipal user, string action, string target, object detail, long resultId,
        Func<Task<EventChange>> change, CancellationToken cancellationToken)
    {
        var outcome = await change();
        if (!outcome.Done)
        {
            return Problems.Conflict(outcome.Problem ?? "the change was refused");
        }
        if (!source.AuditsChanges)
        {
            await audit.RecordAsync(user, action, target, detail, cancellationToken);
        }
        return await book.GetAsync(resultId, cancellationToken) is { } updated
            ? TypedResults.Ok(updated)
            : Problems.NotFound("event", resultId);
    }

    private static async Task<Ok<IReadOnlyList<EventVerdict>>> VerdictsAsync(IEventSource source, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListVerdictsAsync(source, evidenceOnly: false, cancellationToken));

    private static async Task<Ok<IReadOnlyList<EventVerdict>>> EvidenceAsync(IEventSource source, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListVerdictsAsync(source, evidenceOnly: true, cancellationToken));

    private static async Task<IReadOnlyList<EventVerdict>> ListVerdictsAsync(IEventSource source, bool evidenceOnly, CancellationToken cancellationToken) =>
        [.. (await source.ListAsync(cancellationToken))
            .SelectMany(e => (e.Verdicts.IsDefault ? ImmutableArray<Verdict>.Empty : e.Verdicts).Select(v => (e.Id, v)))
            .Where(pair => !evidenceOnly || pair.v.Evidence is not null)
            .OrderByDescending(pair => pair.v.At)
            .Select(pair => new EventVerdict(pair.Id, new VerdictView(LedgerJson.EnumName(pair.v.Value), pair.v.By, pair.v.At, pair.v.Note, pair.v.Evidence)))];
}

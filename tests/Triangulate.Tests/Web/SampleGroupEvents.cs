using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Web.Events;

namespace Triangulate.Tests.Web;

/// <summary>
/// A stand-in for the corroboration stage: the events are the intended claim groups of the samples
/// (TestData/corroboration/samples-groups.json), each holding the claims of its reports that have the group's kind.
/// Grades follow a simple stated rule so that a verdict visibly moves them: confirmed → A1, refuted → E5, otherwise
/// C3 with two independent origins or more and D4 with fewer.
/// </summary>
internal sealed class SampleGroupEvents : IEventSource
{
    private readonly object gate = new();
    private ImmutableList<Event> events;

    private SampleGroupEvents(ImmutableList<Event> events) => this.events = events;

    public static async Task<SampleGroupEvents> BuildAsync(ILedgerStore store)
    {
        var map = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "corroboration", "samples-groups.json")));
        var claims = await store.ListClaimsAsync(new ClaimQuery { Limit = int.MaxValue });
        var list = ImmutableList.CreateBuilder<Event>();
        long id = 0;
        foreach (var group in map.RootElement.GetProperty("groups").EnumerateArray())
        {
            var reportIds = group.GetProperty("reports").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet(StringComparer.Ordinal);
            Triangulate.Export.ContractNames.TryParse<ClaimKind>(group.GetProperty("kind").GetString() ?? "", out var kind);
            var members = claims.Where(c => c.ExternalId is not null && reportIds.Contains(c.ExternalId) && c.Claim.Kind == kind).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            var origins = members.Select(c => c.Claim.Chain.Origin.Source).DistinctBy(s => s.SourceId ?? NameKey.Fold(s.Name)).ToList();
            var bySide = origins.GroupBy(s => s.Side).ToImmutableDictionary(g => g.Key, g => g.Count());
            list.Add(Regrade(new Event(++id, kind, [.. members.Select(c => c.Id)], [.. origins.Select(o => o.Name)], origins.Count, bySide, [], [], null)));
        }
        return new SampleGroupEvents(list.ToImmutable());
    }

    public Task<IReadOnlyList<Event>> ListAsync(CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Event>>(events);
        }
    }

    public Task<EventChange> AddVerdictAsync(Verdict verdict, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var target = events.Single(e => e.Id == verdict.TargetId);
            events = events.Replace(target, Regrade(target with { Verdicts = target.Verdicts.Add(verdict) }));
            return Task.FromResult(EventChange.Ok);
        }
    }

    public Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var merged = events.Where(e => eventIds.Contains(e.Id)).ToList();
            var keep = merged.MinBy(e => e.Id)!;
            events = events.RemoveAll(e => eventIds.Contains(e.Id) && e.Id != keep.Id)
                .Replace(keep, keep with { ClaimIds = [.. merged.SelectMany(e => e.ClaimIds)] });
            return Task.FromResult(EventChange.Ok);
        }
    }

    public Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            var source = events.Single(e => e.Id == eventId);
            var moved = source.ClaimIds.Where(claimIds.Contains).ToImmutableArray();
            if (moved.IsEmpty || moved.Length == source.ClaimIds.Length)
            {
                return Task.FromResult(EventChange.Refused("split needs some but not all of the event's claims"));
            }
            events = events.Replace(source, source with { ClaimIds = source.ClaimIds.RemoveRange(moved) })
                .Add(source with { Id = events.Max(e => e.Id) + 1, ClaimIds = moved, Verdicts = [] });
            return Task.FromResult(EventChange.Ok);
        }
    }

    private static Event Regrade(Event e)
    {
        var latest = e.Verdicts.IsDefaultOrEmpty ? null : e.Verdicts.MaxBy(v => v.At);
        var grade = latest?.Value switch
        {
            VerdictValue.Confirmed => new Grade("A1", $"confirmed by {latest.By}"),
            VerdictValue.Refuted => new Grade("E5", $"refuted by {latest.By}"),
            _ when e.IndependentOrigins >= 2 => new Grade("C3", $"{e.IndependentOrigins} independent origins, no verdict"),
            _ => new Grade("D4", $"{e.IndependentOrigins} independent origin, no verdict"),
        };
        return e with { Credibility = grade };
    }
}

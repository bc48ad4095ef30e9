using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Corroboration.Evaluation;

/// <summary>
/// One real published report of the corpus (<c>data/real/reports.jsonl</c>): <see cref="Group"/> is the relay group it
/// belongs to, if any, and <see cref="Role"/> whether it carries the group's statement or denies it.
/// </summary>
public sealed record RealReport(string Id, Report Report, string? Group, string? Role);

/// <summary>
/// A relay group (<c>data/real/groups.json</c>): one statement by one origin, carried by the reports
/// <see cref="Carriers"/> and denied by <see cref="Denials"/>.
/// </summary>
public sealed record RealGroup(
    string Id,
    string? Statement,
    string? Origin,
    string? Kind,
    string? Place,
    string? Date,
    ImmutableArray<string> Carriers,
    ImmutableArray<string> Denials);

/// <summary>The corpus as read, with every line or entry that could not be read and why (each naming its file).</summary>
public sealed record RealCorpus(ImmutableArray<RealReport> Reports, ImmutableArray<RealGroup> Groups, ImmutableArray<string> Problems)
{
    public const string ReportsFile = "reports.jsonl";
    public const string GroupsFile = "groups.json";
    public const string SplitFile = "split.json";

    /// <summary>
    /// Reads a corpus folder: <c>reports.jsonl</c> (one <c>{id, publisher, url, published, language, title, text,
    /// group, group_role}</c> a line; <c>published</c> an ISO date or null), <c>groups.json</c> (an array of <c>{id,
    /// statement, origin, kind, place, date, carriers, denials}</c>) and, with <paramref name="split"/>, the ids of that
    /// part of <c>split.json</c> (<c>{"dev": [...], "test": [...]}</c>; report ids, or group ids standing for all their
    /// reports). A bad line or entry is reported and skipped; the rest is read.
    /// </summary>
    public static RealCorpus Read(string directory, string? split = null)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var reports = ReadReports(Path.Combine(directory, ReportsFile), problems);
        var groups = ReadGroups(Path.Combine(directory, GroupsFile), problems);
        var known = reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var missing = group.Carriers.Concat(group.Denials).Where(id => !known.Contains(id)).ToList();
            if (missing.Count > 0)
            {
                problems.Add($"{GroupsFile}: group {group.Id} names reports not in {ReportsFile}: {string.Join(", ", missing)}");
            }
        }
        if (split is null)
        {
            return new RealCorpus(reports, groups, problems.ToImmutable());
        }
        var part = ReadSplit(Path.Combine(directory, SplitFile), split, problems);
        var inPart = reports.Where(r => part.Contains(r.Id) || (r.Group is { } g && part.Contains(g))).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var kept = groups.Where(g => part.Contains(g.Id) || g.Carriers.Any(inPart.Contains)).ToImmutableArray();
        foreach (var straddling in kept.Where(g => g.Carriers.Concat(g.Denials).Any(id => known.Contains(id) && !inPart.Contains(id))))
        {
            problems.Add($"{SplitFile}: group {straddling.Id} has reports outside the {split} split; it is scored on those inside");
        }
        return new RealCorpus([.. reports.Where(r => inPart.Contains(r.Id))], kept, problems.ToImmutable());
    }

    private static ImmutableArray<RealReport> ReadReports(string path, ImmutableArray<string>.Builder problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{path}: no such file");
            return [];
        }
        var reports = ImmutableArray.CreateBuilder<RealReport>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = Required(root, "id");
                if (!seen.Add(id))
                {
                    problems.Add($"{ReportsFile}:{number}: report {id} appears twice; the first is kept");
                    continue;
                }
                var published = Optional(root, "published") is { } date ? ParseDate(date) : (DateTimeOffset?)null;
                var report = new Report(id, Required(root, "publisher"), Optional(root, "url"), published, Required(root, "language"),
                    Optional(root, "title"), Required(root, "text"), new InputLocation(path, number));
                reports.Add(new RealReport(id, report, Optional(root, "group"), Optional(root, "group_role")));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                problems.Add($"{ReportsFile}:{number}: {e.Message}");
            }
        }
        return reports.ToImmutable();
    }

    private static ImmutableArray<RealGroup> ReadGroups(string path, ImmutableArray<string>.Builder problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{path}: no such file");
            return [];
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            problems.Add($"{GroupsFile}: {e.Message}");
            return [];
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{GroupsFile}: expected an array of groups");
                return [];
            }
            var groups = ImmutableArray.CreateBuilder<RealGroup>();
            var index = 0;
            foreach (var entry in json.RootElement.EnumerateArray())
            {
                index++;
                try
                {
                    groups.Add(new RealGroup(Required(entry, "id"), Optional(entry, "statement"), Optional(entry, "origin"), Optional(entry, "kind"),
                        Optional(entry, "place"), Optional(entry, "date"), Ids(entry, "carriers"), Ids(entry, "denials")));
                }
                catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException)
                {
                    problems.Add($"{GroupsFile}: group {index}: {e.Message}");
                }
            }
            return groups.ToImmutable();
        }
    }

    private static HashSet<string> ReadSplit(string path, string split, ImmutableArray<string>.Builder problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{path}: no such file; the whole corpus is scored");
            return [];
        }
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            if (!json.RootElement.TryGetProperty(split, out var ids) || ids.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{SplitFile}: no \"{split}\" list");
                return [];
            }
            return ids.EnumerateArray().Select(id => id.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            problems.Add($"{SplitFile}: {e.Message}");
            return [];
        }
    }

    private static DateTimeOffset ParseDate(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? parsed
            : throw new FormatException($"'published' is not an ISO date: {text}");

    private static string Required(JsonElement element, string name) =>
        Optional(element, name) ?? throw new KeyNotFoundException($"no '{name}'");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static ImmutableArray<string> Ids(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? [.. value.EnumerateArray().Select(id => id.GetString() ?? throw new InvalidOperationException($"'{name}' holds a non-string id"))]
            : [];
}

using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Rendering;
using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Summaries;
using Triangulate.Summaries.Dossiers;

namespace Triangulate.Cli.Commands;

/// <summary><c>event show|merge|split</c>: one event in full, and the analyst's corrections of the grouping.</summary>
internal static class EventCommand
{
    public static Command Create() => new("event", "Show or export one event; merge or split events (recorded in the audit log)")
    {
        Show(), Export(), Merge(), Split(),
    };

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "An event (e12 or 12)" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", "Claims, reports, the provenance tree of origins and relays, contradictions, verdicts and the grade") { id, database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryEventId(parse, id, out var eventId))
            {
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var corroboration = LedgerServices.Corroboration(store);
            if (await corroboration.GetEventAsync(eventId, cancellationToken) is not { } found)
            {
                error.WriteLine($"no event e{eventId} in the ledger");
                return ExitCodes.NotFound;
            }
            var contradicted = new List<CorroboratedEvent>();
            foreach (var other in found.Contradicts)
            {
                if (await corroboration.GetEventAsync(other, cancellationToken) is { } e)
                {
                    contradicted.Add(e);
                }
            }
            var output = parse.InvocationConfiguration.Output;
            var summaries = await ClaimSummaries.ReadAsync(store, found.Claims.Select(c => c.ClaimId), cancellationToken);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, new
                {
                    @event = EventJson.From(found, summaries),
                    independent = found.IndependentOrigins.Select(c => new { side = ContractNames.Of(c.Side), origins = c.Origins.Select(o => o.Name), reasons = c.Reasons }),
                    notCounted = found.DerivativeOrigins.Select(o => o.Name),
                    contradicted = contradicted.Select(EventJson.From),
                });
            }
            else
            {
                Write(Terminal.For(output), found, contradicted, summaries);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, CorroboratedEvent e, IReadOnlyList<CorroboratedEvent> contradicted, IReadOnlyDictionary<long, string> summaries)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string? value) => grid.AddRow(new Spectre.Console.Text(label), new Spectre.Console.Text(value ?? "—"));
        Row("event", $"e{e.Id}");
        Row("kind", $"{ContractNames.Of(e.Kind)}, gaining/acting side {ContractNames.Of(e.ActingSide)}");
        Row("places", string.Join("; ", e.Places.Select(p => FormattableString.Invariant($"{p.Name} ({p.Id}, {p.Lat:F4}, {p.Lon:F4})"))));
        Row("dates", (e.FirstDay is null ? "undated" : $"{e.FirstDay:yyyy-MM-dd} .. {e.LastDay:yyyy-MM-dd}")
            + $"; {e.ReportIds.Length} report(s), {e.Claims.Length} claim(s)" + (e.UndatedClaims.IsEmpty ? "" : $", {e.UndatedClaims.Length} undated (c{string.Join(", c", e.UndatedClaims)})"));
        Row("independent origins", $"{e.IndependentOriginCount} ({EventJson.BySide(e)})");
        Row("credibility", e.Credibility.Explanation);
        Row("repeats", e.Repeats is { } earlier ? $"e{earlier}" + (e.RepeatedBy.IsEmpty ? "" : $"; repeated by e{string.Join(", e", e.RepeatedBy)}") : e.RepeatedBy.IsEmpty ? null : $"repeated by e{string.Join(", e", e.RepeatedBy)}");
        foreach (var line in e.CopyLines)
        {
            Row("copy line", $"c{string.Join(", c", line.ClaimIds)}: {line.Reason}");
        }
        console.Write(grid);

        var claims = new Table().Title("Claims").AddColumns("claim", "report", "external id", "publisher", "date", "origin", "relays", "summary", "text");
        foreach (var c in e.Claims)
        {
            claims.AddRow(
                "c" + c.ClaimId.ToString(CultureInfo.InvariantCulture), "r" + c.ReportId.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(Terminal.Clip(c.ExternalId ?? "", 24)), Markup.Escape(c.Publisher),
                c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Markup.Escape(c.Origin.Name),
                Markup.Escape(string.Join(" → ", c.Relays.Select(r => r.Name))), Markup.Escape(summaries.GetValueOrDefault(c.ClaimId, "")),
                Markup.Escape(Terminal.Clip(c.Text, 70)));
        }
        console.Write(claims);

        console.Write(ProvenanceTree(e));
        console.WriteLine();

        var against = new Table().Title("Contradicts").AddColumns("event", "kind", "side", "first", "claim");
        foreach (var other in contradicted)
        {
            against.AddRow("e" + other.Id.ToString(CultureInfo.InvariantCulture), ContractNames.Of(other.Kind), ContractNames.Of(other.ActingSide),
                other.FirstDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated", Markup.Escape(Terminal.Clip(other.Claims[0].Text, 80)));
        }
        console.Write(against);

        var verdicts = new Table().Title("Verdicts").AddColumns("value", "by", "at", "note", "evidence");
        foreach (var v in e.Verdicts)
        {
            verdicts.AddRow(v.Value.ToString().ToLowerInvariant(), Markup.Escape(v.By), v.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Markup.Escape(v.Note ?? ""), Markup.Escape(v.Evidence ?? ""));
        }
        console.Write(verdicts);
        console.WriteLine($"deciding verdict: {(e.Verdict is { } d ? $"{d.Value.ToString().ToLowerInvariant()} ({d.By})" : "none")}");
    }

    /// <summary>Each independent origin, the affiliated or copied origins folded into it, and every chain of relays that carried it.</summary>
    private static Tree ProvenanceTree(CorroboratedEvent e)
    {
        var tree = new Tree("[bold]provenance[/]");
        foreach (var cluster in e.IndependentOrigins)
        {
            var node = tree.AddNode($"[bold]independent origin[/] ({ContractNames.Of(cluster.Side)}): {Markup.Escape(string.Join(" + ", cluster.Origins.Select(o => o.Name)))}");
            foreach (var reason in cluster.Reasons)
            {
                node.AddNode("[dim]joined because " + Markup.Escape(reason) + "[/]");
            }
            var keys = cluster.Origins.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            AddChains(node, e, e.Claims.Where(c => keys.Contains(c.Origin.Key)));
        }
        if (!e.DerivativeOrigins.IsEmpty)
        {
            var passed = tree.AddNode("[bold]not counted[/] (outlets or unnamed speakers passing the claim on, or voices heard only undated)");
            var keys = e.DerivativeOrigins.Select(o => o.Key).ToHashSet(StringComparer.Ordinal);
            AddChains(passed, e, e.Claims.Where(c => keys.Contains(c.Origin.Key)));
        }
        return tree;
    }

    /// <summary>
    /// Each path a claim took: its origin and relays, then the publisher that printed it, which is never a relay; the
    /// reprints of a copy line follow the report they copy, whatever attribution their rewrite kept.
    /// </summary>
    private static void AddChains(TreeNode node, CorroboratedEvent e, IEnumerable<EventClaim> claims)
    {
        var byId = e.Claims.ToDictionary(c => c.ClaimId);
        var leadOf = e.CopyLines
            .SelectMany(line => line.ClaimIds.Where(id => byId[id].ReportId != byId[line.Lead].ReportId).Select(id => (id, Lead: byId[line.Lead])))
            .ToDictionary(p => p.id, p => p.Lead);
        foreach (var chain in claims.GroupBy(c => Path(leadOf.GetValueOrDefault(c.ClaimId) ?? c)
            + (leadOf.ContainsKey(c.ClaimId) ? $", copied by {c.Publisher}" : ""), StringComparer.Ordinal))
        {
            node.AddNode(Markup.Escape(chain.Key) + $" [dim](c{string.Join(", c", chain.Select(c => c.ClaimId))})[/]");
        }
    }

    private static string Path(EventClaim c) => string.Join(" → ", c.Relays.Select(r => r.Name).Prepend(c.Origin.Name))
        + (c.Origin.Name == c.Publisher ? "" : $" (published by {c.Publisher})");

    private static Command Export()
    {
        var id = new Argument<string>("id") { Description = "An event (e12 or 12)" };
        var database = CommonOptions.Database();
        var format = new Option<string>("--format", "-f") { Description = "html (one self-contained page) or md (Markdown)", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "md");
        var output = CommonOptions.Out();
        var command = new Command("export", "A dossier on the event, ready to cite: claims with quotations and links, provenance, independent origins, contradictions, control maps, figures, verdicts and grade")
        {
            id, database, format, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryEventId(parse, id, out var eventId))
            {
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            var dossier = await DossierReader.ReadAsync(store, LedgerServices.Corroboration(store), eventId, TimeProvider.System.GetUtcNow(), cancellationToken);
            if (dossier is null)
            {
                error.WriteLine($"no event e{eventId} in the ledger");
                return ExitCodes.NotFound;
            }
            var text = parse.GetValue(format) == "md" ? DossierMarkdown.Write(dossier) : DossierHtml.Write(dossier);
            await OutputTarget.WriteAsync(parse.GetValue(output), parse.InvocationConfiguration.Output,
                writer => writer.Write(text), $"the dossier on e{eventId}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Merge()
    {
        var ids = new Argument<string[]>("ids") { Description = "Two or more events (e12 e15 …)", Arity = ArgumentArity.OneOrMore };
        var database = CommonOptions.Database();
        var by = By();
        var note = Note();
        var command = new Command("merge", "Merge events into one; remembered on every regrouping") { ids, database, by, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var eventIds = new List<long>();
            foreach (var text in parse.GetRequiredValue(ids))
            {
                if (!EventJson.TryParseId(text, out var id))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"'{text}' is not an event id (try e12)");
                    return ExitCodes.Failed;
                }
                eventIds.Add(id);
            }
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var change = await LedgerServices.Corroboration(store).MergeAsync(eventIds, parse.GetRequiredValue(by), parse.GetValue(note), cancellationToken);
            return Report(parse, change);
        });
        return command;
    }

    private static Command Split()
    {
        var id = new Argument<string>("id") { Description = "The event to split (e12)" };
        var claims = new Option<string>("--claims") { Description = "The claims that leave it to form their own event: c1,c2", Required = true };
        var database = CommonOptions.Database();
        var by = By();
        var note = Note();
        var command = new Command("split", "Move some claims of an event into an event of their own; remembered on every regrouping") { id, claims, database, by, note };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryEventId(parse, id, out var eventId))
            {
                return ExitCodes.Failed;
            }
            var claimIds = new List<long>();
            foreach (var text in parse.GetRequiredValue(claims).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!LedgerId.TryParse(text.StartsWith('c') || text.StartsWith("claim:", StringComparison.Ordinal) ? text : "c" + text, out var claimId) || claimId.Kind != LedgerIdKind.Claim)
                {
                    error.WriteLine($"'{text}' is not a claim id (try c34)");
                    return ExitCodes.Failed;
                }
                claimIds.Add(claimId.Number);
            }
            await using var store = await LedgerServices.OpenGroupedAsync(parse.GetRequiredValue(database), cancellationToken);
            var change = await LedgerServices.Corroboration(store).SplitAsync(eventId, claimIds, parse.GetRequiredValue(by), parse.GetValue(note), cancellationToken);
            return Report(parse, change);
        });
        return command;
    }

    /// <summary>Reads the event argument (e12, event:12 or 12), or says on standard error that it is none.</summary>
    private static bool TryEventId(ParseResult parse, Argument<string> id, out long eventId)
    {
        if (EventJson.TryParseId(parse.GetRequiredValue(id), out eventId))
        {
            return true;
        }
        parse.InvocationConfiguration.Error.WriteLine($"'{parse.GetRequiredValue(id)}' is not an event id (try e12)");
        return false;
    }

    internal static Option<string> By() => new("--by") { Description = "Who does this (for the audit log)", DefaultValueFactory = _ => Environment.UserName };

    internal static Option<string?> Note() => new("--note") { Description = "Why (kept with the change and in the audit log)" };

    internal static int Report(ParseResult parse, EventChange change)
    {
        (change.Done ? parse.InvocationConfiguration.Output : parse.InvocationConfiguration.Error).WriteLine(change.Message);
        return change.Done ? ExitCodes.Ok : ExitCodes.Failed;
    }
}

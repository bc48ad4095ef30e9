using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "A report (r12, report:12) or a claim (c34, claim:34); a bare number (12) names whichever exists" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("show", "Show one report or claim with everything known about it") { id, database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var idText = parse.GetRequiredValue(id);
            if (!LedgerId.TryParse(idText, out var target))
            {
                error.WriteLine($"'{idText}' is not a report or claim id (try r12 or c34)");
                return ExitCodes.Failed;
            }
            var json = parse.GetValue(format) == OutputFormat.Json;
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            if (target.Kind == LedgerIdKind.Either)
            {
                // A bare number names whichever of r12 and c12 exists; both existing, the prefix must choose.
                var asReport = await store.GetReportAsync(target.Number, cancellationToken) is not null;
                var asClaim = await store.GetClaimAsync(target.Number, cancellationToken) is not null;
                if (asReport && asClaim)
                {
                    error.WriteLine($"{target.Number} is both report r{target.Number} and claim c{target.Number}: give the prefix");
                    return ExitCodes.Failed;
                }
                target = target with { Kind = asClaim ? LedgerIdKind.Claim : LedgerIdKind.Report };
            }
            if (target.Kind == LedgerIdKind.Claim)
            {
                var claim = await store.GetClaimAsync(target.Number, cancellationToken);
                var report = claim is null ? null : await store.GetReportAsync(claim.ReportId, cancellationToken);
                if (claim is null || report is null)
                {
                    error.WriteLine($"no claim c{target.Number} in the ledger");
                    return ExitCodes.NotFound;
                }
                if (json)
                {
                    Listing.WriteJson(output, new
                    {
                        claim = StoredClaimDto.From(claim, CodePointOffsets.For(report.Text)),
                        report = StoredReportDto.From(report),
                        reportText = report.Text,
                    });
                }
                else
                {
                    WriteClaim(Terminal.For(output), claim, report);
                }
                return ExitCodes.Ok;
            }
            var stored = await store.GetReportAsync(target.Number, cancellationToken);
            if (stored is null)
            {
                error.WriteLine(target.Kind == LedgerIdKind.Either
                    ? $"no report r{target.Number} or claim c{target.Number} in the ledger"
                    : $"no report r{target.Number} in the ledger");
                return ExitCodes.NotFound;
            }
            var places = await store.GetPlaceMentionsAsync(stored.Id, cancellationToken);
            var claims = await store.ListClaimsAsync(new ClaimQuery { ReportId = stored.Id, Limit = int.MaxValue }, cancellationToken);
            if (json)
            {
                var offsets = CodePointOffsets.For(stored.Text);
                Listing.WriteJson(output, new
                {
                    report = StoredReportDto.From(stored),
                    text = stored.Text,
                    places = places.Select(place => PlaceMentionDto.From(place, offsets)),
                    claims = claims.Select(claim => StoredClaimDto.From(claim, offsets)),
                });
            }
            else
            {
                WriteReport(Terminal.For(output), stored, places, claims);
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteReport(IAnsiConsole console, StoredReport report, IReadOnlyList<PlaceMention> places, IReadOnlyList<StoredClaim> claims)
    {
        WriteHeader(console, report);
        console.WriteLine();
        console.Write(new Panel(new Spectre.Console.Text(report.Text)).Header("text").Expand());
        var placeTable = new Table().Title("Places").AddColumns("span", "as written", "place", "id", "precision", "confidence");
        foreach (var mention in places)
        {
            placeTable.AddRow(
                Markup.Escape(mention.Span.ToString()), Markup.Escape(mention.Text), Markup.Escape(mention.Place?.Name ?? "?"),
                Markup.Escape(mention.Place?.Id ?? ""), ContractNames.Of(mention.Precision),
                mention.Confidence.ToString("F2", CultureInfo.InvariantCulture));
        }
        console.Write(placeTable);
        foreach (var claim in claims)
        {
            WriteClaimFrame(console, claim);
        }
    }

    private static void WriteClaim(IAnsiConsole console, StoredClaim claim, StoredReport report)
    {
        WriteClaimFrame(console, claim);
        WriteHeader(console, report);
        var span = claim.Claim.Span;
        // The claim's words are marked in the report's own text, so the reader sees exactly what was read.
        var marked = new Markup(
            Markup.Escape(report.Text[..span.Start]) + "[bold yellow]⟦" + Markup.Escape(span.Slice(report.Text)) + "⟧[/]" +
            Markup.Escape(report.Text[span.End..]));
        console.Write(new Panel(marked).Header("report text, the claim marked ⟦…⟧").Expand());
    }

    private static void WriteHeader(IAnsiConsole console, StoredReport report)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string? value) => grid.AddRow(new Spectre.Console.Text(label), new Spectre.Console.Text(value ?? "—"));
        Row("report", $"r{report.Id} (revision {report.Revision})");
        Row("external id", report.ExternalId);
        Row("publisher", report.Publisher);
        Row("published", report.Published?.ToString("u", CultureInfo.InvariantCulture));
        Row("url", report.Url);
        Row("language", report.Language);
        Row("title", report.Title);
        Row("input", report.InputPath);
        if (!report.ForwardedFrom.IsEmpty)
        {
            Row("forwarded from", string.Join(" → ", report.ForwardedFrom));
        }
        console.Write(grid);
    }

    private static void WriteClaimFrame(IAnsiConsole console, StoredClaim stored)
    {
        var claim = stored.Claim;
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string label, string? value) => grid.AddRow(new Spectre.Console.Text(label), new Spectre.Console.Text(value ?? "—"));
        Row("claim", $"c{stored.Id} {claim.Span} in r{stored.ReportId}");
        Row("text", claim.Text);
        Row("summary", Summaries.ClaimSummary.Of(stored));
        Row("kind", ContractNames.Of(claim.Kind));
        Row("actor", claim.Actor is { } actor ? $"{actor.Text} ({ContractNames.Of(actor.Side)})" : null);
        Row("action", claim.Action);
        // A place the claim refers back to says which of its words did and where the report named the place.
        Row("places", string.Join("; ", claim.Places.Select(p => $"{p.Text} → {p.Place?.Name ?? "?"}"
            + (p.CarriedBy is { } anaphor ? $" (referred to as «{anaphor.Words}» {anaphor.Span}, named at {p.Span})" : ""))));
        Row("quantities", string.Join("; ", claim.Quantities.Select(q => FormattableString.Invariant($"{q.Qualifier} {q.Value} {q.Unit}").Trim())));
        Row("time", claim.Time is { } time ? $"{time.From:yyyy-MM-dd}..{time.To:yyyy-MM-dd}" + (time.Words is null ? " (the report's date)" : $" ({time.Words})") : null);
        Row("hedge", claim.Hedge?.Words);
        Row("negated", claim.Negated ? "yes" : "no");
        console.Write(grid);
        console.Write(ChainTree(claim.Chain, stored.Publisher));
        console.WriteLine();
    }

    /// <summary>The chain drawn from its origin outwards, through every relay, to the publisher.</summary>
    internal static Tree ChainTree(AttributionChain chain, string publisher)
    {
        static string Describe(SourceRef s) =>
            Markup.Escape($"{s.Name} ({ContractNames.Of(s.Kind)}, {ContractNames.Of(s.Side)}{(s.Role is null ? "" : ", " + s.Role)})");
        var tree = new Tree("[bold]origin[/] " + Describe(chain.Origin.Source));
        IHasTreeNodes node = tree;
        foreach (var relay in chain.Relays)
        {
            node = node.AddNode("relayed by " + Describe(relay.Source));
        }
        if (chain.Origin.Source.Kind != SourceKind.Publisher)
        {
            node.AddNode("published by " + Markup.Escape(publisher));
        }
        return tree;
    }
}

/// <summary>What a typed id names: a report, a claim, or (a bare number) whichever of the two exists.</summary>
internal enum LedgerIdKind
{
    Report,
    Claim,
    Either,
}

/// <summary>An id typed on the command line: r12 / report:12 for a report, c34 / claim:34 for a claim, 12 for either.</summary>
internal readonly record struct LedgerId(LedgerIdKind Kind, long Number)
{
    private static readonly (string Prefix, LedgerIdKind Kind)[] Prefixes =
        [("claim:", LedgerIdKind.Claim), ("report:", LedgerIdKind.Report), ("c", LedgerIdKind.Claim), ("r", LedgerIdKind.Report), ("", LedgerIdKind.Either)];

    public static bool TryParse(string text, out LedgerId id)
    {
        var trimmed = text.Trim();
        var (prefix, kind) = Prefixes.First(p => trimmed.StartsWith(p.Prefix, StringComparison.OrdinalIgnoreCase));
        var ok = long.TryParse(trimmed.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0;
        id = new LedgerId(kind, number);
        return ok;
    }
}

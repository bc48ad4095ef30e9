using System.Globalization;
using Triangulate.Export;
using Triangulate.Model;

namespace Triangulate.Summaries.Dossiers;

/// <summary>A run of text in a dossier: plain, emphasised, code, or a link.</summary>
public sealed record Inline(string Text, InlineStyle Style = InlineStyle.Plain, string? Href = null)
{
    public static implicit operator Inline(string text) => new(text);
}

public enum InlineStyle
{
    Plain,
    Strong,
    Code,
    Link,
}

/// <summary>A stretch of a report's text to mark in a quotation: its offsets in the report and what it is.</summary>
public sealed record QuoteMark(Span Span, string Kind);

/// <summary>
/// What a dossier format can write. The dossier's structure is decided once, in <see cref="DossierLayout"/>; each
/// format (<see cref="DossierMarkdown"/>, <see cref="DossierHtml"/>) only says how a heading, a table or a quotation looks.
/// </summary>
public abstract class DossierWriter
{
    public abstract void Title(string text);

    public abstract void Heading(string text);

    public abstract void Paragraph(params Inline[] parts);

    public abstract void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Inline>> rows);

    /// <summary>The words of a report from <paramref name="span"/>, with the marked stretches inside it set apart.</summary>
    public abstract void Quote(string text, Span span, IReadOnlyList<QuoteMark> marks);

    public abstract void Tree(IReadOnlyList<ProvenanceNode> nodes);

    /// <summary>A control map around the event's places; formats that cannot draw it say in words what it shows.</summary>
    public abstract void Map(MapEvidence evidence);

    public abstract override string ToString();
}

/// <summary>The sections of a dossier, in order, whatever the format: ready to cite, every claim with its quotation and link.</summary>
public static class DossierLayout
{
    public static string Write(EventDossier dossier, DossierWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(writer);
        var e = dossier.Event;
        var places = string.Join(", ", e.Places.Select(p => p.Name));
        writer.Title($"Event e{Number(e.Id)}: {ContractNames.Of(e.Kind)}{(places.Length > 0 ? " · " + places : "")}");
        writer.Paragraph(
            $"{Days(e.FirstDay, e.LastDay)} · {e.Claims.Length} claim(s) in {e.ReportIds.Length} report(s) · gaining or acting side {ContractNames.Of(e.ActingSide)} · dossier generated {dossier.Generated.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC from the Triangulate ledger");

        writer.Heading("Grade");
        writer.Paragraph(new Inline($"Credibility {e.Credibility.Code}", InlineStyle.Strong), ": " + e.Credibility.Explanation);
        writer.Paragraph(
            new Inline($"{e.IndependentOriginCount} independent origin(s)", InlineStyle.Strong),
            string.Create(CultureInfo.InvariantCulture, $" (RU {e.IndependentOriginsBySide[Side.RU]}, UA {e.IndependentOriginsBySide[Side.UA]}, other {e.IndependentOriginsBySide[Side.Other]})"),
            e.IndependentOrigins.IsDefaultOrEmpty ? "" : ": " + string.Join("; ", e.IndependentOrigins.Select(c => string.Join(" + ", c.Origins.Select(o => o.Name)) + $" ({ContractNames.Of(c.Side)})")),
            e.DerivativeOrigins.IsDefaultOrEmpty ? "" : ". Not counted, as they pass the claim on or are heard only undated: " + string.Join(", ", e.DerivativeOrigins.Select(o => o.Name)));

        writer.Heading("Verdicts");
        if (e.Verdicts.IsDefaultOrEmpty)
        {
            writer.Paragraph("None yet.");
        }
        else
        {
            writer.Table(["verdict", "by", "date", "note", "evidence"], e.Verdicts.OrderBy(v => v.At).Select(v => (IReadOnlyList<Inline>)
                [v.Value.ToString().ToLowerInvariant(), v.By, v.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Note ?? "", v.Evidence ?? ""]));
        }

        writer.Heading("Claims");
        foreach (var claim in dossier.Claims)
        {
            var stored = claim.Claim;
            var report = claim.Report;
            writer.Paragraph(new Inline($"c{Number(stored.Id)}", InlineStyle.Code), " ", new Inline(claim.Summary, InlineStyle.Strong));
            writer.Quote(report.Text, claim.Context.Sentence, Marks(stored.Claim));
            writer.Paragraph(
                $"{report.Publisher}, {report.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) ?? "undated"}",
                report.Title is { Length: > 0 } title ? $", “{title}”" : "",
                $" · report r{Number(report.Id)}{(report.ExternalId is { } external ? $" ({external})" : "")} · ",
                report.Url is { } url && IsWebAddress(url) ? new Inline(url, InlineStyle.Link, url) : new Inline(report.Url ?? "no URL"),
                $" · language {report.Language}");
        }

        writer.Heading("Provenance");
        writer.Tree(dossier.Provenance);

        writer.Heading("Contradicted by");
        if (dossier.Contradicted.Count == 0)
        {
            writer.Paragraph("No contradicting event in the ledger.");
        }
        else
        {
            writer.Table(["event", "kind", "side", "days", "grade", "first claim"], dossier.Contradicted.Select(other => (IReadOnlyList<Inline>)
                [$"e{Number(other.Id)}", ContractNames.Of(other.Kind), ContractNames.Of(other.ActingSide), Days(other.FirstDay, other.LastDay),
                 other.Credibility.Code, other.Claims.IsDefaultOrEmpty ? "" : other.Claims[0].Text]));
        }

        writer.Heading("Evidence: control maps of those days");
        if (dossier.Maps.Count == 0)
        {
            writer.Paragraph("No control map in the ledger bears on this event (import them with ", new Inline("evidence import control DIR", InlineStyle.Code), ").");
        }
        foreach (var map in dossier.Maps)
        {
            writer.Paragraph(
                new Inline(map.Map.Name, InlineStyle.Code),
                $" of {Day(map.Map.Date)}{(map.CitedByVerdict ? ", cited by a verdict" : "")}: ",
                string.Join("; ", map.Places.Select(p => $"{p.Place.Name} {(p.Inside ? "inside" : "outside")} the area shown occupied by {map.Map.OccupyingSide}")));
            writer.Map(map);
        }

        writer.Heading("Casualty and loss figures");
        if (dossier.Figures.Count == 0)
        {
            writer.Paragraph("The claims give no casualty or loss figure.");
        }
        else
        {
            writer.Paragraph("Per loss and claiming side, the largest figure the event's claims give (relays repeat one figure; figures of one happening are not added).");
            writer.Table(["whose losses", "what", "claimed by side", "figure", "claims"], dossier.FigureTotals.Select(t => (IReadOnlyList<Inline>)
                [t.Whose, t.Unit, t.ClaimedBy, t.Value.ToString("#,0.##", CultureInfo.InvariantCulture), string.Join(", ", t.ClaimIds.Select(id => "c" + Number(id)))]));
            writer.Table(["claim", "whose losses", "figure", "according to", "day"], dossier.Figures.Select(f => (IReadOnlyList<Inline>)
                [$"c{Number(f.ClaimId)}", f.Whose, $"{(f.Qualifier is null ? "" : f.Qualifier + " ")}{f.Value.ToString("#,0.##", CultureInfo.InvariantCulture)} {f.Unit}",
                 $"{f.Origin} ({f.ClaimedBy})", f.Day is { } day ? Day(day) : ""]));
        }
        return writer.ToString();
    }

    /// <summary>The claim's own words, the places it names and its quantities, for marking in its quotation.</summary>
    public static IReadOnlyList<QuoteMark> Marks(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var marks = new List<QuoteMark> { new(claim.Span, "claim") };
        marks.AddRange(claim.Places.Select(p => new QuoteMark(p.Span, "place")));
        marks.AddRange(claim.Places.Where(p => p.CarriedBy is not null).Select(p => new QuoteMark(p.CarriedBy!.Span, "place")));
        marks.AddRange(claim.Quantities.Select(q => new QuoteMark(q.Span, "quantity")));
        if (claim.Hedge is { } hedge)
        {
            marks.Add(new QuoteMark(hedge.Span, "hedge"));
        }
        return marks;
    }

    /// <summary>
    /// The words of <paramref name="span"/> cut where a mark starts or ends, each piece with the kinds of marks over it,
    /// so that every format can set marks apart without nesting them.
    /// </summary>
    public static IReadOnlyList<(string Text, IReadOnlySet<string> Kinds)> Segments(string text, Span span, IReadOnlyList<QuoteMark> marks)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(marks);
        var end = Math.Min(span.End, text.Length);
        var inside = marks.Where(m => m.Span.Start < end && span.Start < m.Span.End && m.Span.End <= text.Length).ToList();
        var cuts = inside.SelectMany(m => new[] { m.Span.Start, m.Span.End })
            .Where(at => at > span.Start && at < end)
            .Append(span.Start)
            .Append(end)
            .Distinct()
            .Order()
            .ToList();
        var segments = new List<(string, IReadOnlySet<string>)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            segments.Add((text[from..to], inside.Where(m => m.Span.Start <= from && to <= m.Span.End).Select(m => m.Kind).ToHashSet(StringComparer.Ordinal)));
        }
        return segments;
    }

    /// <summary>Only web addresses become links: a stored URL is ingested text, and a javascript: one must stay text.</summary>
    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An event's span; "undated" when none of its claims has a time.</summary>
    private static string Days(DateOnly? first, DateOnly? last) => first is { } from && last is { } to ? $"{Day(from)} – {Day(to)}" : "undated";

    internal static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}

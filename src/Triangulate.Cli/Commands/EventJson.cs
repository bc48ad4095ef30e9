using System.Globalization;
using Triangulate.Corroboration;
using Triangulate.Export;
using Triangulate.Model;

namespace Triangulate.Cli.Commands;

/// <summary>An event in the JSON contract of <c>events --format json</c>; the field names are stable.</summary>
internal static class EventJson
{
    public static object From(CorroboratedEvent e) => From(e, null);

    /// <summary>The event; each claim with its one-line English summary when <paramref name="summaries"/> has it.</summary>
    public static object From(CorroboratedEvent e, IReadOnlyDictionary<long, string>? summaries) => new
    {
        id = e.Id,
        kind = ContractNames.Of(e.Kind),
        actingSide = ContractNames.Of(e.ActingSide),
        places = e.Places.Select(p => new { id = p.Id, name = p.Name, lat = p.Lat, lon = p.Lon }),
        firstReported = e.FirstReported,
        lastReported = e.LastReported,
        reports = e.ReportIds.Length,
        claims = e.Claims.Select(c => new
        {
            claimId = c.ClaimId,
            reportId = c.ReportId,
            externalId = c.ExternalId,
            publisher = c.Publisher,
            text = c.Text,
            origin = c.Origin.Name,
            relays = c.Relays.Select(r => r.Name),
            summary = summaries?.GetValueOrDefault(c.ClaimId),
        }),
        origins = e.OriginNames,
        independentOrigins = e.IndependentOriginCount,
        independentOriginsBySide = e.IndependentOriginsBySide.ToDictionary(p => ContractNames.Of(p.Key), p => p.Value),
        contradicts = e.Contradicts,
        verdicts = e.Verdicts.Select(VerdictJson),
        credibility = e.Credibility.Code,
        explanation = e.Credibility.Explanation,
    };

    public static object VerdictJson(Verdict v) => new
    {
        target = v.Target == VerdictTarget.Event ? "event" : "claim",
        targetId = v.TargetId,
        value = v.Value.ToString().ToLowerInvariant(),
        by = v.By,
        at = v.At,
        note = v.Note,
        evidence = v.Evidence,
    };

    public static string BySide(CorroboratedEvent e) => string.Create(CultureInfo.InvariantCulture,
        $"RU {e.IndependentOriginsBySide[Side.RU]} / UA {e.IndependentOriginsBySide[Side.UA]} / other {e.IndependentOriginsBySide[Side.Other]}");

    /// <summary>Reads e12, event:12 or 12.</summary>
    public static bool TryParseId(string text, out long id)
    {
        var trimmed = text.Trim();
        var digits = trimmed.StartsWith("event:", StringComparison.OrdinalIgnoreCase) ? trimmed[6..]
            : trimmed.StartsWith('e') || trimmed.StartsWith('E') ? trimmed[1..] : trimmed;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}

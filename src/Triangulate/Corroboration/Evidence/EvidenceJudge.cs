using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration.Evidence;

/// <summary>The evidence imported into the ledger: control maps and rows of the official occupation list.</summary>
public sealed record EvidenceSet(ControlMapIndex Maps, ImmutableArray<OccupationEntry> Occupation)
{
    public static EvidenceSet None { get; } = new(ControlMapIndex.Empty, []);
}

/// <summary>
/// Checks a claim that one side took ground against the evidence. The window is 45 days: the control maps here are
/// monthly snapshots, so any claim has at least one map within 45 days after it, and mapping projects confirm a
/// capture with geolocated footage days to weeks after it is claimed; a longer window would let a capture that
/// happened months later confirm a claim that was false when made (Toretsk, claimed in July 2024, fell in 2025).
/// Confirmed: the place is inside the occupied area on a map dated within the window, or the official list dates its
/// occupation no later than the window's end. Refuted: the first map dated after the window still shows it outside,
/// or the list dates its occupation later than the window's end.
/// </summary>
public static class EvidenceJudge
{
    public const int WindowDays = 45;

    public const string By = "evidence";

    public static ImmutableArray<Verdict> Judge(long eventId, ClaimFacts claim, EvidenceSet evidence)
    {
        // The maps and the list show Russian-occupied ground in Ukraine; a claim of Ukrainian gains or holding, about a
        // place outside Ukraine, about a whole oblast, or with no date, is not checked here.
        if (claim is not { Family: KindFamily.Ground, ActingSide: Side.RU, Stance: Stance.Asserts, Place: { CountryCode: "UA", Coarse: false } place, Day: { } day })
        {
            return [];
        }
        var verdicts = ImmutableArray.CreateBuilder<Verdict>();
        var windowEnd = day.AddDays(WindowDays);
        var inside = evidence.Maps.Between(day, windowEnd, place.Lat, place.Lon).FirstOrDefault(m => m.Inside);
        if (inside.Map is { } confirming)
        {
            verdicts.Add(new Verdict(VerdictTarget.Event, eventId, VerdictValue.Confirmed, By, At(confirming.Date),
                FormattableString.Invariant($"{place.Name} ({place.Lat:F4}, {place.Lon:F4}) is inside the occupied area on the map of {confirming.Date:yyyy-MM-dd}, within {WindowDays} days of the claim of {day:yyyy-MM-dd}"),
                $"control-map:{confirming.Name}"));
        }
        else if (evidence.Maps.FirstFrom(windowEnd, place.Lat, place.Lon) is { Inside: false, Map: var later })
        {
            verdicts.Add(new Verdict(VerdictTarget.Event, eventId, VerdictValue.Refuted, By, At(later.Date),
                FormattableString.Invariant($"{place.Name} ({place.Lat:F4}, {place.Lon:F4}) is still outside the occupied area on the map of {later.Date:yyyy-MM-dd}, {later.Date.DayNumber - day.DayNumber} days after the claim of {day:yyyy-MM-dd}"),
                $"control-map:{later.Name}"));
        }
        var entry = evidence.Occupation.Where(e => Covers(e, place)).OrderBy(e => e.OccupiedFrom).FirstOrDefault();
        if (entry is not null)
        {
            var confirmed = entry.OccupiedFrom <= windowEnd;
            verdicts.Add(new Verdict(VerdictTarget.Event, eventId, confirmed ? VerdictValue.Confirmed : VerdictValue.Refuted, By, At(entry.OccupiedFrom),
                confirmed
                    ? FormattableString.Invariant($"the official list dates the occupation of {entry.Name} ({entry.Code}) from {entry.OccupiedFrom:yyyy-MM-dd}, no later than {WindowDays} days after the claim of {day:yyyy-MM-dd}")
                    : FormattableString.Invariant($"the official list dates the occupation of {entry.Name} ({entry.Code}) only from {entry.OccupiedFrom:yyyy-MM-dd}, more than {WindowDays} days after the claim of {day:yyyy-MM-dd}"),
                $"occupation-list:{entry.ListName}#{entry.Code}"));
        }
        return verdicts.ToImmutable();

        static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>
    /// Whether a row of the list covers a place: the row is one of the place's administrative parents (and does not
    /// name it among its exceptions), or it is a settlement row in the place's hromada under the place's Ukrainian name.
    /// </summary>
    public static bool Covers(OccupationEntry entry, FactPlace place)
    {
        var code = "katottg:" + entry.Code;
        var name = place.UkrainianName;
        var exceptionAt = entry.Name.IndexOf("за винятком", StringComparison.Ordinal);
        if (place.Id == code || place.Parents.Contains(code))
        {
            return name is null || exceptionAt < 0 || !ContainsWord(entry.Name[exceptionAt..], name);
        }
        if (name is null || exceptionAt >= 0 || entry.Code.Length < 12 || entry.Code.AsSpan(9, 3).SequenceEqual("000"))
        {
            return false;
        }
        var hromadaPrefix = entry.Code[..9];
        var sameHromada = place.Parents.Any(p => p.StartsWith("katottg:" + hromadaPrefix, StringComparison.Ordinal));
        var firstSpace = entry.Name.IndexOf(' ', StringComparison.Ordinal);
        return sameHromada && firstSpace > 0 && entry.Name[(firstSpace + 1)..].StartsWith(name + " ", StringComparison.Ordinal);
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at + word.Length == text.Length || !char.IsLetter(text[at + word.Length]));
    }
}

using System.Collections.Immutable;
using System.Globalization;

namespace Triangulate.Places.Evaluation;

/// <summary>
/// One spelling of one locality in the spellings list (TestData/places/spellings.tsv): the place meant, its point,
/// the oblast as a report might name it, the spelling, the form it renders (uk, ru, ru-derived, latin), the scheme, and
/// the date a report on the locality might carry (a day in a month when it lay near the front line).
/// </summary>
public sealed record PlaceSpelling(string PlaceId, double Lat, double Lon, string OblastContext, string Spelling, string Form, string Scheme, DateOnly Date);

/// <summary>How the resolver does on a set of spellings: the right place first within 5 km, with and without the oblast, and anywhere among the candidates.</summary>
public sealed record SpellingScores(int Spellings, double FirstWithOblast, double FirstWithout, double AnyCandidate, double NoCandidate)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Spellings} spellings: right place first within 5 km {FirstWithOblast:F3} with the oblast, {FirstWithout:F3} without; a candidate within 5 km {AnyCandidate:F3}; no candidate {NoCandidate:F3}");
}

/// <summary>Reads the spellings list and scores <see cref="PlaceFinder.Resolve"/> on it (the tests and the bench share it).</summary>
public static class SpellingEvaluator
{
    public const string Header = "place_id\tlat\tlon\toblast_context\tspelling\tform\tscheme\tdate";

    private const string DateFormat = "yyyy-MM-dd";

    public static ImmutableArray<PlaceSpelling> Read(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.Length > 0 && !l.StartsWith("place_id\t", StringComparison.Ordinal) && !l.StartsWith('#')).Select((line, number) =>
        {
            var f = line.Split('\t');
            if (f.Length != 8)
            {
                throw new FormatException($"spellings line {number + 1}: {f.Length} fields, expected 8");
            }

            if (!DateOnly.TryParseExact(f[7], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"spellings line {number + 1}: date '{f[7]}' is not {DateFormat}");
            }

            return new PlaceSpelling(f[0], double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), f[3], f[4], f[5], f[6], date);
        })];

    public static string Write(PlaceSpelling s) => string.Join('\t',
        s.PlaceId, s.Lat.ToString("0.#####", CultureInfo.InvariantCulture), s.Lon.ToString("0.#####", CultureInfo.InvariantCulture), s.OblastContext, s.Spelling, s.Form, s.Scheme,
        s.Date.ToString(DateFormat, CultureInfo.InvariantCulture));

    /// <summary>
    /// Each spelling resolved with its oblast as context and without, <paramref name="dated"/> on the row's date as a
    /// report of that day would be (the front line of its month weighs) or undated; <paramref name="missed"/> hears
    /// every miss, with the context it was resolved in (empty without one) and what came first.
    /// </summary>
    public static SpellingScores Evaluate(IReadOnlyList<PlaceSpelling> spellings, PlaceFinder finder, bool dated = false, Action<PlaceSpelling, string, string>? missed = null)
    {
        int withOblast = 0, without = 0, any = 0, none = 0;
        foreach (var spelling in spellings)
        {
            DateOnly? date = dated ? spelling.Date : null;
            var candidates = finder.Resolve(spelling.Spelling, date: date);
            var inContext = finder.Resolve(spelling.Spelling, spelling.OblastContext, date);
            bool Near(PlaceCandidate c) => Geo.DistanceKm(c.Place.Lat, c.Place.Lon, spelling.Lat, spelling.Lon) <= 5;
            none += candidates.IsEmpty ? 1 : 0;
            any += candidates.Any(Near) ? 1 : 0;
            var rightWithout = !candidates.IsEmpty && Near(candidates[0]);
            without += rightWithout ? 1 : 0;
            var right = !inContext.IsEmpty && Near(inContext[0]);
            withOblast += right ? 1 : 0;
            if (!right)
            {
                missed?.Invoke(spelling, spelling.OblastContext, Miss(inContext, Near));
            }

            if (!rightWithout)
            {
                missed?.Invoke(spelling, "", Miss(candidates, Near));
            }
        }

        // What came first and why, and where the right place ranked.
        static string Miss(ImmutableArray<PlaceCandidate> candidates, Func<PlaceCandidate, bool> near)
        {
            if (candidates.IsEmpty)
            {
                return "no candidate";
            }

            var first = candidates[0];
            var rank = candidates.IndexOf(candidates.FirstOrDefault(near) ?? first);
            return $"{first.Place.Name} ({first.Place.AdminPath ?? first.Place.CountryCode}) first of {candidates.Length} [{first.Explanation}]"
                + (rank > 0 ? $"; the right place ranked {rank + 1} [{candidates[rank].Explanation}]" : "; the right place not among them");
        }

        double Share(int n) => spellings.Count == 0 ? 0 : Math.Round((double)n / spellings.Count, 3);
        return new SpellingScores(spellings.Count, Share(withOblast), Share(without), Share(any), Share(none));
    }
}

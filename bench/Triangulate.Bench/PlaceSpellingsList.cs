using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;
using Triangulate.Places.Evaluation;

namespace Triangulate.Bench;

/// <summary>
/// `place-spellings-build <control-maps dir> <out.tsv>` writes the list of front-line localities with their spellings;
/// `place-spellings <list.tsv> [--misses]` scores the resolver on it.
/// A locality is on the front line when it lay near it on one of the dated control maps (<see cref="FrontLineBuild"/>),
/// and from the OpenStreetMap settlements. Its spellings come from open data only: the names the gazetteer holds from OpenStreetMap, GeoNames and the
/// codifier (Ukrainian, attested Russian, Latin), the Russian form derived by rule where none is attested (marked
/// ru-derived), each Cyrillic form written in every Latin scheme of <see cref="Transliteration.Schemes"/>, and the
/// national spelling in lower case and with "village" after it. Each row carries the date a report on the locality would
/// carry, in the middle of its months near the front; the list is scored both undated and on that date.
/// </summary>
internal static class PlaceSpellingsList
{
    private const int Localities = 500;

    public static int Build(string controlMaps, string output)
    {
        var gazetteer = Gazetteer.LoadDefault();
        var (months, _, _) = FrontLineBuild.NearFront(gazetteer.Places, controlMaps);
        var frontline = gazetteer.Places.Where(p => p.Id.StartsWith("osm:", StringComparison.Ordinal) && months.ContainsKey(p.Id)).ToList();
        // A fixed sample, the same whatever order the gazetteer lists places in.
        var sample = frontline.OrderBy(p => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.Id))), StringComparer.Ordinal).Take(Localities).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var rows = sample.SelectMany(p => Spellings(p, gazetteer, ReportDate(months[p.Id].Keys))).ToList();
        File.WriteAllLines(output, rows.Select(SpellingEvaluator.Write).Prepend(SpellingEvaluator.Header)
            .Prepend($"# {sample.Count} of {frontline.Count} front-line localities (control maps of {Path.GetFileName(Path.TrimEndingDirectorySeparator(controlMaps))}), their spellings from open data; built by place-spellings-build"));
        Console.WriteLine($"{frontline.Count} front-line localities; wrote {rows.Count} spellings of {sample.Count} to {output}");
        return 0;
    }

    // The date a report on the locality would carry: the middle of the months it lay near the front line (the later
    // of the two middle ones), chosen from the locality's own months without looking at its namesakes'.
    private static DateOnly ReportDate(SortedDictionary<int, double>.KeyCollection monthsNearFront)
    {
        var month = monthsNearFront.ElementAt(monthsNearFront.Count / 2);
        return new DateOnly(month / 12, month % 12 + 1, 15);
    }

    private static IEnumerable<PlaceSpelling> Spellings(Place place, Gazetteer gazetteer, DateOnly reportDate)
    {
        var contexts = OblastContexts(place, gazetteer);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var n = 0;
        foreach (var (spelling, form, scheme) in Forms(place))
        {
            if (spelling.Length > 1 && seen.Add(spelling))
            {
                yield return new PlaceSpelling(place.Id, place.Lat, place.Lon, contexts.Count == 0 ? "" : contexts[n++ % contexts.Count], spelling, form, scheme, reportDate);
            }
        }
    }

    private static IEnumerable<(string Spelling, string Form, string Scheme)> Forms(Place place)
    {
        foreach (var name in place.Names.Where(n => n.Language == "uk" && n.Source != GazetteerBuilder.DerivedNameSource))
        {
            var form = name.IsFormer ? "uk-former" : "uk";
            foreach (var (scheme, latin) in Transliteration.Schemes(name.Text, "uk"))
            {
                yield return (latin, form, scheme);
            }

            var national = Transliteration.UkrainianNational(name.Text);
            yield return (national.ToLowerInvariant(), form, "ua-2010 lower case");
            yield return ($"{national} village", form, "ua-2010 + village");
        }

        foreach (var name in place.Names.Where(n => n.Language == "ru"))
        {
            var form = name.Source == GazetteerBuilder.DerivedNameSource ? "ru-derived" : name.IsFormer ? "ru-former" : "ru";
            foreach (var (scheme, latin) in Transliteration.Schemes(name.Text, "ru"))
            {
                yield return (latin, form, scheme);
            }
        }

        foreach (var name in place.Names.Where(n => n.Language == "en" && n.Source is "osm" or "geonames"))
        {
            yield return (name.Text, name.IsFormer ? "latin-former" : "latin", name.Source!);
        }
    }

    // The oblast as reports name it, in turn: its English name, "… region" in lower case, the national spelling, the
    // Russian abbreviation, the Ukrainian name.
    private static List<string> OblastContexts(Place place, Gazetteer gazetteer)
    {
        var oblast = place.Parents.Select(gazetteer.ById).FirstOrDefault(p => p?.Subtype == "oblast");
        if (oblast is null)
        {
            return [];
        }

        var names = oblast.Names;
        return [.. new[]
        {
            names.FirstOrDefault(n => n.Language == "en" && n.Text.EndsWith(" Oblast", StringComparison.Ordinal))?.Text,
            names.FirstOrDefault(n => n.Language == "en" && n.Text.EndsWith(" region", StringComparison.Ordinal))?.Text.ToLowerInvariant(),
            names.FirstOrDefault(n => n.Scheme == "ua-2010")?.Text,
            names.FirstOrDefault(n => n.Language == "ru" && n.Scheme == "abbreviation" && n.Source != GazetteerBuilder.DerivedNameSource)?.Text + ".",
            names.FirstOrDefault(n => n.Language == "uk")?.Text,
        }.Where(c => c is { Length: > 1 }).Select(c => c!)];
    }

    public static int Evaluate(string list, bool misses)
    {
        var spellings = SpellingEvaluator.Read(File.ReadLines(list));
        var gazetteer = Gazetteer.LoadDefault();
        var finder = new PlaceFinder(gazetteer);
        var missed = new List<string>();
        foreach (var dated in new[] { false, true })
        {
            var reading = dated ? "dated" : "undated";
            var all = SpellingEvaluator.Evaluate(spellings, finder, dated, misses ? (s, context, why) => missed.Add(
                $"  {reading} {s.Spelling} [{s.Form}, {s.Scheme}]{(dated ? string.Create(CultureInfo.InvariantCulture, $" on {s.Date:yyyy-MM-dd}") : "")} {(context.Length == 0 ? "without context" : $"in {context}")}: {why}; meant {Describe(gazetteer.ById(s.PlaceId))}") : null);
            Console.WriteLine($"all, {reading}: {all}");
            foreach (var group in spellings.GroupBy(s => s.Form).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine($"  {group.Key}: {SpellingEvaluator.Evaluate([.. group], finder, dated)}");
            }

            foreach (var group in spellings.GroupBy(s => s.Scheme).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  scheme {group.Key}: {SpellingEvaluator.Evaluate([.. group], finder, dated)}"));
            }

            foreach (var withOblast in new[] { true, false })
            {
                PrintCauses(spellings, gazetteer, finder, dated, withOblast);
            }
        }

        missed.ForEach(Console.WriteLine);
        return 0;
    }

    /// <summary>
    /// The misses of one reading grouped by cause: where the place that came first lies against the one meant (the same
    /// raion, the same oblast, another oblast, abroad, or a place of another name) and which preference set it first
    /// (the explanation's "Decided … by"); and how many spellings have namesakes near the front line (in the month of a
    /// dated reading, in any month mapped otherwise; inside the oblast when it is given) that the spelling, the oblast
    /// and the month cannot tell apart, with the share a pick by chance among each such group would reach.
    /// </summary>
    private static void PrintCauses(IReadOnlyList<PlaceSpelling> spellings, Gazetteer gazetteer, PlaceFinder finder, bool dated, bool withOblast)
    {
        var causes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var (contested, contestedRight, chance) = (0, 0, 0.0);
        foreach (var spelling in spellings)
        {
            DateOnly? date = dated ? spelling.Date : null;
            var candidates = finder.Resolve(spelling.Spelling, withOblast ? spelling.OblastContext : null, date);
            var meant = gazetteer.ById(spelling.PlaceId);
            var oblast = meant?.Parents.FirstOrDefault(p => gazetteer.ById(p)?.Subtype == "oblast");
            bool Meant(Place place) => Geo.DistanceKm(place.Lat, place.Lon, spelling.Lat, spelling.Lon) <= 5;
            var rivals = candidates.Select(c => c.Place)
                .Where(p => !Meant(p) && p.Kind == PlaceKind.Settlement && (!withOblast || p.Parents.Contains(oblast ?? "")) && gazetteer.FrontLine.MonthsNear(p.Id, date) > 0)
                .Select(p => p.Id).Distinct(StringComparer.Ordinal).Count();
            var right = !candidates.IsEmpty && Meant(candidates[0].Place);
            chance += 1.0 / (1 + rivals);
            contested += rivals > 0 ? 1 : 0;
            contestedRight += rivals > 0 && right ? 1 : 0;
            if (right || meant is null)
            {
                continue;
            }

            var cause = candidates.IsEmpty ? "no candidate" : !candidates.Any(c => Meant(c.Place)) ? "the place meant not among the candidates" : Where(candidates[0].Place, meant, gazetteer);
            var decided = candidates.IsEmpty ? "" : candidates[0].Explanation.LastIndexOf(" by ", StringComparison.Ordinal) is var by and >= 0 ? candidates[0].Explanation[(by + 4)..] : "";
            var key = decided.Length == 0 ? cause : $"{cause}, decided by {decided}";
            causes[key] = causes.GetValueOrDefault(key) + 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  misses {(withOblast ? "with the oblast" : "without it")}, by cause: {string.Join("; ", causes.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {contested} spellings with namesakes near the front {(withOblast ? "in the oblast " : "")}{(dated ? "in the month" : "in any month")} ({contestedRight} right); a pick by chance among them would reach {chance / Math.Max(1, spellings.Count):F3} in all"));
    }

    // Where the place that came first lies against the one meant.
    private static string Where(Place first, Place meant, Gazetteer gazetteer)
    {
        if (PlaceText.Normalise(first.Name) != PlaceText.Normalise(meant.Name))
        {
            return "a place of another name";
        }

        if (first.CountryCode != meant.CountryCode)
        {
            return "a namesake abroad";
        }

        string? Area(Place place, string subtype) => place.Parents.FirstOrDefault(p => gazetteer.ById(p)?.Subtype == subtype);
        return Area(first, "raion") is { } raion && raion == Area(meant, "raion") ? "a namesake in the same raion"
            : Area(first, "oblast") == Area(meant, "oblast") ? "a namesake in the same oblast"
            : "a namesake in another oblast";
    }

    private static string Describe(Place? place) => place is null ? "a place not in the gazetteer" : $"{place.Name} ({place.AdminPath}, population {place.Population})";
}

using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Cli.Commands;

/// <summary>
/// <c>places resolve|show|alias add|import geonames</c>: looks names up in the gazetteer (bundled, grown by the
/// ledger's places and aliases) and lets analysts and users add to it.
/// </summary>
internal static class PlacesCommand
{
    private const int ImportBatch = 5_000;

    public static Command Create() => new("places", "Look up, inspect and extend the gazetteer")
    {
        Resolve(),
        Show(),
        new Command("alias", "Names analysts add to places") { AliasAdd() },
        new Command("import", "Import places from downloaded dumps") { ImportGeoNames() },
    };

    private static Command Resolve()
    {
        var names = new Argument<string[]>("names") { Description = "Place names as written (any case, language or transliteration)", Arity = ArgumentArity.OneOrMore };
        var context = new Option<string?>("--context") { Description = "Text that places the names (an oblast, a sentence); applies to every name" };
        var date = CommonOptions.ReportDate();
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var command = new Command("resolve", "Rank the places each name may mean, best first") { names, context, date, database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var finder = new PlaceFinder(await GazetteerAsync(parse.GetRequiredValue(database), cancellationToken));
            var given = parse.GetRequiredValue(names);
            var results = given.Select(name => (Query: name, Candidates: finder.Resolve(name, parse.GetValue(context), PlaceFinder.DayOf(parse.GetValue(date))))).ToList();
            var output = parse.InvocationConfiguration.Output;
            var chosen = parse.GetValue(format);
            if (chosen == OutputFormat.Json)
            {
                Listing.WriteJson(output, results.Select(r => new { query = r.Query, candidates = r.Candidates.Select(CandidateJson) }));
            }
            else
            {
                var rows = results.SelectMany(r => r.Candidates.Select(c => (r.Query, Candidate: c))).ToList();
                Listing.Write(output, chosen, rows, CandidateColumns, row => CandidateJson(row.Candidate), "Candidates");
            }
            return results.All(r => !r.Candidates.IsEmpty) ? ExitCodes.Ok : ExitCodes.NotFound;
        });
        return command;
    }

    private static readonly Column<(string Query, PlaceCandidate Candidate)>[] CandidateColumns =
    [
        new("query", row => row.Query),
        new("score", row => row.Candidate.Score.ToString("F3", CultureInfo.InvariantCulture)),
        new("id", row => row.Candidate.Place.Id),
        new("name", row => row.Candidate.Place.Name),
        new("kind", row => ContractNames.Of(row.Candidate.Place.Kind)),
        new("lat, lon", row => Point(row.Candidate.Place)),
        new("admin", row => row.Candidate.Place.AdminPath),
        new("all names", row => string.Join("; ", row.Candidate.Place.Names.Select(n => n.Text).Distinct(StringComparer.Ordinal))),
        new("explanation", row => row.Candidate.Explanation),
    ];

    private static object CandidateJson(PlaceCandidate candidate) => new
    {
        id = candidate.Place.Id,
        name = candidate.Place.Name,
        kind = ContractNames.Of(candidate.Place.Kind),
        lat = candidate.Place.Lat,
        lon = candidate.Place.Lon,
        admin = candidate.Place.AdminPath,
        score = candidate.Score,
        names = candidate.Place.Names.Select(n => n.Text).Distinct(StringComparer.Ordinal),
        explanation = candidate.Explanation,
    };

    private static Command Show()
    {
        var id = new Argument<string>("id") { Description = "A gazetteer id (osm:node/256613774, katottg:UA14…, geonames:709717)" };
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var command = new Command("show", "Show one place with all its names") { id, database, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var gazetteer = await GazetteerAsync(parse.GetRequiredValue(database), cancellationToken);
            var place = gazetteer.ById(parse.GetRequiredValue(id));
            if (place is null)
            {
                parse.InvocationConfiguration.Error.WriteLine($"no place {parse.GetRequiredValue(id)} in the gazetteer");
                return ExitCodes.NotFound;
            }
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                Listing.WriteJson(output, PlaceJson(place));
                return ExitCodes.Ok;
            }
            output.WriteLine($"{place.Id}  {place.Name} ({ContractNames.Of(place.Kind)}{(place.Subtype is null ? "" : ", " + place.Subtype)})");
            output.WriteLine($"  at {Point(place)}{(place.RadiusKm is { } radius ? string.Create(CultureInfo.InvariantCulture, $", reaching {radius} km") : "")}, country {place.CountryCode}, population {place.Population}");
            if (place.AdminPath is not null)
            {
                output.WriteLine($"  in {place.AdminPath}");
            }
            Listing.Write(output, OutputFormat.Table, [.. place.Names], NameColumns, n => n, "Names");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static readonly Column<PlaceName>[] NameColumns =
    [
        new("name", n => n.Text),
        new("language", n => n.Language),
        new("scheme", n => n.Scheme),
        new("until", n => n.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("source", n => n.Source),
    ];

    private static object PlaceJson(Place place) => new
    {
        id = place.Id,
        name = place.Name,
        kind = ContractNames.Of(place.Kind),
        subtype = place.Subtype,
        lat = place.Lat,
        lon = place.Lon,
        country = place.CountryCode,
        admin = place.AdminPath,
        parents = place.Parents,
        population = place.Population,
        radiusKm = place.RadiusKm,
        names = place.Names.Select(n => new { text = n.Text, language = n.Language, scheme = n.Scheme, validFrom = n.ValidFrom, validTo = n.ValidTo, source = n.Source }),
    };

    private static Command AliasAdd()
    {
        var id = new Argument<string>("id") { Description = "The place's gazetteer id" };
        var name = new Argument<string>("name") { Description = "The name to add, as reports write it" };
        var language = new Option<string?>("--language") { Description = "en, ru or uk (guessed from the letters when not given)" };
        var database = CommonOptions.Database();
        var command = new Command("add", "Add a name to a place; kept in the ledger and used by every later run") { id, name, language, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var placeId = parse.GetRequiredValue(id);
            var text = parse.GetRequiredValue(name).Trim();
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var gazetteer = PlaceServices.Gazetteer.With(await store.ListPlacesAsync(cancellationToken), []);
            if (gazetteer.ById(placeId) is null || text.Length == 0)
            {
                parse.InvocationConfiguration.Error.WriteLine(text.Length == 0 ? "the name is empty" : $"no place {placeId} in the gazetteer");
                return ExitCodes.NotFound;
            }
            var alias = PlaceAlias.Of(placeId, text, parse.GetValue(language), "analyst");
            await store.SavePlaceAliasesAsync([alias], cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine($"{placeId} now also answers to \"{text}\" ({alias.Name.Language})");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command ImportGeoNames()
    {
        var files = new Argument<string[]>("files") { Description = "GeoNames dumps: UA.txt or allCountries.txt, then alternateNamesV2.txt", Arity = ArgumentArity.OneOrMore };
        var country = new Option<string?>("--country") { Description = "Only places of this country (ISO code, e.g. UA)" };
        var database = CommonOptions.Database();
        var command = new Command("geonames", "Import populated places, areas and their names from GeoNames dumps into the ledger") { files, country, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var paths = parse.GetRequiredValue(files);
            var missing = paths.Where(p => !File.Exists(p)).ToList();
            if (missing.Count > 0)
            {
                error.WriteLine($"no such file: {string.Join(", ", missing)}");
                return ExitCodes.Failed;
            }
            var kinds = paths.ToDictionary(p => p, p => GeoNamesDump.KindOf(File.ReadLines(p).FirstOrDefault()));
            foreach (var unknown in kinds.Where(k => k.Value == GeoNamesDump.FileKind.Unknown))
            {
                error.WriteLine($"{unknown.Key}: neither a GeoNames place table nor an alternate-name table; skipped");
            }
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var placeCount = 0;
            foreach (var path in paths.Where(p => kinds[p] == GeoNamesDump.FileKind.Places))
            {
                foreach (var batch in GeoNamesDump.ReadPlaces(File.ReadLines(path), parse.GetValue(country)).Chunk(ImportBatch))
                {
                    await store.SavePlacesAsync(batch, cancellationToken);
                    placeCount += batch.Length;
                }
            }
            var known = (await store.ListPlacesAsync(cancellationToken)).Select(p => p.Id)
                .Concat(PlaceServices.Gazetteer.Places.Select(p => p.Id)).ToHashSet(StringComparer.Ordinal);
            var aliasCount = 0;
            foreach (var path in paths.Where(p => kinds[p] == GeoNamesDump.FileKind.AlternateNames))
            {
                foreach (var batch in GeoNamesDump.ReadAlternateNames(File.ReadLines(path), known.Contains).Chunk(ImportBatch))
                {
                    await store.SavePlaceAliasesAsync(batch, cancellationToken);
                    aliasCount += batch.Length;
                }
            }
            output.WriteLine($"imported {placeCount} places and {aliasCount} names");
            return kinds.Values.Any(k => k == GeoNamesDump.FileKind.Unknown) ? ExitCodes.SomeRejected : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The bundled gazetteer, grown by the ledger's places and aliases when the ledger exists (never creates one).</summary>
    private static async Task<Gazetteer> GazetteerAsync(string database, CancellationToken cancellationToken)
    {
        if (!File.Exists(database))
        {
            return PlaceServices.Gazetteer;
        }
        await using var store = await LedgerServices.OpenAsync(database, cancellationToken);
        return await PlaceServices.WithLedgerAsync(store, cancellationToken);
    }

    private static string Point(Place place) => string.Create(CultureInfo.InvariantCulture, $"{place.Lat:0.#####}, {place.Lon:0.#####}");
}

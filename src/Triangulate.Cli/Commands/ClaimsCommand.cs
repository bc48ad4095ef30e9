using System.CommandLine;
using System.Globalization;
using Triangulate.Cli.Rendering;
using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Cli.Commands;

internal static class ClaimsCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json, OutputFormat.Csv, OutputFormat.GeoJson);
        var outFile = CommonOptions.Out();
        var kind = new Option<string?>("--kind") { Description = "Claim kind (territorial_control, advance, strike, …)" };
        var side = new Option<string?>("--side") { Description = "Acting side: RU, UA, other" };
        var source = new Option<string?>("--source") { Description = "Origin or relay, by name or registry id" };
        var place = new Option<string?>("--place") { Description = "Gazetteer id or place name" };
        var near = new Option<string?>("--near") { Description = "LAT,LON centre of a radius search", HelpName = "LAT,LON" };
        var radius = new Option<double>("--radius-km")
        {
            Description = "Radius around --near",
            DefaultValueFactory = _ => 10,
            CustomParser = result => CommonOptions.Number(result, "--radius-km"),
        };
        var since = CommonOptions.Since();
        var until = CommonOptions.Until();
        var limit = CommonOptions.Limit();
        var offset = CommonOptions.Offset();
        var command = new Command("claims", "List claims, filtered by place, kind, side, source and time")
        {
            database, format, outFile, kind, side, source, place, near, radius, since, until, limit, offset,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var error = parse.InvocationConfiguration.Error;
            if (!TryParseFilters(parse.GetValue(kind), parse.GetValue(side), parse.GetValue(near), error, out var claimKind, out var claimSide, out var centre))
            {
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenExistingAsync(parse.GetRequiredValue(database), cancellationToken);
            var query = new ClaimQuery
            {
                Kind = claimKind,
                Side = claimSide,
                Source = parse.GetValue(source),
                Place = parse.GetValue(place),
                Lat = centre?.Lat,
                Lon = centre?.Lon,
                RadiusKm = centre is null ? null : parse.GetValue(radius),
                Since = parse.GetValue(since),
                Until = parse.GetValue(until),
                Offset = parse.GetValue(offset),
            };
            var fetched = await store.ListClaimsAsync(query with { Limit = Page.Asking(parse.GetValue(limit)) }, cancellationToken);
            // The whole ledger's count is at hand only when nothing filters.
            int? total = query with { Offset = 0 } != new ClaimQuery() ? null : (await store.SummarizeAsync(cancellationToken)).Claims;
            var (claims, page) = Page.Cut(fetched, query.Offset, parse.GetValue(limit), total);
            var chosen = parse.GetValue(format);
            var exports = chosen == OutputFormat.Table ? [] : await ReportTexts.ClaimDtosAsync(store, claims, cancellationToken);
            await OutputTarget.WriteAsync(parse.GetValue(outFile), parse.InvocationConfiguration.Output,
                writer => Write(writer, chosen, claims, exports, page), $"{claims.Count} claims");
            page.Note(error, chosen, "claims");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Write(TextWriter output, OutputFormat format, IReadOnlyList<StoredClaim> claims, IReadOnlyList<StoredClaimDto> exports, Page page) =>
        Listing.WriteExport(output, format, claims, Columns, "Claims", page, exports, ExportTables.Claims, GeoJsonExport.Claims);

    /// <summary>The claims table for people, as <c>demo</c> prints it.</summary>
    internal static void WriteTable(TextWriter output, IReadOnlyList<StoredClaim> claims, Page page) =>
        Write(output, OutputFormat.Table, claims, [], page);

    private static bool TryParseFilters(
        string? kindText, string? sideText, string? nearText, TextWriter error,
        out ClaimKind? kind, out Side? side, out (double Lat, double Lon)? centre)
    {
        kind = null;
        side = null;
        centre = null;
        if (kindText is not null)
        {
            if (!ContractNames.TryParse<ClaimKind>(kindText, out var parsed))
            {
                error.WriteLine($"unknown claim kind '{kindText}'; known: {string.Join(", ", Enum.GetValues<ClaimKind>().Select(ContractNames.Of))}");
                return false;
            }
            kind = parsed;
        }
        if (sideText is not null)
        {
            if (!ContractNames.TryParse<Side>(sideText, out var parsed))
            {
                error.WriteLine($"unknown side '{sideText}'; known: RU, UA, other, unknown");
                return false;
            }
            side = parsed;
        }
        if (nearText is not null)
        {
            var parts = nearText.Split(',');
            if (parts.Length != 2
                || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                // NaN and infinities parse as numbers but are no place on Earth.
                || lat is not (>= -90 and <= 90) || lon is not (>= -180 and <= 180))
            {
                error.WriteLine($"--near takes LAT,LON in decimal degrees, not '{nearText}'");
                return false;
            }
            centre = (lat, lon);
        }
        return true;
    }

    private static readonly Column<StoredClaim>[] Columns =
    [
        new("id", c => ExportTables.ClaimId(c.Id)),
        new("report", c => ExportTables.ReportId(c.ReportId)),
        new("published", c => c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("kind", c => ContractNames.Of(c.Claim.Kind)),
        new("actor", c => c.Claim.Actor?.Text),
        new("places", c => string.Join("; ", c.Claim.Places.Select(p => p.Place?.Name ?? p.Text).Distinct(StringComparer.Ordinal))),
        new("origin", c => c.Claim.Chain.Origin.Source.Name),
        new("relays", c => string.Join(" → ", c.Claim.Chain.Relays.Select(r => r.Source.Name))),
        new("hedged", c => c.Claim.Hedged ? c.Claim.Hedge!.Words : ""),
        new("claim", c => c.Claim.Text, TableWidth: 70),
    ];
}

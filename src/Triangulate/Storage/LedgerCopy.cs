namespace Triangulate.Storage;

/// <summary>What a copy moved: the reports (with their analyses), the registry's sources and analysts' places.</summary>
public sealed record CopySummary(ImportSummary Reports, int Sources, int Places);

/// <summary>
/// Moves a whole ledger from one store to another, whatever the engines (a local SQLite file onto the team's server,
/// or back), through the contract alone. Reports go in id order, a page per transaction, under their own ids, so that
/// revision chains and claim ids survive; a re-run after an interruption skips what is there and completes the rest.
/// </summary>
public static class LedgerCopy
{
    // Every point on the sphere lies within half a great circle of any other: "all places" as a radius query.
    private const double WholeEarthKm = (Math.PI * GeoDistance.EarthRadiusKm) + 1;

    public static async Task<CopySummary> CopyAsync(
        ILedgerStore from, ILedgerStore to, int pageSize = 500, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var sources = await from.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        await to.SaveSourcesAsync(sources, cancellationToken).ConfigureAwait(false);
        var places = await from.ListPlacesNearAsync(0, 0, WholeEarthKm, cancellationToken).ConfigureAwait(false);
        await to.SavePlacesAsync(places, cancellationToken).ConfigureAwait(false);

        var reports = ImportSummary.Empty;
        var after = 0L;
        while (await from.ExportAsync(after, pageSize, cancellationToken).ConfigureAwait(false) is { Count: > 0 } page)
        {
            reports = reports.Add(await to.ImportAsync(page, cancellationToken).ConfigureAwait(false));
            after = page[^1].Report.Id;
            progress?.Report(reports.Imported + reports.AlreadyPresent + reports.Conflicting.Length);
        }
        return new CopySummary(reports, sources.Count, places.Count);
    }
}

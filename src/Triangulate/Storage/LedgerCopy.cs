namespace Triangulate.Storage;

/// <summary>
/// What a copy moved: the reports (with their analyses), the registry's sources, analysts' places, the events, the rows
/// of the journal (overrides, verdicts, source merges, audit lines) added, the evidence (control maps and occupation
/// rows), and the web accounts with API keys. The web app's sign-in key ring is not copied (see <see cref="LedgerCopy"/>).
/// </summary>
public sealed record CopySummary(ImportSummary Reports, int Sources, int Places, int Events, int JournalRows, int Evidence, int Accounts);

/// <summary>
/// Moves a whole ledger from one store to another, whatever the engines (a local SQLite file onto the team's server,
/// or back), through the contract alone. Reports go in id order, a page per transaction, under their own ids, so that
/// revision chains and claim ids survive; a re-run after an interruption skips what is there and completes the rest.
/// The journal keeps its ids too; events, which corroboration computes from all of that, replace the target's.
/// The web app's Data Protection key ring stays behind: it is a secret of the deployment that serves the source, not
/// part of the ledger's contents, so a server on the copy makes its own keys (its people sign in once more) and a
/// session cookie of the old server is worthless on the new one.
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

        var journal = await to.ImportJournalAsync(await from.ExportJournalAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var evidence = await CopyEvidenceAsync(from, to, cancellationToken).ConfigureAwait(false);
        var accounts = await CopyAccessAsync(from, to, cancellationToken).ConfigureAwait(false);
        var events = await from.ListEventsAsync(cancellationToken).ConfigureAwait(false);
        await to.ReplaceEventsAsync(events, cancellationToken).ConfigureAwait(false);
        return new CopySummary(reports, sources.Count, places.Count, events.Count, journal, evidence, accounts);
    }

    private static async Task<int> CopyEvidenceAsync(ILedgerStore from, ILedgerStore to, CancellationToken cancellationToken)
    {
        var maps = await from.ListControlMapsAsync(cancellationToken).ConfigureAwait(false);
        await to.SaveControlMapsAsync(maps, cancellationToken).ConfigureAwait(false);
        var entries = await from.ListOccupationEntriesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var list in entries.GroupBy(entry => entry.ListName, StringComparer.Ordinal))
        {
            await to.SaveOccupationEntriesAsync(list.Key, [.. list], cancellationToken).ConfigureAwait(false);
        }
        return maps.Count + entries.Count;
    }

    private static async Task<int> CopyAccessAsync(ILedgerStore from, ILedgerStore to, CancellationToken cancellationToken)
    {
        var accounts = await from.ListAccountsAsync(cancellationToken).ConfigureAwait(false);
        foreach (var account in accounts)
        {
            await to.SaveAccountAsync(account, cancellationToken).ConfigureAwait(false);
        }
        var keys = await from.ListApiKeysAsync(cancellationToken).ConfigureAwait(false);
        foreach (var key in keys)
        {
            await to.SaveApiKeyAsync(key, cancellationToken).ConfigureAwait(false);
        }
        return accounts.Count + keys.Count;
    }
}

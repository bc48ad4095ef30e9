using System.Globalization;
using System.Text;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>Places stored once each and named by key in mentions and claims (migration 0009), and the conversion of older ledgers.</summary>
public abstract partial class LedgerStoreContractTests
{
    /// <summary>
    /// A ledger as versions before 0009 wrote it (each mention's and claim's JSON holding its places whole, as exports
    /// write them, and no places table) is converted in place when opened: every count and every record read back
    /// stays as it was.
    /// </summary>
    [SkippableFact]
    public async Task MigrateAsync_LedgerWithWholePlacesInEveryRow_ConvertsWithCountsAndRecordsUnchanged()
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(0, 20).Select(DailySummary)]);
        var summary = await Store.SummarizeAsync();
        var records = await Store.ExportAsync(0, 1_000);
        await RunSqlAsync(WholePlacesAsBefore0009(records));

        await using var reopened = await OpenSameLedgerAsync();

        Assert.Equal(summary, await reopened.SummarizeAsync());
        Assert.Equal(LedgerJson.Serialize(records), LedgerJson.Serialize(await reopened.ExportAsync(0, 1_000)));
        Assert.Empty(await reopened.CheckIntegrityAsync());
    }

    /// <summary>A place named in many reports is one row: a second batch naming the same places reads back the same places.</summary>
    [SkippableFact]
    public async Task SaveAsync_PlacesNamedAgainInLaterBatches_ReadBackWhole()
    {
        await Store.SaveAsync(Batch());
        await Store.SaveAsync([.. Enumerable.Range(0, 5).Select(DailySummary)]);

        await using var other = await OpenSameLedgerAsync();
        var claims = await other.ListClaimsAsync(new ClaimQuery { Limit = 100 });

        var expected = Batch().Concat(Enumerable.Range(0, 5).Select(DailySummary))
            .SelectMany(analysis => analysis.Claims).SelectMany(claim => claim.Places).Select(mention => mention.Place).OfType<Place>()
            .Select(LedgerJson.Serialize).Order(StringComparer.Ordinal);
        var stored = claims.SelectMany(claim => claim.Claim.Places).Select(mention => mention.Place).OfType<Place>()
            .Select(LedgerJson.Serialize).Order(StringComparer.Ordinal);
        Assert.Equal(expected, stored);
    }

    private static string WholePlacesAsBefore0009(IReadOnlyList<ReportRecord> records)
    {
        var sql = new StringBuilder();
        foreach (var record in records)
        {
            for (var i = 0; i < record.Places.Length; i++)
            {
                sql.Append(CultureInfo.InvariantCulture,
                    $"UPDATE place_mentions SET detail = {Literal(LedgerJson.Serialize(record.Places[i]))} WHERE report_id = {record.Report.Id} AND ordinal = {i};\n");
            }
            foreach (var claim in record.Claims)
            {
                sql.Append(CultureInfo.InvariantCulture, $"UPDATE claims SET detail = {Literal(LedgerJson.Serialize(claim.Claim))} WHERE id = {claim.Id};\n");
            }
        }
        sql.Append("DROP TABLE ledger_places;\nDELETE FROM schema_version WHERE name = 'ledger_places';\n");
        return sql.ToString();
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}

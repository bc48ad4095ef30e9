using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Tests.Export;

public sealed class ReportTextsTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public async Task ClaimDtosAsync_ClaimsOfSeveralReports_EachCountsCodePointsInItsOwnReport()
    {
        await using var store = await SqliteLedgerStore.OpenAsync(directory.File("ledger.db"), TimeProvider.System);
        // The same sentence, after two emoji (four UTF-16 units, two code points) in one channel's post and plain in the other's.
        await store.SaveAsync([Post("channel-a", "🔥🔥 "), Post("channel-b", "")]);
        var claims = await store.ListClaimsAsync(new ClaimQuery());

        var dtos = await ReportTexts.ClaimDtosAsync(store, claims, CancellationToken.None);

        Assert.Equal(
            [("channel-a", 5, 3), ("channel-b", 0, 0)],
            dtos.Select(dto => (dto.Publisher, dto.Start, dto.StartCp)).OrderBy(row => row.Publisher, StringComparer.Ordinal));
    }

    private static Analysis Post(string channel, string prefix)
    {
        const string sentence = "Під Торецьком противник атакував позиції.";
        var text = prefix + sentence;
        var report = new Report(null, channel, $"https://t.me/{channel}/1", new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero), "uk", null, text,
            new InputLocation("posts.jsonl", 1));
        var toretsk = new Place("ua:toretsk", "Торецьк", PlaceKind.Settlement, 48.397, 37.850, "UA", [], []);
        var placeStart = text.IndexOf("Торецьком", StringComparison.Ordinal);
        var mention = new PlaceMention(new Span(placeStart, placeStart + "Торецьком".Length), "Торецьком", toretsk, 0.9, PlacePrecision.NearPlace);
        var claim = new Claim(new Span(prefix.Length, text.Length), sentence, ClaimKind.Attack, new Actor("противник", Side.RU, new Span(0, 0)), "атакував",
            [mention], null, [], null, false, AttributionChain.OwnVoice(channel));
        return new Analysis(report, [mention], [claim]);
    }
}

using System.Text;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>SQLite's batch writer binds the rows' JSON as UTF-8 written straight into a reused buffer: the same bytes as the string.</summary>
public sealed class StoredJsonTests
{
    [Fact]
    public void WriteUtf8_MentionsAndClaimsOfReports_WritesTheUtf8OfTheStoredString()
    {
        var analyses = Batch();
        var keys = PlaceKeys(analyses);
        using var output = new StoredJson.Utf8Output();

        // Claims first, then mentions, so short documents are written into a buffer longer ones filled before them.
        foreach (var claim in analyses.SelectMany(a => a.Claims))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(StoredJson.Write(claim, keys)), StoredJson.WriteUtf8(claim, keys, output).ToArray());
        }
        foreach (var mention in analyses.SelectMany(a => a.Places))
        {
            Assert.Equal(Encoding.UTF8.GetBytes(StoredJson.Write(mention, keys)), StoredJson.WriteUtf8(mention, keys, output).ToArray());
        }
    }

    [Fact]
    public void WriteUtf8_ClaimWithNulAndLoneSurrogate_WritesTheReplacementsTheStringHolds()
    {
        var analysis = GeneralStaffRepelledAttacks();
        var claim = analysis.Claims[0] with { Text = "до\0після \uD800 Торецьк" };
        var keys = PlaceKeys([analysis]);
        using var output = new StoredJson.Utf8Output();

        var written = Encoding.UTF8.GetString(StoredJson.WriteUtf8(claim, keys, output));

        Assert.Equal(StoredJson.Write(claim, keys), written);
        Assert.Contains("до\uFFFDпісля \uFFFD Торецьк", written, StringComparison.Ordinal);
    }

    private static Dictionary<Place, long> PlaceKeys(IReadOnlyList<Analysis> analyses)
    {
        var keys = new Dictionary<Place, long>(ReferenceEqualityComparer.Instance);
        foreach (var place in BatchPlaces.Of(analyses.SelectMany(a => a.Places), analyses.SelectMany(a => a.Claims)))
        {
            keys.TryAdd(place, keys.Count + 1);
        }
        return keys;
    }
}

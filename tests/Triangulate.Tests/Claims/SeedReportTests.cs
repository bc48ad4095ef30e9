using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>The seed report against its expected reading (TestData/seeds).</summary>
public sealed class SeedReportTests
{
    private const string SeedName = "000_dd5ccbe65ea12fac";

    private static readonly Lazy<(string Text, ImmutableArray<Claim> Claims, JsonElement Expected)> Seed = new(() =>
    {
        var text = File.ReadAllText(RepositoryPaths.Seed(SeedName + ".txt"));
        var expected = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Seed(SeedName + ".expected.json"))).RootElement.Clone();
        var report = new Report("seed", "unknown", null, new DateTimeOffset(2024, 7, 5, 12, 0, 0, TimeSpan.Zero), "en", null, text, new InputLocation("seed.txt"));
        return (text, new RuleBasedClaimExtractor(SourceRegistry.LoadDefault()).Extract(report, []), expected);
    });

    private static Claim ClaimOverlapping(int start, int end) =>
        Assert.Single(Seed.Value.Claims, claim => claim.Span.Overlaps(new Span(start, end)));

    [Fact]
    public void Extract_SeizureOfCentre_IsHedgedTerritorialControlFromKimakovskyViaRussia24()
    {
        var claim = ClaimOverlapping(0, 169);

        Assert.Equal(ClaimKind.TerritorialControl, claim.Kind);
        Assert.Equal("allegedly", claim.Hedge?.Words);
        Assert.Equal(Side.RU, claim.Actor?.Side);
        Assert.Equal("kimakovsky", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(SourceKind.Official, claim.Chain.Origin.Source.Kind);
        Assert.Equal(Side.RU, claim.Chain.Origin.Source.Side);
        Assert.Equal("adviser to the head of the Donetsk People's Republic", claim.Chain.Origin.Source.Role);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Theory]
    [InlineData(725, 872)]
    [InlineData(873, 1053)]
    public void Extract_AdvancesFromSevernayaMine_AreKimakovskysViaRussia24(int start, int end)
    {
        var claim = ClaimOverlapping(start, end);

        Assert.Equal(ClaimKind.Advance, claim.Kind);
        Assert.Equal("kimakovsky", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_AdvanceSouthOfChasovYar_ComesFromOperationZWithDepth()
    {
        var claim = ClaimOverlapping(2630, 2884);

        Assert.Equal(ClaimKind.Advance, claim.Kind);
        Assert.Equal("operation_z", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(SourceKind.MilbloggerChannel, claim.Chain.Origin.Source.Kind);
        Assert.Empty(claim.Chain.Relays);
        Assert.Equal("reports indicating", claim.Hedge?.Words);
        var depth = Assert.Single(claim.Quantities);
        Assert.Equal((1.45, "km"), (depth.Value, depth.Unit));
    }

    [Fact]
    public void Extract_RecruitmentClaim_ComesFromFormerPrisoner()
    {
        var claim = ClaimOverlapping(3278, 3408);

        Assert.Equal(ClaimKind.Recruitment, claim.Kind);
        Assert.Equal(SourceKind.Individual, claim.Chain.Origin.Source.Kind);
        Assert.Equal(Side.Unknown, claim.Chain.Origin.Source.Side);
        Assert.Contains("former Ukrainian prisoner", claim.Chain.Origin.Source.Name, StringComparison.Ordinal);
        Assert.Equal(Side.UA, claim.Actor?.Side);
    }

    [Fact]
    public void Extract_EarlierActions_AreInThePublishersVoice()
    {
        var claim = ClaimOverlapping(2054, 2185);

        Assert.Equal(ClaimKind.Attack, claim.Kind);
        Assert.Equal(SourceKind.Publisher, claim.Chain.Origin.Source.Kind);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_Seed_FindsEveryExpectedClaimAndNoOthers()
    {
        var expected = Seed.Value.Expected.GetProperty("claims").EnumerateArray()
            .Select(claim => new Span(claim.GetProperty("span")[0].GetInt32(), claim.GetProperty("span")[1].GetInt32()))
            .ToList();

        Assert.All(expected, span => Assert.Contains(Seed.Value.Claims, claim => claim.Span.Overlaps(span)));
        Assert.All(Seed.Value.Claims, claim => Assert.Contains(expected, span => claim.Span.Overlaps(span)));
    }

    [Fact]
    public void Extract_Seed_FindsNoClaimInCommentaryOrBackground()
    {
        var notClaims = Seed.Value.Expected.GetProperty("not_claims").EnumerateArray()
            .Select(span => new Span(span[0].GetInt32(), span[1].GetInt32()))
            .ToList();
        var fortificationParagraph = new Span(Seed.Value.Text.IndexOf("Dzerzhinsk has long", StringComparison.Ordinal), Seed.Value.Text.IndexOf("Earlier actions", StringComparison.Ordinal));

        Assert.DoesNotContain(Seed.Value.Claims, claim => notClaims.Any(claim.Span.Overlaps) || claim.Span.Overlaps(fortificationParagraph));
    }
}

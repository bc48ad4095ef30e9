using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Ingest;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>
/// The extractor's chains on the bundled samples, against the claim groups they were written with
/// (docs/samples.md; TestData/corroboration/samples-groups.json): every report that carries Kimakovsky's claim traces
/// it back to him, no report passes its own claims through itself, and the reports answering him credit the claim and
/// its denial to those who make them.
/// </summary>
public sealed class SampleChainTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.LoadDefault();
    private static readonly RuleBasedClaimExtractor Extractor = new(Registry);

    /// <summary>The reports the sample groups trace to Kimakovsky: file and external id (null for HTML pages).</summary>
    public static TheoryData<string, string?> KimakovskyReports()
    {
        using var groups = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corroboration", "samples-groups.json")));
        var data = new TheoryData<string, string?>();
        foreach (var report in groups.RootElement.GetProperty("groups").EnumerateArray()
            .SelectMany(group => group.GetProperty("reports").EnumerateArray())
            .Where(report => report.TryGetProperty("origin", out var origin) && origin.GetString() == "kimakovsky"))
        {
            data.Add(report.GetProperty("file").GetString()!, report.GetProperty("id").GetString());
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KimakovskyReports))]
    public void Extract_ReportCarryingKimakovskysClaim_TracesItToHim(string file, string? id)
    {
        var claims = ClaimsOf(file, id).Claims;

        Assert.Contains(claims, claim => claim.Kind is ClaimKind.TerritorialControl or ClaimKind.Advance && claim.Chain.Origin.Source.SourceId == "kimakovsky");
    }

    [Theory]
    [MemberData(nameof(KimakovskyReports))]
    public void Extract_ReportCarryingKimakovskysClaim_RelaysOnlyThroughMedia(string file, string? id)
    {
        var relays = ClaimsOf(file, id).Claims
            .Where(claim => claim.Chain.Origin.Source.SourceId == "kimakovsky")
            .SelectMany(claim => claim.Chain.Relays);

        Assert.All(relays, relay => Assert.NotEqual(SourceKind.Official, relay.Source.Kind));
    }

    [Theory]
    [MemberData(nameof(KimakovskyReports))]
    public void Extract_ReportCarryingKimakovskysClaim_PublisherIsNoRelay(string file, string? id)
    {
        var (report, claims) = ClaimsOf(file, id);
        var publisher = Registry.ResolvePublisher(report.Publisher);

        Assert.All(claims.SelectMany(claim => claim.Chain.Relays), relay => Assert.False(
            publisher is not null ? relay.Source.SourceId == publisher.Id : relay.Source.Name == SourceRegistry.OutletName(report.Publisher),
            $"{report.Publisher} relays its own claim"));
    }

    [Fact]
    public void Extract_UkrainskaPravdaHeadline_TheOccupiersClaimAndTheDefenceForcesDeny()
    {
        var claims = ClaimsOf("html/pravda-2024-07-04-toretsk-claim.html", null).Claims;

        Assert.Equal(("Окупанти", Side.RU), (claims[0].Chain.Origin.Source.Written, claims[0].Chain.Origin.Source.Side));
        Assert.Equal((ClaimKind.Denial, "ua_defence_forces"), (claims[1].Kind, claims[1].Chain.Origin.Source.SourceId));
    }

    [Theory]
    [InlineData("jsonl/reports.jsonl", "suspilne-20240704-trehubov")]
    [InlineData("text/2024-07-04-kyivindependent-trehubov-denial.md", "kyivind-20240704-toretsk-denial")]
    public void Extract_ReportQuotingTrehubov_EveryQuotedClaimIsHis(string file, string id)
    {
        var (report, claims) = ClaimsOf(file, id);
        var quoted = claims.Where(claim => InsideQuotation(report.Text, claim.Span.Start)).ToList();

        Assert.NotEmpty(quoted);
        Assert.All(quoted, claim => Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId));
    }

    /// <summary>
    /// Whether a claim starts inside a quotation of its paragraph: on its opening mark, or after more opening than
    /// closing marks (a restated "This is not true." is dropped, and the quotation's next claim starts within it).
    /// </summary>
    private static bool InsideQuotation(string text, int start)
    {
        var paragraph = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        var before = text[paragraph..start];
        return text[start] is '«' or '"' || before.Count(c => c == '«') > before.Count(c => c == '»') || before.Count(c => c == '"') % 2 == 1;
    }

    private static (Report Report, ImmutableArray<Claim> Claims) ClaimsOf(string file, string? id)
    {
        var reports = new ReportSource(IngestOptions.Default).ReadFile(Path.Combine(RepositoryPaths.Samples, file))
            .Select(outcome => outcome.Report)
            .OfType<Report>()
            .ToList();
        // Telegram exports and feeds give longer ids than the groups' ("102" for message 102, the entry's tag).
        var report = id is null ? Assert.Single(reports) : Assert.Single(reports, r => r.ExternalId == id || r.ExternalId == "tg:" + id);
        return (report, Extractor.Extract(report, []));
    }
}

using CsCheck;
using Triangulate.Corroboration;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class OriginIndependenceTests
{
    [Fact]
    public void Assess_OneOfficialThroughManyRelays_IsOneOrigin()
    {
        var claims = new[]
        {
            Claim(1, relays: [Rossiya24]),
            Claim(2, relays: [Rossiya24, Tass]),
            Claim(3, relays: [Rossiya24, Tass, Reuters], language: "en"),
            Claim(4, relays: [Outlet("Донецкий фронт | Z")]),
        };

        Assert.Equal(1, OriginIndependence.Assess(claims, Registry).Count);
    }

    [Fact]
    public void Assess_AffiliatedOfficials_AreOneVoice()
    {
        var result = OriginIndependence.Assess([Claim(1, origin: Kimakovsky), Claim(2, origin: Pushilin, text: "Pushilin says most of the town is taken")], Registry);

        Assert.Equal(1, result.Count);
        Assert.Contains("affiliated", result.Independent[0].Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_EditorPublishingTheMinistrysAccount_IsNotCountedBesideTheMinistry()
    {
        // data/real/reports.jsonl, real-0108: RT's editor-in-chief publishes the list of prisoners the ministry says were aboard.
        var registry = new Affiliations(
        [
            new Source("ru_mod", "Russian Ministry of Defence", SourceKind.MilitaryCommand, Side.RU, []),
            new Source("rt", "RT", SourceKind.StateMedia, Side.RU, []),
            new Source("simonyan", "Margarita Simonyan", SourceKind.Individual, Side.RU, [], AffiliatedWith: ["rt"]),
        ]);
        var simonyan = Registered("simonyan", "Margarita Simonyan", Side.RU, SourceKind.Individual);

        var result = OriginIndependence.Assess([Claim(1, origin: RuMod), Claim(2, origin: simonyan, text: "Симоньян опубликовала список пленных, находившихся на борту")], registry);

        Assert.Equal(("ru_mod", "simonyan"), (Assert.Single(Assert.Single(result.Independent).Origins).Key, Assert.Single(result.Derivative).Key));
    }

    [Fact]
    public void Assess_OtherSideConfirmation_CountsPerSide()
    {
        var result = OriginIndependence.Assess([Claim(1, origin: Kimakovsky), Claim(2, origin: DeepState, language: "uk", text: "Росіяни просунулися в центрі Торецька")], Registry);

        Assert.Equal(1, result.CountBySide[Side.RU]);
        Assert.Equal(1, result.CountBySide[Side.UA]);
    }

    [Fact]
    public void Assess_NearDuplicateTextInOneLanguage_IsACopy()
    {
        const string text = "Российские военные заняли центр Дзержинска, сообщил советник главы республики в эфире телеканала";
        var claims = new[]
        {
            Claim(1, origin: Outlet("Канал А", Side.RU), text: text),
            Claim(2, origin: Outlet("Канал Б", Side.RU), text: text + " сегодня"),
        };

        Assert.Equal(1, OriginIndependence.Assess(claims, Registry).Count);
    }

    [Fact]
    public void Assess_SameQuotedFiguresAcrossLanguages_IsACopy()
    {
        var a = Claim(1, origin: Outlet("Outlet A"), language: "ru", text: "«Продвинулись на 1,45 км», — сообщили военкоры") with { Quotes = true, Quantities = [1.45] };
        var b = Claim(2, origin: Outlet("Outlet B"), language: "en", text: "\"An advance of 1.45 km\", the channel said") with { Quotes = true, Quantities = [1.45] };

        Assert.Contains("same quoted statement with the same figures on 2024-07-04", Copies.Reason(a, b), StringComparison.Ordinal);
    }

    [Fact]
    public void CopyReason_UnderANonGregorianCulture_WritesTheDayInIsoForm()
    {
        var a = Claim(1, origin: Outlet("Outlet A"), language: "ru", text: "«Продвинулись на 1,45 км», — сообщили военкоры") with { Quotes = true, Quantities = [1.45] };
        var b = Claim(2, origin: Outlet("Outlet B"), language: "en", text: "\"An advance of 1.45 km\", the channel said") with { Quotes = true, Quantities = [1.45] };
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.EndsWith("on 2024-07-04", Copies.Reason(a, b), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Assess_OutletOwnVoiceBesideANamedOrigin_IsNotCounted()
    {
        var result = OriginIndependence.Assess([Claim(1, origin: Kimakovsky), Claim(2, origin: Outlet("Reuters"), language: "en", text: "Russian forces have captured the centre of Toretsk")], Registry);

        Assert.Equal(1, result.Count);
        Assert.Single(result.Derivative);
    }

    [Fact]
    public void Assess_VoiceHeardOnlyUndatedBesideADatedOne_IsNotCounted()
    {
        var result = OriginIndependence.Assess([Claim(1, origin: RuMod), Undated(Claim(2, origin: DeepState, language: "uk", text: "Росіяни просунулися в центрі Торецька"))], Registry);

        Assert.Equal(1, result.Count);
        Assert.Equal("deepstate", Assert.Single(result.Derivative).Key);
    }

    [Fact]
    public void Assess_VoiceHeardOnlyInARetellingDaysAfter_IsNotCounted()
    {
        var strike = Claim(1, kind: ClaimKind.Strike, origin: RuMod, day: 24);
        var retold = ByPublication(Claim(2, kind: ClaimKind.Strike, origin: Pushilin, day: 27, text: "Pushilin had said a second plane followed"));

        var result = OriginIndependence.Assess([strike, retold], Registry);

        Assert.Equal(1, result.Count);
        Assert.Equal("pushilin", Assert.Single(result.Derivative).Key);
    }

    [Fact]
    public void Assess_EveryVoiceUndated_CountsEach()
    {
        var result = OriginIndependence.Assess([Undated(Claim(1, origin: RuMod)), Undated(Claim(2, origin: DeepState, language: "uk", text: "Росіяни просунулися в центрі Торецька"))], Registry);

        Assert.Equal(2, result.Count);
    }

    [Fact]
    public void Assess_VoiceOnlyConcedingInADenial_IsNotCounted()
    {
        var conceded = Claim(2, kind: ClaimKind.Withdrawal, origin: Registered("ua_general_staff", "General Staff of the Armed Forces of Ukraine", Side.UA, SourceKind.MilitaryCommand),
            text: "Подразделения осуществили перегруппировку, отошли на более выгодные рубежи обороны") with { Concedes = true };

        var result = OriginIndependence.Assess([Claim(1, origin: RuMod), conceded], Registry);

        Assert.Equal(("ru_mod", "ua_general_staff"), (Assert.Single(Assert.Single(result.Independent).Origins).Key, Assert.Single(result.Derivative).Key));
    }

    [Fact]
    public void Assess_AddingARelay_NeverRaisesTheCount()
    {
        Gen.Select(Generators.Ledger, Gen.Int[0, 39], Gen.Int[0, 3]).Sample(generated =>
        {
            var input = (claims: generated.Item1, pick: generated.Item2, relay: generated.Item3);
            var original = input.claims[input.pick % input.claims.Length];
            var relayed = original with
            {
                ClaimId = input.claims.Length + 1,
                ReportId = input.claims.Length + 1,
                Key = "relay:0",
                Publisher = "Relay outlet",
                Relays = [.. original.Relays, new[] { Rossiya24, Tass, Reuters, Outlet("Relay outlet") }[input.relay]],
                Text = "As reported: " + original.Text,
            };
            return CountFor(input.claims, original.ClaimId) >= CountFor([.. input.claims, relayed], original.ClaimId);
        }, iter: 200);
    }

    [Fact]
    public void Assess_AddingACopy_NeverRaisesTheCount()
    {
        Gen.Select(Generators.Ledger, Gen.Int[0, 39]).Sample(generated =>
        {
            var input = (claims: generated.Item1, pick: generated.Item2);
            var original = input.claims[input.pick % input.claims.Length];
            var copy = original with
            {
                ClaimId = input.claims.Length + 1,
                ReportId = input.claims.Length + 1,
                Key = "copy:0",
                Publisher = "Copying channel",
                Origin = Outlet("Copying channel", original.Origin.Side),
                Relays = [],
            };
            return CountFor(input.claims, original.ClaimId) >= CountFor([.. input.claims, copy], original.ClaimId);
        }, iter: 200);
    }

    private static int CountFor(IReadOnlyList<ClaimFacts> claims, long claimId)
    {
        var group = EventGrouper.Group(claims).Single(g => g.Claims.Any(c => c.ClaimId == claimId));
        return OriginIndependence.Assess(group.Claims, Registry).Count;
    }
}

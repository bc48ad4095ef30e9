using CsCheck;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class CorroboratorTests
{
    private static CorroborationResult Run(IReadOnlyList<ClaimFacts> claims, IReadOnlyList<Verdict>? verdicts = null) =>
        Corroborator.Run(claims, [], verdicts ?? [], EvidenceSet.None, Registry);

    [Fact]
    public void Run_Denial_ContradictsTheClaimBothWays()
    {
        var result = Run([Claim(1, Toretsk), Claim(2, Toretsk, ClaimKind.Denial, Side.UA, origin: Trehubov, language: "uk", text: "Це неправда")]);

        Assert.Equal([2L], result.Events.Single(e => e.Id == 1).Contradicts.ToArray());
        Assert.Equal([1L], result.Events.Single(e => e.Id == 2).Contradicts.ToArray());
    }

    [Fact]
    public void Run_EventWithMoreClaimsOfNoKnownSideThanOfOne_IsOfThatSide()
    {
        // An advance whose words name no one advancing has no side (ClaimFactsReader): it outvotes none.
        var capture = Claim(1, Toretsk, origin: Kimakovsky);
        var infiltration = Claim(2, Toretsk, ClaimKind.Advance, Side.Unknown, origin: Outlet("The Kyiv Independent"), language: "en", text: "Infantry had likely been infiltrating the area for several days.");
        var advance = Claim(3, Toretsk, ClaimKind.Advance, Side.Unknown, origin: Outlet("Suspilne"), language: "en", text: "Assault groups were moving through the ruins of the mine.");

        var event_ = Assert.Single(Run([capture, infiltration, advance]).Events);

        Assert.Equal(Side.RU, event_.ActingSide);
    }

    [Fact]
    public void Run_DenialOfAStrikeInAnotherLanguage_ContradictsTheStrike()
    {
        var strike = Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, language: "ru", text: "ВС РФ нанесли удар по пункту временной дислокации в Торецке");
        var denial = Claim(2, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "uk", text: "Інформація про удар по пункту дислокації в Торецьку не відповідає дійсності") with { Denies = KindFamily.Strike };

        var result = Run([strike, denial]);

        Assert.Equal([2L], result.Events.Single(e => e.Id == 1).Contradicts.ToArray());
    }

    [Fact]
    public void Run_DenialOfACapture_DoesNotContradictAStrikeThere()
    {
        var strike = Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, text: "ВС РФ нанесли удар по Торецку");
        var denial = Claim(2, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "uk", text: "Заява про захоплення Торецька не відповідає дійсності") with { Denies = KindFamily.Ground };

        Assert.All(Run([strike, denial]).Events, e => Assert.Empty(e.Contradicts));
    }

    [Fact]
    public void Run_DenialFromTheClaimingSide_DoesNotContradictIt()
    {
        var denial = Claim(2, Toretsk, ClaimKind.Denial, Side.UA, origin: Pushilin, text: "Это неправда");

        Assert.All(Run([Claim(1, Toretsk), denial]).Events, e => Assert.Empty(e.Contradicts));
    }

    [Fact]
    public void Run_DenialOfAStrikeBothSidesTellOf_ContradictsTheOtherSidesAccount()
    {
        var claimed = Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, text: "ВС РФ нанесли удар по месту сбора командиров в Торецке");
        var told = Claim(2, Toretsk, ClaimKind.Strike, Side.RU, origin: Trehubov, language: "uk", text: "Ракета влучила в житловий квартал Торецька");
        var denial = Claim(3, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "uk", text: "Росія знову поширює неправдиву інформацію про удар") with { Denies = KindFamily.Strike };

        var result = Run([claimed, told, denial]);

        Assert.Equal([3L], result.Events.Single(e => e.Claims.Any(c => c.ClaimId == 1)).Contradicts.ToArray());
    }

    [Fact]
    public void Run_UndatedClaimAndItsDenialToldInOneReport_ContradictEachOther()
    {
        var claimed = Undated(Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, language: "en", text: "The strike hit a meeting of commanders and Western instructors, the Russian ministry said"));
        var denial = Claim(2, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "en", text: "'This is a cynical lie,' said the General Staff") with { ReportId = 1 };

        var result = Run([claimed, denial]);

        Assert.Equal([2L], result.Events.Single(e => e.Id == 1).Contradicts.ToArray());
        Assert.Equal([1L], result.Events.Single(e => e.Id == 2).Contradicts.ToArray());
    }

    [Fact]
    public void Run_UndatedClaimAndADenialInAnotherReport_StayUnlinked()
    {
        var claimed = Undated(Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, language: "en", text: "The strike hit a meeting of commanders and Western instructors, the Russian ministry said"));
        var denial = Claim(2, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "en", text: "'This is a cynical lie,' said the General Staff");

        Assert.All(Run([claimed, denial]).Events, e => Assert.Empty(e.Contradicts));
    }

    [Fact]
    public void Run_UndatedDenialBesideTwoEventsItCouldDeny_ContradictsTheOneWhoseStoryItsReportRetells()
    {
        // After data/real/reports.jsonl, real-0113 (Budanov's doubt, undated) beside the Il-76 story told on two days.
        const string Retelling = "A Russian missile attack on the central city has killed at least 18 people, including nine children, officials said. Russia's defence ministry later claimed a high-precision missile strike had targeted a meeting of unit commanders and Western instructors.";
        const string Denying = "Russia's defence ministry claimed a high-precision missile strike had targeted a meeting of unit commanders and Western instructors. Ukraine's military said Russia was again spreading false information about the strike.";
        const string Elsewhere = "Russian forces struck the city's railway depot overnight, TASS reported, and destroyed a fuel store of the Ukrainian army.";
        var claimed = Claim(1, Toretsk, ClaimKind.Strike, Side.RU, day: 4, origin: RuMod, language: "en", text: "Russia's defence ministry later claimed a high-precision missile strike had targeted a meeting") with { ReportSketch = TextSketch.Of(Retelling) };
        var later = Claim(2, Toretsk, ClaimKind.Strike, Side.RU, day: 20, origin: Tass, language: "en", text: "Russian forces struck the city's railway depot overnight, TASS reported") with { ReportSketch = TextSketch.Of(Elsewhere) };
        var denial = Undated(Claim(3, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "en", text: "Russia was again spreading false information")) with { Denies = KindFamily.Strike, ReportSketch = TextSketch.Of(Denying) };

        var result = Run([claimed, later, denial]);

        Assert.Equal([1L], result.Events.Single(e => e.Id == 3).Contradicts.ToArray());
    }

    [Fact]
    public void Run_DatedDenial_ContradictsTheUndatedClaimWhoseStoryItsReportRetells()
    {
        // After data/real/reports.jsonl, real-0127 (Ukraine's military, dated) and real-0124 (the ministry's account, undated).
        const string Denying = "Ukraine's military said on Saturday that Russia was again spreading false information by saying it had targeted a gathering of servicemen in a missile strike on the central city. Local officials say the strike killed at least 18 people, including nine children.";
        const string Retelling = "A Russian missile attack on the central city has killed at least 18 people, including nine children, officials said. Russia's defence ministry later claimed a high-precision missile strike had targeted a meeting of unit commanders and Western instructors.";
        const string Elsewhere = "Russian forces struck the city's railway depot overnight, TASS reported, and destroyed a fuel store of the Ukrainian army.";
        var claimed = Undated(Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: RuMod, language: "en", text: "Russia's defence ministry later claimed a high-precision missile strike had targeted a meeting")) with { ReportSketch = TextSketch.Of(Retelling) };
        var other = Undated(Claim(2, Toretsk, ClaimKind.Strike, Side.RU, origin: Tass, language: "en", text: "Russian forces struck the city's railway depot overnight, TASS reported")) with { ReportSketch = TextSketch.Of(Elsewhere) };
        var denial = Claim(3, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "en", text: "Russia was again spreading false information") with { Denies = KindFamily.Strike, ReportSketch = TextSketch.Of(Denying) };

        var result = Run([claimed, other, denial]);

        Assert.Equal([1L], result.Events.Single(e => e.Id == 3).Contradicts.ToArray());
    }

    [Fact]
    public void Run_CaptureAndCounterAttacksRepelledByOneSource_DoNotContradict()
    {
        var capture = Claim(1, Toretsk, origin: RuMod, text: "Подразделения освободили населенный пункт");
        var repelled = Claim(2, Toretsk, ClaimKind.RepelledAttack, Side.UA, origin: RuMod, text: "Отражены пять контратак штурмовых групп противника");

        Assert.All(Run([capture, repelled]).Events, e => Assert.Empty(e.Contradicts));
    }

    [Fact]
    public void Run_CaptureClaimedAgainWeeksLater_RepeatsTheEarlierEvent()
    {
        var result = Run([Claim(1, Toretsk, day: 4), Claim(2, Toretsk, day: 60, origin: RuMod), Claim(3, ChasivYar, day: 61)]);

        Assert.Equal(1L, result.Events.Single(e => e.Id == 2).Repeats);
        Assert.Equal([2L], result.Events.Single(e => e.Id == 1).RepeatedBy.ToArray());
        Assert.Null(result.Events.Single(e => e.Id == 3).Repeats);
    }

    [Fact]
    public void Run_UndatedClaim_IsFlaggedInItsEvent()
    {
        var result = Run([Claim(1, Toretsk, origin: RuMod), Undated(Claim(2, Toretsk, origin: RuMod))]);

        Assert.Equal([2L], Assert.Single(result.Events).UndatedClaims.ToArray());
    }

    [Fact]
    public void Run_DenialMergedIntoTheClaimByAnAnalyst_IsNotCountedAsSupport()
    {
        var merge = new EventOverride(1, OverrideKind.Merge, [1, 2], "analyst", DateTimeOffset.UnixEpoch);
        var claims = new[] { Claim(1, Toretsk), Claim(2, Toretsk, ClaimKind.Denial, Side.RU, origin: Trehubov, language: "uk", text: "Це неправда") };

        var result = Corroborator.Run(claims, [merge], [], EvidenceSet.None, Registry);

        Assert.Equal(["kimakovsky"], Assert.Single(result.Events).IndependentOrigins.SelectMany(c => c.Origins).Select(o => o.Key));
    }

    [Fact]
    public void Run_RefutedClaim_BearsOutItsDenial()
    {
        var refuted = new Verdict(VerdictTarget.Event, 1, VerdictValue.Refuted, "analyst", DateTimeOffset.UnixEpoch, "no footage");

        var result = Run([Claim(1, Toretsk), Claim(2, Toretsk, ClaimKind.Denial, Side.UA, origin: Trehubov, language: "uk", text: "Це неправда")], [refuted]);

        Assert.Equal(VerdictValue.Confirmed, result.Events.Single(e => e.Id == 2).Verdict!.Value);
        Assert.Equal(1, result.Sources.Single(s => s.Key == "trehubov").Confirmed);
        Assert.Equal(1, result.Sources.Single(s => s.Key == "kimakovsky").Refuted);
    }

    [Fact]
    public void Run_AnalystVerdictOnAClaim_DecidesItsEvent()
    {
        var confirmed = new Verdict(VerdictTarget.Claim, 2, VerdictValue.Confirmed, "analyst", DateTimeOffset.UnixEpoch, "geolocated");

        var result = Run([Claim(1, Toretsk), Claim(2, Toretsk, origin: RuMod, text: "the ministry says so")], [confirmed]);

        Assert.Equal("1", Assert.Single(result.Events).Credibility.Code);
    }

    [Fact]
    public void Run_AnyOrder_GivesTheSameEventsAndGrades()
    {
        Gen.Select(Generators.Ledger, Gen.Int).Sample(generated =>
        {
            var (claims, seed) = generated;
            var shuffled = claims.ToArray();
            new Random(seed).Shuffle(shuffled);
            return Summary(Run(claims)) == Summary(Run(shuffled));
        }, iter: 100);
    }

    private static string Summary(CorroborationResult result) =>
        string.Join('\n', result.Events.Select(e =>
            $"{e.Id}: {string.Join(",", e.Claims.Select(c => c.ClaimId).Order())} {e.IndependentOriginCount} {e.Credibility.Code} [{string.Join(",", e.Contradicts)}]"))
        + "\n" + string.Join('\n', result.Sources.Select(s => $"{s.Key} {s.Reliability.Code} {s.Confirmed}/{s.Refuted}"));
}

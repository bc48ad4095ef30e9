using Triangulate.Corroboration;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class GradingTests
{
    [Fact]
    public void Reliability_OneLuckyClaim_IsNotAnA()
    {
        Assert.Equal("F", Grading.Reliability(1, 0).Code);
    }

    [Fact]
    public void Reliability_LongRecordOfConfirmations_IsA()
    {
        Assert.Equal("A", Grading.Reliability(12, 0).Code);
    }

    [Fact]
    public void Reliability_MostlyRefuted_IsE()
    {
        var grade = Grading.Reliability(0, 4);

        Assert.Equal("E", grade.Code);
        Assert.Contains("(0+2)/(4+4) = 0.25", grade.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Credibility_CrossSideConfirmation_BeatsSameSideOnly()
    {
        var sameSide = OriginIndependence.Assess([Claim(1, origin: Kimakovsky), Claim(2, origin: RuMod, text: "the ministry confirms")], Registry);
        var crossSide = OriginIndependence.Assess([Claim(1, origin: Kimakovsky), Claim(2, origin: DeepState, text: "DeepState geolocated a flag")], Registry);

        var same = Grading.Credibility(Side.RU, sameSide, 0, null);
        var cross = Grading.Credibility(Side.RU, crossSide, 0, null);

        Assert.Equal("3", same.Code);
        Assert.Equal("2", cross.Code);
    }

    [Fact]
    public void Credibility_SingleOrigin_CannotBeJudged()
    {
        Assert.Equal("6", Grading.Credibility(Side.RU, OriginIndependence.Assess([Claim(1)], Registry), 0, null).Code);
    }

    [Fact]
    public void Credibility_ContradictedWithoutOutsideSupport_IsDoubtful()
    {
        Assert.Equal("4", Grading.Credibility(Side.RU, OriginIndependence.Assess([Claim(1)], Registry), 2, null).Code);
    }

    [Fact]
    public void Credibility_RefutedByEvidence_IsImprobableAndCitesIt()
    {
        var verdict = new Verdict(VerdictTarget.Event, 1, VerdictValue.Refuted, "evidence", DateTimeOffset.UnixEpoch, "still outside", "control-map:deepstatemap_data_20240901.geojson");

        var grade = Grading.Credibility(Side.RU, OriginIndependence.Assess([Claim(1)], Registry), 0, verdict);

        Assert.Equal("5", grade.Code);
        Assert.Contains("deepstatemap_data_20240901.geojson", grade.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "refuted by analyst olena on 1970-01-01; ")]
    [InlineData("no footage", "refuted by analyst olena on 1970-01-01 (no footage); ")]
    public void Credibility_RefutedByAnalyst_CitesTheNoteOnlyWhenThereIsOne(string? note, string citation)
    {
        var verdict = new Verdict(VerdictTarget.Event, 1, VerdictValue.Refuted, "olena", DateTimeOffset.UnixEpoch, note);

        var grade = Grading.Credibility(Side.RU, OriginIndependence.Assess([Claim(1)], Registry), 0, verdict);

        Assert.Contains(citation, grade.Explanation, StringComparison.Ordinal);
    }
}

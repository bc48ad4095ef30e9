using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class EvidenceJudgeTests
{
    private static readonly string ControlDirectory = Path.Combine(AppContext.BaseDirectory, "TestData", "evidence", "control");
    private static readonly string OccupationExcerpt = Path.Combine(AppContext.BaseDirectory, "TestData", "evidence", "occupation-excerpt.tsv");

    private static EvidenceSet Maps() =>
        new(new ControlMapIndex(ControlMapFiles.ReadDirectory(ControlDirectory).Select(r => r.Map!)), []);

    [Fact]
    public void Judge_PlaceInsideTheOccupiedAreaWithinTheWindow_IsConfirmedWithItsMap()
    {
        var verdict = Assert.Single(EvidenceJudge.Judge(1, Claim(1, NiuYork, day: 20, origin: RuMod), Maps()));

        Assert.Equal(VerdictValue.Confirmed, verdict.Value);
        Assert.Equal("control-map:square_20240801.geojson", verdict.Evidence);
    }

    [Fact]
    public void Judge_UnderAGermanCulture_WritesCoordinatesWithADecimalPoint()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var verdict = Assert.Single(EvidenceJudge.Judge(1, Claim(1, NiuYork, day: 20, origin: RuMod), Maps()));

            Assert.Matches(@"\(\d+\.\d{4}, \d+\.\d{4}\)", verdict.Note);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Judge_PlaceStillOutsideAfterTheWindow_IsRefuted()
    {
        var verdict = Assert.Single(EvidenceJudge.Judge(1, Claim(1, ToretskCentre, day: 4), Maps()));

        Assert.Equal(VerdictValue.Refuted, verdict.Value);
        Assert.Equal("control-map:square_20240901.geojson", verdict.Evidence);
    }

    [Fact]
    public void Judge_NoMapAfterTheWindow_GivesNoVerdict()
    {
        Assert.Empty(EvidenceJudge.Judge(1, Claim(1, ToretskCentre, day: 40), Maps()));
    }

    [Fact]
    public void Judge_UkrainianGain_IsNotCheckedAgainstOccupationMaps()
    {
        Assert.Empty(EvidenceJudge.Judge(1, Claim(1, NiuYork, side: Side.UA, day: 20), Maps()));
    }

    [Fact]
    public void Read_OccupationList_KeepsOccupiedRowsAndReportsUndatedOnes()
    {
        var read = OccupationListFile.Read(OccupationExcerpt);

        Assert.Equal(4, read.Entries.Length);
        Assert.Equal(new DateOnly(2025, 1, 9), read.Entries.Single(e => e.Code == "UA14020110070026505").OccupiedFrom);
        Assert.Single(read.Problems);
    }

    [Fact]
    public void Judge_OccupationListedLongAfterTheClaim_IsRefutedWithTheRow()
    {
        var list = new EvidenceSet(ControlMapIndex.Empty, OccupationListFile.Read(OccupationExcerpt).Entries);

        var verdict = Assert.Single(EvidenceJudge.Judge(1, Claim(1, Zalizne, day: 27 + 61, origin: RuMod), list));

        Assert.Equal(VerdictValue.Refuted, verdict.Value);
        Assert.Equal("occupation-list:occupation-excerpt.tsv#UA14020110020077205", verdict.Evidence);
    }

    [Fact]
    public void Covers_SettlementRowOfAnotherSettlement_DoesNotCover()
    {
        var kurdiumivka = OccupationListFile.Read(OccupationExcerpt).Entries.Single(e => e.Code == "UA14020110030015949");

        Assert.False(EvidenceJudge.Covers(kurdiumivka, Zalizne));
    }

    [Fact]
    public void Judge_RealControlMap_ShowsNiuYorkTakenAndToretskCentreNotInSeptember2024()
    {
        var map = ControlMapFiles.Read(Path.Combine(RepositoryPaths.ControlMaps, "deepstatemap_data_20240901.geojson")).Map!;
        var index = new ControlMapIndex([map]);

        Assert.True(index.FirstFrom(map.Date, NiuYork.Lat, NiuYork.Lon)!.Value.Inside);
        Assert.False(index.FirstFrom(map.Date, ToretskCentre.Lat, ToretskCentre.Lon)!.Value.Inside);
    }
}

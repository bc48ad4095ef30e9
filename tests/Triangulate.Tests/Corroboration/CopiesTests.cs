using Triangulate.Corroboration;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class CopiesTests
{
    // A wire story as an agency files it, and as an aggregator reprints it: a headline and a "read also" line added,
    // the last paragraph cut, a word or two changed. Written for this test.
    private const string Wire =
        "Russian troops have captured the village of Kostiantynopolske in the Donetsk region of eastern Ukraine, the defence ministry said on Saturday. " +
        "The settlement lies about ten kilometres southwest of Kurakhove, which Russian forces have been storming for weeks, according to Ukrainian military bloggers. " +
        "Kyiv did not immediately comment on the claim, and the news agency could not independently verify the battlefield report. " +
        "Moscow's forces have been advancing steadily in the Donetsk region since the summer, taking a string of villages and small towns.";

    private const string Reprint =
        "Russia says it took Kostiantynopolske\n" +
        "Russian troops have captured the village of Kostiantynopolske in Ukraine's Donetsk region, the defence ministry said on Saturday. " +
        "The settlement lies about ten kilometres southwest of Kurakhove, which Russian forces have been storming for weeks, according to Ukrainian military bloggers. " +
        "Kyiv did not immediately comment on the claim, and the news agency could not independently verify the battlefield report.\n" +
        "Read also: what we know about the front near Kurakhove";

    private const string OtherStory =
        "Ukrainian forces repelled twelve Russian assaults near Kurakhove over the past day, the General Staff said in its morning update. " +
        "Russian troops tried to advance towards the village of Kostiantynopolske with armoured vehicles, and the fighting there continues. " +
        "The Ukrainian command did not say whether any positions had been lost in the Donetsk region.";

    [Fact]
    public void Containment_ReprintWithHeadlineAndCut_IsACopyLine()
    {
        var containment = TextSketch.Of(Wire).Containment(TextSketch.Of(Reprint));

        Assert.True(containment >= Copies.ReportContainment, $"containment {containment:F2}");
    }

    [Fact]
    public void Containment_AnotherStoryOnTheSameFront_IsNoCopy()
    {
        var containment = TextSketch.Of(Wire).Containment(TextSketch.Of(OtherStory));

        Assert.True(containment < Copies.ReportContainment, $"containment {containment:F2}");
    }

    [Fact]
    public void Containment_SameTextInAnotherCase_IsWhole() =>
        Assert.Equal(1.0, TextSketch.Of(Wire).Containment(TextSketch.Of(Wire.ToUpperInvariant())));

    [Fact]
    public void Reason_ReportsOfOneTextInOneLanguage_NamesTheCopyLine()
    {
        var wire = Claim(1, origin: Outlet("Anadolu"), language: "en") with { ReportSketch = TextSketch.Of(Wire) };
        var reprint = Claim(2, origin: Outlet("Devdiscourse"), language: "en", text: "Moscow's forces took the village, the ministry said") with { ReportSketch = TextSketch.Of(Reprint) };

        Assert.Contains("carry one text", Copies.Reason(wire, reprint), StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_RepostWithOneWordAdded_IsACopy()
    {
        var post = Claim(1, origin: Outlet("Два майора"), text: "Российские штурмовые подразделения вошли в Прогресс и закрепились на окраине села.");
        var repost = Claim(2, origin: Outlet("Readovka"), text: "Российские штурмовые подразделения вошли в Прогресс и закрепились на северной окраине села.");

        Assert.NotNull(Copies.Reason(post, repost));
    }

    [Fact]
    public void Lines_ReprintAndItsWire_AreOneLineLedByTheEarlierReport()
    {
        var wire = Claim(1, origin: Outlet("Anadolu"), language: "en", day: 4) with { ReportSketch = TextSketch.Of(Wire) };
        var reprint = Claim(2, origin: Outlet("Devdiscourse"), language: "en", day: 5) with { ReportSketch = TextSketch.Of(Reprint) };
        var other = Claim(3, origin: Outlet("Ukrinform"), language: "en", day: 4) with { ReportSketch = TextSketch.Of(OtherStory) };

        var line = Assert.Single(Copies.Lines([reprint, other, wire]));

        Assert.Equal(1L, line.Lead);
        Assert.Equal(new long[] { 1, 2 }, line.ClaimIds.ToArray());
    }
}

using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries;

namespace Triangulate.Tests.Summaries;

/// <summary>Casualty and loss figures that add up: the largest per event and claiming side, summed over events.</summary>
public sealed class FiguresTests
{
    private static readonly SourceRef RussianMod = new("Russian Ministry of Defence", SourceKind.MilitaryCommand, Side.RU, SourceId: "ru_mod");
    private static readonly SourceRef GeneralStaff = new("General Staff of the Armed Forces of Ukraine", SourceKind.MilitaryCommand, Side.UA, SourceId: "ua_general_staff");

    // The shapes the extractor gives "противник потерял до 270 военнослужащих" (samples, 26 June 2024).
    private static StoredClaim Losses(long id, SourceRef origin, Side whose, double value, string publisher = "ТАСС", string? qualifier = "до") => new(
        id, id, null, publisher, new DateTimeOffset(2024, 6, 26, 9, 0, 0, TimeSpan.Zero), new Claim(
            new Span(0, 40), "Противник потерял до 270 военнослужащих", ClaimKind.Casualties, new Actor("Противник", whose, new Span(0, 9)), "потерял", [],
            new ClaimTime(new DateOnly(2024, 6, 26), new DateOnly(2024, 6, 26)), [new Quantity(value, "personnel", new Span(18, 40), qualifier)], null, false,
            new AttributionChain(new Attribution(origin, AttributionRole.Origin), [])));

    private static SourceRef? NoRegistry(string publisher) => null;

    [Fact]
    public void OfEvent_RelayedFigures_CountTheLargestOnceNotTheirSum()
    {
        var figures = Figures.Of([Losses(1, RussianMod, Side.UA, 270), Losses(2, RussianMod, Side.UA, 270, "РИА Новости"), Losses(3, RussianMod, Side.UA, 250)], NoRegistry);

        var total = Assert.Single(Figures.OfEvent(figures));
        Assert.Equal(("UA", "personnel", "RU", 270.0), (total.Whose, total.Unit, total.ClaimedBy, total.Value));
        Assert.Equal([1L, 2L, 3L], total.ClaimIds);
    }

    [Fact]
    public void OfEvent_EachSidesFigure_StaysApart()
    {
        var figures = Figures.Of([Losses(1, RussianMod, Side.UA, 270), Losses(2, GeneralStaff, Side.RU, 400, "Генштаб ЗСУ", null)], NoRegistry);

        Assert.Equal([("RU", "UA", 400.0), ("UA", "RU", 270.0)], Figures.OfEvent(figures).Select(t => (t.Whose, t.ClaimedBy, t.Value)));
    }

    [Fact]
    public void ByPlaceAndPeriod_SumsEventsOfOnePlaceAndMonth_AndGivesAllPlaces()
    {
        var toretsk = Figures.OfEvent(Figures.Of([Losses(1, RussianMod, Side.UA, 270)], NoRegistry));
        var toretskLater = Figures.OfEvent(Figures.Of([Losses(2, RussianMod, Side.UA, 100)], NoRegistry));
        var pokrovsk = Figures.OfEvent(Figures.Of([Losses(3, RussianMod, Side.UA, 50)], NoRegistry));

        var rows = Figures.ByPlaceAndPeriod(
            [("Toretsk", new DateOnly(2024, 6, 26), toretsk), ("Toretsk", new DateOnly(2024, 6, 28), toretskLater), ("Pokrovsk", new DateOnly(2024, 6, 27), pokrovsk)], "month");

        Assert.Equal(
            [("all places", "2024-06", 420.0, 3), ("Toretsk", "2024-06", 370.0, 2), ("Pokrovsk", "2024-06", 50.0, 1)],
            rows.Select(r => (r.Place, r.Period, Assert.Single(r.Totals).Value, r.Totals[0].Events)));
    }

    [Fact]
    public void Of_OwnVoiceClaim_IsClaimedByThePublishersSide()
    {
        var ownVoice = Losses(1, new SourceRef("Министерство обороны Российской Федерации", SourceKind.Publisher, Side.Unknown), Side.UA, 390);

        var figure = Assert.Single(Figures.Of([ownVoice], publisher => RussianMod));

        Assert.Equal(("RU", "up to 390 personnel"), (figure.ClaimedBy, $"{figure.Qualifier switch { "до" => "up to", _ => "" }} {figure.Value} {figure.Unit}"));
    }
}

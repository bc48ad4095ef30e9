using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>
/// Capitals named for their states (issue 12: the places of a claim are the places it is about), on sentences in the
/// shape of the real reports' development split (Reuters, AFP, RIA): the finder reports the name, and the claims'
/// reading of places leaves it out.
/// </summary>
[Collection(GazetteerCollection.Name)]
public sealed class CapitalsAsStatesTests(GazetteerFixture fixture)
{
    private bool StandsForState(string text, string language, string capital)
    {
        var mention = Assert.Single(fixture.Find(text, language), m => m.Text == capital);
        return CapitalsAsStates.StandsForState(text, mention.Span.Start, mention.Span.End, mention.Place!);
    }

    [Theory]
    [InlineData("Moscow’s forces push to recapture lost ground in southwestern Russia.", "en", "Moscow")]
    [InlineData("The ministry said the aircraft was brought down by Kiev's forces.", "en", "Kiev")]
    [InlineData("Volodin claimed the plane had been shot down by Kyiv and blamed Western missiles.", "en", "Kyiv")]
    [InlineData("The Kremlin on Tuesday accused Kyiv of sabotaging the dam.", "en", "Kyiv")]
    [InlineData("The region lies near Sudzha, which Moscow recently reclaimed.", "en", "Moscow")]
    [InlineData("Минобороны сообщило о возвращении 185 военнослужащих с подконтрольной Киеву территории.", "ru", "Киеву")]
    [InlineData("Официальный Киев эти сведения опроверг.", "ru", "Киев")]
    [InlineData("Москва заявила, что удар пришелся по военному объекту.", "ru", "Москва")]
    public void StandsForState_CapitalAsAgentOrParty_IsTheState(string text, string language, string capital)
    {
        Assert.True(StandsForState(text, language, capital));
    }

    [Fact]
    public void StandsForState_CapitalAfterAnInstitutionIn_IsItsSeat()
    {
        Assert.True(StandsForState("The defence ministry in Moscow added that the strike had targeted a gathering of officers.", "en", "Moscow"));
    }

    [Theory]
    [InlineData("Two drones were shot down on the approach to Moscow overnight.", "en", "Moscow")]
    [InlineData("A missile hit Kyiv's Shevchenkivskyi district, the mayor said.", "en", "Kyiv")]
    [InlineData("В Киеве заявили о взрывах в центре города.", "ru", "Киеве")]
    [InlineData("Kyiv was hit by drones overnight.", "en", "Kyiv")]
    public void StandsForState_CapitalAsAPlace_StaysAPlace(string text, string language, string capital)
    {
        Assert.False(StandsForState(text, language, capital));
    }
}

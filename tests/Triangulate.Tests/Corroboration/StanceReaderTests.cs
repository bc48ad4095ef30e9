using System.Collections.Immutable;
using Triangulate.Corroboration;
using Triangulate.Model;

namespace Triangulate.Tests.Corroboration;

public class StanceReaderTests
{
    private static readonly SourceRef Voloshyn = new("Nazar Voloshyn", SourceKind.Official, Side.UA, SourceId: "voloshyn");
    private static readonly SourceRef RussianMinistry = new("Russian Ministry of Defence", SourceKind.MilitaryCommand, Side.RU, SourceId: "ru_mod");

    private static Claim Claim(string text, ClaimKind kind, SourceRef origin, Side actor = Side.Unknown, bool negated = false) => new(
        new Span(0, text.Length), text, kind, actor == Side.Unknown ? null : new Actor("окупанти", actor, new Span(0, 1)), null, [], null, [], null, negated,
        new AttributionChain(new Attribution(origin, AttributionRole.Origin), ImmutableArray<Attribution>.Empty));

    [Fact]
    public void Read_InformationOperationRemark_DeniesTheCaptureItNames()
    {
        var claim = Claim("Твердження окупантів про захоплення Торецька — чергова інформаційна операція", ClaimKind.TerritorialControl, Voloshyn, Side.RU);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Ground), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_OtherSidesAccountCalledPropagandaThatRaisesQuestions_DeniesIt()
    {
        // data/real/reports.jsonl, real-0113 (Budanov on the Il-76), shortened.
        var budanov = new SourceRef("Kyrylo Budanov", SourceKind.Official, Side.UA, SourceId: "budanov");
        var claim = Claim("Версія російської пропаганди про 65 українських військовополонених на борту викликає багато запитань", ClaimKind.Prisoners, budanov);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Prisoners), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_OtherSidesAccountTakenAsItsWordAlone_DeniesIt()
    {
        // data/real/reports.jsonl, real-0112 (Yusov on the Il-76).
        var yusov = new SourceRef("Andriy Yusov", SourceKind.Official, Side.UA, SourceId: "yusov");
        var claim = Claim("«Що там були наші полонені – це заява Росії і поки що лише з їх слів ми можемо аналізувати.", ClaimKind.Prisoners, yusov);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Prisoners), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_OwnSidesAccountOfAFireOnItsShip_DeniesTheStrike()
    {
        // data/real/reports.jsonl, real-0240 (the ministry on the cruiser Moskva, as AP quoted it).
        var claim = Claim("“As a result of a fire, ammunition detonated on the Moskva missile cruiser.", ClaimKind.Other, RussianMinistry);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Strike), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_OwnSidesAccountOfItsShipDamagedByAnAmmunitionExplosion_DeniesTheStrike()
    {
        // data/real/reports.jsonl, real-0270 (the ministry on the cruiser Moskva, as a Russian outlet told it).
        var claim = Claim("Флагман Черноморского флота, крейсер «Москва» получил серьезные повреждения после взрыва боеприпасов.", ClaimKind.Other, RussianMinistry);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Strike), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_AmmunitionExplosionAfterAStrike_StillAsserts()
    {
        var claim = Claim("Ukrainian forces struck the depot, and the ammunition exploded for hours.", ClaimKind.Strike, new SourceRef("General Staff of the Armed Forces of Ukraine", SourceKind.MilitaryCommand, Side.UA, SourceId: "ua_general_staff"));

        Assert.Equal((Stance.Asserts, (KindFamily?)null), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_FireAfterADroneAttack_StillAsserts()
    {
        var claim = Claim("В результате атаки БПЛА на нефтебазе произошел пожар, причины возгорания устанавливаются.", ClaimKind.Strike, RussianMinistry);

        Assert.Equal((Stance.Asserts, (KindFamily?)null), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_OutletTellingOfAFire_StillAsserts()
    {
        var outlet = new SourceRef("Outlet", SourceKind.Publisher, Side.Unknown);
        var claim = Claim("Боезапас сдетонировал в результате пожара на складе.", ClaimKind.Other, outlet);

        Assert.Equal((Stance.Asserts, (KindFamily?)null), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_WireThatCouldNotVerifyTheReport_StillAsserts()
    {
        var claim = Claim("Russia's defence ministry said its forces had taken the village; Reuters could not independently verify the report.", ClaimKind.TerritorialControl, RussianMinistry, Side.RU);

        Assert.Equal((Stance.Asserts, (KindFamily?)null), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_DenialNamingACapture_DeniesGround()
    {
        var claim = Claim("Заява російської сторони про нібито захоплення центральної частини Торецька не відповідає дійсності", ClaimKind.Denial, Voloshyn);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Ground), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_DenialThatSaysNothingOfWhat_DeniesAnything()
    {
        var claim = Claim("This is not true.", ClaimKind.Denial, Voloshyn);

        Assert.Equal((Stance.Denies, (KindFamily?)null), StanceReader.Read(claim));
    }

    [Fact]
    public void Read_CaptureScareQuotedByTheOtherSide_Denies()
    {
        var claim = Claim("Окупанти не вперше оголошують про \"захоплення\" того", ClaimKind.TerritorialControl, Voloshyn, Side.RU);

        Assert.Equal(Stance.Denies, StanceReader.Read(claim).Stance);
    }

    [Fact]
    public void Read_WireQuotingTheMinistrysOwnWord_StillAsserts()
    {
        var claim = Claim("Russia's Defence Ministry said its Southern group of forces had \"liberated\" Kalynivka.", ClaimKind.TerritorialControl, RussianMinistry, Side.RU);

        Assert.Equal(Stance.Asserts, StanceReader.Read(claim).Stance);
    }

    [Fact]
    public void Read_NegatedCapture_DeniesIt()
    {
        var claim = Claim("Russian forces did not capture Toretsk.", ClaimKind.TerritorialControl, Voloshyn, Side.RU, negated: true);

        Assert.Equal((Stance.Denies, (KindFamily?)KindFamily.Ground), StanceReader.Read(claim));
    }
}

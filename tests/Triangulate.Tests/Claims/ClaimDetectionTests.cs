using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Claims.Speech;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>
/// Which clauses of real-shaped report sentences are claims and of what kind: event words by stem across inflection,
/// the unreal reading (future, conditional, possibility), background and assessment words, and descriptions after the
/// event word that leave the claim standing.
/// </summary>
public sealed class ClaimDetectionTests
{
    private static readonly RuleBasedClaimExtractor Extractor = new(SourceRegistry.LoadDefault());
    private static readonly DateTimeOffset March2025 = new(2025, 3, 20, 9, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Claim> Extract(string text, string language) =>
        Extractor.Extract(new Report(null, "Test Outlet", null, March2025, language, null, text, new InputLocation("test")), []);

    private static ClaimKind OnlyKind(string text, string language) => Assert.Single(Extract(text, language)).Kind;

    [Theory]
    [InlineData("Russian forces took back two more villages near Sudzha on Sunday.", "en", ClaimKind.TerritorialControl)]
    [InlineData("Ukraine's top commander said Kyiv controlled around 1,000 square kilometres of the Kursk region.", "en", ClaimKind.TerritorialControl)]
    [InlineData("A Russian military transport plane crashed near Belgorod on Wednesday.", "en", ClaimKind.Other)]
    [InlineData("Moscow said 90 Russian servicemen held in Ukrainian captivity had been returned.", "en", ClaimKind.Prisoners)]
    [InlineData("Группировка войск «Центр» взяла под контроль Авдеевку, доложил министр обороны.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Бойцы водрузили российский триколор над зданием администрации.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Экипаж крейсера полностью эвакуирован после возгорания на борту.", "ru", ClaimKind.Other)]
    [InlineData("В районе острова сложили оружие более 80 украинских военных.", "ru", ClaimKind.Prisoners)]
    [InlineData("Також окупанти пошкодили газогін і приватні автомобілі.", "uk", ClaimKind.Strike)]
    [InlineData("Підрозділи Сил оборони здійснили перегрупування на Гуляйпільському напрямку.", "uk", ClaimKind.Other)]
    [InlineData("Жінка 68 років госпіталізована в стані середньої тяжкості.", "uk", ClaimKind.Casualties)]
    [InlineData("Загалом з російського полону цього разу повернулися 150 українських захисників.", "uk", ClaimKind.Prisoners)]
    public void Extract_EventWordOfRealReporting_IsClaimOfItsKind(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("Fire engulfed the upper floors of the apartment block in Odesa.", "en")]
    [InlineData("The fuel depot near Kherson went up in flames overnight.", "en")]
    [InlineData("Огонь охватил склад на площади 500 квадратных метров.", "ru")]
    [InlineData("Вогонь охопив три поверхи адміністративної будівлі в Херсоні.", "uk")]
    [InlineData("Полум’я охопило верхні поверхи будинку в Одесі.", "uk")]
    public void Extract_FireSpreadingOverAPlace_IsHappeningOfKindOther(string text, string language) =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("В Белгороде сгорел склад после падения обломков.", "ru")]
    [InlineData("У Харкові згоріла будівля складу.", "uk")]
    public void Extract_BuildingBurntDown_IsHappeningOfKindOther(string text, string language) =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract(text, language)).Kind);

    [Fact]
    public void Extract_UkrainianActiveVerbOfEvacuation_IsHappeningOfKindOther() =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract("З прифронтових сіл Куп’янського району евакуювали ще 200 людей.", "uk")).Kind);

    [Theory]
    [InlineData("Российские войска окружили группировку ВСУ у Суджи.", "ru")]
    [InlineData("Росіяни оточили позиції бригади біля Покровська.", "uk")]
    public void Extract_ActiveVerbOfEncirclement_IsHappeningOfKindOther(string text, string language) =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("Сили протиповітряної оборони знищили 12 ворожих безпілотників над Одещиною.", "uk", ClaimKind.RepelledAttack)]
    [InlineData("Расчеты противовоздушной обороны уничтожили три беспилотника над Брянской областью.", "ru", ClaimKind.RepelledAttack)]
    [InlineData("Over the past day Russian forces attacked energy infrastructure in four regions.", "en", ClaimKind.Strike)]
    [InlineData("Ворог атакував об'єкт критичної інфраструктури на Харківщині.", "uk", ClaimKind.Strike)]
    [InlineData("Нічна атака на Київ тривала майже шість годин.", "uk", ClaimKind.Strike)]
    [InlineData("Воздушная атака на Белгород продолжалась всю ночь.", "ru", ClaimKind.Strike)]
    [InlineData("Сили оборони уразили зенітний ракетний комплекс «Бук» під Донецьком.", "uk", ClaimKind.Strike)]
    public void Extract_AirDefenceAtWorkOrAttackFromTheAirOrOnInfrastructure_IsItsKind(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("The ship was badly damaged by an explosion in its engine room.", "en", ClaimKind.Other)]
    [InlineData("Корабль получил серьезные повреждения в результате пожара на борту.", "ru", ClaimKind.Other)]
    [InlineData("A missile damaged the fuel depot in a powerful explosion.", "en", ClaimKind.Strike)]
    public void Extract_DamageBesideABlastOrFire_IsThatHappeningUnlessAWeaponIsNamed(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("Air defence units destroyed 19 Shahed attack drones over the south overnight.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Над Курской областью уничтожены пять беспилотников.", "ru", ClaimKind.RepelledAttack)]
    [InlineData("Мобільні вогневі групи знищили 7 з 9 ударних БпЛА.", "uk", ClaimKind.RepelledAttack)]
    [InlineData("Войска уничтожили крылатыми ракетами ангар на аэродроме.", "ru", ClaimKind.Strike)]
    [InlineData("Удар знищив великий склад ракет і боєприпасів.", "uk", ClaimKind.Strike)]
    [InlineData("The depot was destroyed by a barrage of Russian missiles.", "en", ClaimKind.Strike)]
    public void Extract_FlyingWeaponsDestroyed_IsRepelledAttackButWeaponsThatDestroyed_AStrike(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("A fire broke out in the engine room of the frigate overnight. The vessel was badly damaged.", "en", ClaimKind.Other)]
    [InlineData("На складе вспыхнул пожар. Здание получило серьезные повреждения.", "ru", ClaimKind.Other)]
    [InlineData("Ворог обстріляв Херсон з артилерії. Пошкоджено три багатоповерхівки.", "uk", ClaimKind.Strike)]
    public void Extract_DamageToldAlone_IsWhatTheHappeningBeforeItDid(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Extract(text, language)[^1].Kind);

    [Theory]
    [InlineData("У Миколаївській області оголосили ракетну небезпеку.", "uk")]
    [InlineData("Ракетный крейсер вышел из Севастополя после пожара на борту.", "ru")]
    public void Extract_MissileAlertOrMissileCruiser_IsNoStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("The Ukraine government has started pulling back its troops from the strategic town of Debaltseve, the president said.", "en", ClaimKind.Withdrawal)]
    [InlineData("According to the head of the regional administration, the Russians were hitting residential areas.", "en", ClaimKind.Strike)]
    [InlineData("Beryslav, Antonivka and the city of Kherson came under fire over the past day.", "en", ClaimKind.Strike)]
    [InlineData("Ukrainian units are beating back Russian assaults near Toretsk, the spokesman said.", "en", ClaimKind.RepelledAttack)]
    [InlineData("So far Russian infantry groups are entering the city in small numbers, the spokesman said.", "en", ClaimKind.Advance)]
    [InlineData("Video footage shows the UAV flying low over the Novoshakhtinsk oil refinery.", "en", ClaimKind.Strike)]
    [InlineData("Ukrainian forces liquidated 40 occupiers near Bakhmut, the General Staff said.", "en", ClaimKind.Casualties)]
    [InlineData("Mobile fire groups neutralised 20 Shahed drones over the Odesa region overnight.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Ukrainian scouts ambushed a Russian column near Kupiansk.", "en", ClaimKind.Attack)]
    [InlineData("Russian and Ukrainian troops clashed near Robotyne on Tuesday.", "en", ClaimKind.Attack)]
    [InlineData("Ukrainian forces are regaining ground east of Kupiansk, the spokesman said.", "en", ClaimKind.TerritorialControl)]
    [InlineData("Russian infantry overran Ukrainian positions south of Pokrovsk, the brigade said.", "en", ClaimKind.TerritorialControl)]
    [InlineData("The garrison has been fending off Russian assault groups near Chasiv Yar, the spokesman said.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Russian troops gained a foothold on the eastern bank of the canal, the blogger said.", "en", ClaimKind.Advance)]
    [InlineData("Russian units reached the outskirts of Kurakhove on Monday, DeepState said.", "en", ClaimKind.Advance)]
    [InlineData("Russian forces pounded residential districts of Kharkiv overnight, the mayor said.", "en", ClaimKind.Strike)]
    public void Extract_EnglishEventVerbInAnyTense_IsClaimOfItsKind(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("The acting governor said the Armed Forces of Ukraine currently control 28 settlements in the region.", "en")]
    [InlineData("As of now, our defenders control certain industrial and infrastructure facilities in this area.", "en")]
    [InlineData("Russia also claimed control of the eastern part of Kupiansk in the Kharkiv region.", "en")]
    public void Extract_VerbControlWithAnObject_IsTerritorialControl(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind(text, language));

    [Theory]
    [InlineData("The brigade said it had captured dozens of Russian soldiers during fighting near Vovchansk.", "en")]
    [InlineData("It was said that about a hundred Ukrainian military men were captured while trying to break free from the plant.", "en")]
    [InlineData("Russia's losses during the past week amounted to 80 captured combatants, she said.", "en")]
    public void Extract_FightersCaptured_IsPrisonersNotGround(string text, string language) =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind(text, language));

    [Fact]
    public void Extract_TroopsHaveCapturedAVillage_StaysTerritorialControl() =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind("Russian troops have captured the village of Kostiantynopolske, the defence ministry said.", "en"));

    [Theory]
    [InlineData("Defense forces of Ukraine stopped the advance of the Russian army near Pokrovsk.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Ukrainian troops are successfully blocking Russian assaults on Pokrovsk and Myrnohrad, the general said.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Russia is still struggling to fight off a major Ukrainian counter-attack into its Kursk region.", "en", ClaimKind.Attack)]
    public void Extract_ThwartedOrStrivenForAdvanceOrRepulse_IsItsKind(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Fact]
    public void Extract_AdvanceStrivenForByNoSide_IsNoClaim() =>
        Assert.Empty(Extract("Some people were queueing up to enter the temporarily occupied territory to pick up their relatives.", "en"));

    [Fact]
    public void Extract_Firefighters_AreNoFirefight() =>
        Assert.Equal(ClaimKind.Other, OnlyKind("Firefighters quickly began putting out the blaze at the refinery.", "en"));

    [Fact]
    public void Extract_TownCalledAStronghold_IsNoBackground() =>
        Assert.Equal(ClaimKind.Withdrawal, OnlyKind("Ukraine withdrew troops from the besieged eastern stronghold of Avdiivka, the president said on Saturday.", "en"));

    [Theory]
    [InlineData("Prigozhin said his forces would pull out of Bakhmut in five days.", "en")]
    [InlineData("We will take back Avdiivka anyway, the commander added.", "en")]
    [InlineData("По его словам, населенный пункт будет взят в ближайшие дни.", "ru")]
    [InlineData("Занятие новых территорий в Сумской области станет политическим ударом по Киеву.", "ru")]
    [InlineData("Найближчим часом ворог атакуватиме Покровськ з півночі.", "uk")]
    [InlineData("Окупанти можуть спробувати прорвати оборону біля Покровська.", "uk")]
    public void Extract_HappeningToldAsFutureOrPossible_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Fact]
    public void Extract_CouldNot_IsNegatedClaimOfTheFailure()
    {
        var claim = Assert.Single(Extract("Russian forces could not capture Toretsk despite daily assaults.", "en"));

        Assert.Equal(ClaimKind.TerritorialControl, claim.Kind);
        Assert.True(claim.Negated);
    }

    [Fact]
    public void Extract_MayHave_IsHedgedClaim()
    {
        var claim = Assert.Single(Extract("Ukrainian forces may have downed the plane near Yablonovo.", "en"));

        Assert.Equal("may have", claim.Hedge?.Words);
    }

    [Fact]
    public void Extract_MonthMay_IsNoMarkOfPossibility() =>
        Assert.Equal(ClaimKind.Attack, Assert.Single(Extract("On the morning of 10 May Russian troops tried to break through the defence line near Vovchansk.", "en")).Kind);

    [Theory]
    [InlineData("Russia will mobilise 300,000 reservists, Defence Minister Sergei Shoigu said.", "en")]
    [InlineData("Из запаса будут призваны 300 тысяч резервистов, сказал Шойгу.", "ru")]
    public void Extract_AnnouncedCallUp_IsRecruitmentClaim(string text, string language) =>
        Assert.Equal(ClaimKind.Recruitment, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("Fighting has raged around Bakhmut for months.", "en")]
    [InlineData("The city of Mariupol suffered a brutal Russian assault in the first few weeks of the war.", "en")]
    [InlineData("It comes after a week in which Russia renewed heavy missile attacks on Ukrainian cities.", "en")]
    [InlineData("Russian forces were advancing at the fastest pace since the early days of the 2022 invasion.", "en")]
    [InlineData("Russia's navy usually launches cruise missiles from the eastern Black Sea.", "en")]
    [InlineData("Ровно год назад украинские подразделения оставили Авдеевку.", "ru")]
    [InlineData("Зазвичай вони застосовують ракетоносії під час масованих ударів.", "uk")]
    [InlineData("Рівно чотири роки тому окупанти захопили острів Зміїний.", "uk")]
    public void Extract_BackgroundOfDurationHabitOrAnniversary_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The capture of Vuhledar is seen as a major success for Moscow.", "en")]
    [InlineData("The capture of Vuhledar last week has underlined Russia's superiority in men and materiel.", "en")]
    [InlineData("Russia wanted to take full control of the region.", "en")]
    [InlineData("Ситуация под контролем, сообщил губернатор.", "ru")]
    [InlineData("Если противник подойдет к реке, то отходить потом будет некуда.", "ru")]
    [InlineData("Захват города — лишь вопрос времени, заявил Пушилин.", "ru")]
    [InlineData("Якщо ворог захопить Вугледар, його становище на півдні покращиться.", "uk")]
    [InlineData("Головна мета російського командування — захопити увесь Донбас.", "uk")]
    public void Extract_AssessmentOfMeaningConditionIntentOrSituation_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian forces have liberated the village of Kalynove, which lies around 25 kilometres southeast of the logistics hub of Pokrovsk.", "en")]
    [InlineData("Ukrainian troops have withdrawn from Avdiivka, the new military chief said, handing Russia its biggest symbolic victory.", "en")]
    [InlineData("Syrskyi announced the withdrawal of troops from a town that has been under heavy attack for months.", "en")]
    [InlineData("Российские войска освободили Суджу — город, который ВСУ удерживали несколько месяцев.", "ru")]
    [InlineData("Сили оборони звільнили село, яке є одним з ключових пунктів оборони противника.", "uk")]
    public void Extract_DescriptionAfterTheEventWord_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Marinka, located about 20 kilometres west of Donetsk, has seen heavy fighting this week, officials said.", "en")]
    [InlineData("Дроны сняли окраины поселка Ивановка, расположенного к югу от Угледара, где идут бои.", "ru")]
    [InlineData("Наші бійці відбили штурм біля села Іванівка, розташованого на схід від Часового Яру.", "uk")]
    public void Extract_ParticiplePhraseSetOffByACommaDescribingAPlace_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Минобороны сообщило об освобождении поселка Сортировочный-Узловой в ДНР.", "ru")]
    [InlineData("ВСУ оставили позиции у станции Лиман-Узловой, сообщили в штабе.", "ru")]
    public void Extract_NotClaimWordInsideAPlaceName_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("A drone strike on a market in Kherson killed five people, police said, as foreign ministers condemned the attack.", "en", ClaimKind.Casualties)]
    [InlineData("При ракетном ударе по Харькову погибли двое, сообщили власти, а в МИД осудили обстрел.", "ru", ClaimKind.Casualties)]
    public void Extract_ClaimBesideAnAssessmentClause_StaysAClaim(string text, string language, ClaimKind kind) =>
        Assert.Contains(Extract(text, language), claim => claim.Kind == kind);

    [Theory]
    [InlineData("Kyiv said the attack on the airfield near Myrhorod lasted two hours.", "en", ClaimKind.Strike)]
    [InlineData("The ministry said the attack was aimed at a fuel depot outside Kursk.", "en", ClaimKind.Strike)]
    [InlineData("Противник атаковал нефтебазу под Белгородом.", "ru", ClaimKind.Strike)]
    [InlineData("Атака на підстанцію в Сумах тривала всю ніч.", "uk", ClaimKind.Strike)]
    [InlineData("Russian troops launched an attack on the village of Ivanivka.", "en", ClaimKind.Attack)]
    [InlineData("Тривають штурми нафтобази під Лисичанськом.", "uk", ClaimKind.Attack)]
    public void Extract_AttackOnAFacility_IsStrikeButStormingIt_AnAttack(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian drones destroyed an ammunition depot near Donetsk overnight.", "en", ClaimKind.Strike)]
    [InlineData("Армия уничтожила ракетами склад горючего под Николаевом.", "ru", ClaimKind.Strike)]
    [InlineData("Сили оборони знищили командний пункт окупантів на Херсонщині.", "uk", ClaimKind.Strike)]
    [InlineData("Ukrainian troops destroyed four tanks near Donetsk overnight.", "en", ClaimKind.Casualties)]
    [InlineData("Захисники знищили 5 танків та склад біля Бахмута.", "uk", ClaimKind.Casualties)]
    public void Extract_FacilityDestroyed_IsStrikeButArmsDestroyed_Losses(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Бойцы отражают атаки противника у Работино.", "ru")]
    [InlineData("Наші захисники збивають ворожі дрони над Одесою.", "uk")]
    [InlineData("Crews were shooting down drones over Kyiv through the night.", "en")]
    public void Extract_RepellingVerbInAnyAspect_IsRepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Theory]
    [InlineData("A Russian missile strike on Sumy killed at least 34 people, local authorities said.", "en")]
    [InlineData("В ходе обстрела получили ранения четыре человека, сообщил губернатор.", "ru")]
    [InlineData("Унаслідок авіаударів по Запорізькому району загинула жінка.", "uk")]
    public void Extract_StrikeThatHarmedPeople_IsCasualties(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, Assert.Single(Extract(text, language)).Kind);

    [Theory]
    [InlineData("Russia said its missile attack on Sumy that killed 34 people had targeted a meeting of commanders.", "en")]
    [InlineData("ВС РФ уничтожили крылатыми ракетами склады боеприпасов под Одессой.", "ru")]
    public void Extract_StrikeThatDestroyedThingsOrIsDescribedByItsHarm_IsStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, Assert.Single(Extract(text, language)).Kind);

    [Fact]
    public void Extract_PhraseBeginningWithLossStem_IsCrash() =>
        Assert.Equal(ClaimKind.Other, Assert.Single(Extract("В Белгородской области потерпел крушение военно-транспортный самолет Ил-76.", "ru")).Kind);

    [Fact]
    public void Extract_TryingToTakeAPlace_IsAttack() =>
        Assert.Equal(ClaimKind.Attack, Assert.Single(Extract("The enemy did not stop trying to capture Vuhledar.", "en")).Kind);

    [Theory]
    [InlineData("The leaders of Britain, Germany and Italy condemned the attack.", "en")]
    [InlineData("Госсекретарь выразил соболезнования пострадавшим от ракетного удара.", "ru")]
    [InlineData("Президент закликав партнерів посилити ППО після атаки на Суми.", "uk")]
    public void Extract_ReactionToAHappening_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("As a result of the missile attack, 18 people died in Kryvyi Rih.", "en", ClaimKind.Casualties)]
    [InlineData("Russian forces entered the village after fierce fighting with Ukrainian troops.", "en", ClaimKind.Advance)]
    [InlineData("In an attempt to take control of the city at any cost, the enemy threw in its reserves.", "en", ClaimKind.Attack)]
    [InlineData("В ходе ожесточенных боев, по данным ведомства, украинские подразделения покинули Островское.", "ru", ClaimKind.Withdrawal)]
    [InlineData("Унаслідок обстрілу, за словами голови ОВА, загинули двоє людей.", "uk", ClaimKind.Casualties)]
    public void Extract_AdverbialPhraseWithEventWord_BelongsToTheClauseItModifies(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Assert.Single(Extract(text, language)).Kind);

    [Fact]
    public void Extract_ControlHeldAfterAnAdvance_ContinuesIt() =>
        Assert.Equal(ClaimKind.Advance, Assert.Single(Extract("Ukrainian forces have advanced into Russia's Kursk region and now control 1,000 square kilometres there.", "en")).Kind);

    [Theory]
    [InlineData("It was not immediately clear whether the strike damaged the bridge.", "en")]
    [InlineData("The ministry offered no evidence that its troops had destroyed the tanks.", "en")]
    [InlineData("The General Staff has not commented on the reported capture of the village.", "en")]
    [InlineData("Неясно, удалось ли российским войскам войти в село.", "ru")]
    [InlineData("It is unknown whether the drones hit the refinery.", "en")]
    [InlineData("Доказів знищення техніки окупанти не надали.", "uk")]
    public void Extract_UncertaintyOrMissingEvidenceOrComment_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The damage to the dam has raised fears of flooding downstream.", "en")]
    [InlineData("The institute believes that taking Pokrovsk is a priority for the Russian command.", "en")]
    [InlineData("Officials concede that Russian troops have the upper hand in the fighting near Toretsk.", "en")]
    [InlineData("Its capture would facilitate a push toward Kramatorsk.", "en")]
    [InlineData("The sabotage could potentially cut water to the towns downstream.", "en")]
    [InlineData("The brigade is ready for a renewed assault on the town.", "en")]
    [InlineData("The Kremlin says its forces only strike military targets.", "en")]
    [InlineData("В штабе полагают, что штурм города был ошибкой противника.", "ru")]
    [InlineData("Удари по енергетиці викликають побоювання щодо зими.", "uk")]
    public void Extract_BeliefFearPriorityOrConsequence_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The two armies have been locked in fighting over the town since spring.", "en")]
    [InlineData("It was the second large-scale attack on the city this month.", "en")]
    [InlineData("Ukrainian units had been fighting in the area for more than a year.", "en")]
    [InlineData("Бои за переправу велись с прошлой осени.", "ru")]
    [InlineData("Бої за місто тривають понад пів року.", "uk")]
    [InlineData("Це вже другий масований удар по Одесі за тиждень.", "uk")]
    [InlineData("Russian aircraft regularly strike the town with glide bombs.", "en")]
    [InlineData("All three regions frequently come under Russian drone and missile attacks.", "en")]
    [InlineData("Russian drone attacks on the region are carried out almost daily.", "en")]
    [InlineData("Как известно, бои за Марьинку шли больше года.", "ru")]
    [InlineData("Ворог продовжує наступальні дії на всіх напрямках.", "uk")]
    [InlineData("After the onset of the war, Russian troops shelled Kharkiv almost every day.", "en")]
    [InlineData("Invaders stormed the positions near the city every day after the start of the large-scale invasion.", "en")]
    public void Extract_LongRunningHabitualGeneralOrRecalledFighting_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("In August 2023 Ukrainian troops crossed the river near Krynky.", "en")]
    [InlineData("Ещё в 2022 году армия заняла этот посёлок.", "ru")]
    [InlineData("Вперше окупанти обстріляли село 2014 року.", "uk")]
    [InlineData("Ворожі війська відступили з міста ще у 2023-му.", "uk")]
    [InlineData("12 января 2024 года ВСУ атаковали подстанцию в Белгородской области.", "ru")]
    [InlineData("In October, Russian troops captured the village of Kruhliakivka.", "en")]
    [InlineData("В октябре российские войска перешли в наступление на город.", "ru")]
    [InlineData("У січні окупанти захопили село на лівому березі Осколу.", "uk")]
    public void Extract_HappeningItsOwnTimeWordsPlaceBeforeTheReportsPeriod_IsHistoryNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("In March, Russian troops captured the village of Kruhliakivka.", "en")]
    [InlineData("В марте российские войска перешли в наступление на город.", "ru")]
    [InlineData("In October, the ministry said its troops had captured the village.", "en")]
    public void Extract_MonthWithoutAYearInTheReportsPeriodOrInASpeakersStatement_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("The cruiser Moskva, which sank in April 2022 after being hit by Ukrainian missiles, was the flagship of the Black Sea Fleet.", "en")]
    [InlineData("The plant, which Russian forces seized in March 2022, is Europe's largest nuclear facility.", "en")]
    [InlineData("Завод, який російські війська захопили у березні 2022 року, є найбільшою атомною станцією Європи.", "uk")]
    public void Extract_RelativeClauseRecallingItsOwnHappeningBeforeTheReportsPeriod_IsHistoryNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("That campaign aimed to seize Kyiv and Kharkiv within days.")]
    [InlineData("Moscow sought to capture the whole of the Donetsk region before winter.")]
    [InlineData("Kyiv hoped to use the captured territory as a bargaining chip.")]
    public void Extract_PastOfAVerbOfAimingOrHoping_IsAssessmentNotClaim(string text) =>
        Assert.Empty(Extract(text, "en"));

    [Theory]
    [InlineData("Putin vowed to retake every village in the Kursk region.")]
    [InlineData("The governor pledged to rebuild the bridge destroyed by the strike.")]
    [InlineData("Russia threatened to strike government buildings in Kyiv.")]
    public void Extract_CommissiveVerbOfIntent_IsAssessmentNotClaim(string text) =>
        Assert.Empty(Extract(text, "en"));

    [Fact]
    public void Extract_OpinionOfBelief_IsAssessmentNotClaim() =>
        Assert.Empty(Extract("Western officials believe Russia has lost more than 300,000 troops.", "en"));

    [Theory]
    [InlineData("Ukraine has increasingly used long-range drones to hit oil refineries deep inside Russia.")]
    [InlineData("Russian troops increasingly rely on small assault groups to infiltrate Ukrainian positions.")]
    public void Extract_TrendAdverbSummingUpTheWar_IsBackgroundNotClaim(string text) =>
        Assert.Empty(Extract(text, "en"));

    [Fact]
    public void Extract_StandingDenialOfTargetingInThePerfect_IsBackgroundNotClaim() =>
        Assert.Empty(Extract("The Kremlin has denied targeting civilians.", "en"));

    [Fact]
    public void Extract_RangeOfAWeapon_IsBackgroundNotClaim() =>
        Assert.Empty(Extract("The Storm Shadow cruise missile has a range of more than 250 kilometres.", "en"));

    [Fact]
    public void Extract_CallOnOthersToAct_IsNoClaim() =>
        Assert.Empty(Extract("Zelensky called on allies to respond to the strike.", "en"));

    [Fact]
    public void Extract_PlaceDescribedAsAStagingGround_IsBackgroundNotClaim() =>
        Assert.Empty(Extract("Russia has used the town as a staging ground for attacks on Kharkiv.", "en"));

    [Theory]
    [InlineData("The capture of the town would bring Russian forces closer to Kramatorsk.", "en")]
    [InlineData("Russia's seizure of the plant could cut power to much of the south.", "en")]
    [InlineData("Захоплення міста дало б росіянам змогу наступати далі.", "uk")]
    public void Extract_EventNounSubjectOfAConditionalVerb_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Analysts say the capture of the town could open the road to Kramatorsk.", "en")]
    [InlineData("ISW is convinced that an offensive operation against the city could slow the Russian advance.", "en")]
    [InlineData("The governor said an assault on the city would cost Russia thousands of soldiers.", "en")]
    public void Extract_EventNounOpeningReportedWordsWithAConditionalVerb_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Ukraine's military said the attack on Kharkiv killed three people.", "en")]
    [InlineData("The ministry said that the capture of the village was completed on Tuesday.", "en")]
    public void Extract_EventNounOpeningReportedWordsWithARealVerb_IsAClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Fact]
    public void Extract_TakingAHardLine_IsNoEventWord() =>
        Assert.Empty(Extractor.Candidates(new Report(null, "Test Outlet", null, March2025, "en", null, "Moscow has taken a hard line on the question of occupied territory.", new InputLocation("test")), []));

    [Theory]
    [InlineData("The Russian admission of the missile strike on Sumy came a day later.", "en")]
    [InlineData("Ukraine's statement was a tacit admission that its air defence shot down the plane.", "en")]
    public void Candidates_AdmissionJudgingAStatement_CarryAWordOfAssessment(string text, string language)
    {
        var candidate = Assert.Single(Extractor.Candidates(new Report(null, "Test Outlet", null, March2025, language, null, text, new InputLocation("test")), []));
        Assert.Contains($"nc:{NotClaimReason.Assessment}:in", candidate.Features);
    }

    [Fact]
    public void Extract_AdmissionJudgingTheStatementBeforeIt_LeavesThatClaimAlone() =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind("Shoigu said 5,937 Russian soldiers have died in Ukraine since the February military intervention, in a rare admission of military losses from Moscow.", "en"));

    [Theory]
    [InlineData("Officials said a missile hit the fleet's headquarters in Sevastopol in Crimea, seized from Ukraine in 2014.", "en", ClaimKind.Strike)]
    [InlineData("The governor said drones struck a depot in Crimea, annexed by Russia in 2014.", "en", ClaimKind.Strike)]
    public void Extract_PhraseGlossingAPlaceWithItsHistory_IsNoClaimOfItsOwnInsideASpeakersWords(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("On 16 March 2025 Russian drones struck a depot in Odesa.", "en")]
    [InlineData("За 2025 рік із полону повернули понад дві тисячі захисників.", "uk")]
    [InlineData("Since 2022 the army has lost more than 3,000 tanks, the General Staff said.", "en")]
    [InlineData("Russian forces captured the village, which Ukraine had held since 2014 and recaptured in 2022.", "en")]
    [InlineData("Противник потерял 2014 военнослужащих за сутки.", "ru")]
    [InlineData("Речник нагадав, що ще в травні 2024 року російський губернатор заявляв про взяття центру села.", "uk")]
    public void Extract_TimeWordsWithinTheReportsPeriodOrOfADescriptionOrAQuantityOrAStatementThen_LeaveTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("The strike comes as Russian forces press their offensive in the east.", "en")]
    [InlineData("This news comes in while Russian troops are storming the port.", "en")]
    [InlineData("The safety of the plant, shelled repeatedly, has been a continuing concern.", "en")]
    public void Extract_NewsPegOrStandingConcernSettingTheNewsInContext_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("He spoke flanked by his fighters, with explosions heard nearby.", "en")]
    [InlineData("The commander recorded the video with shelling heard in the background.", "en")]
    public void Extract_ReportageColourOfHowAStatementWasMade_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Ukrainian forces had recaptured the village earlier that autumn.", "en")]
    [InlineData("The bridgehead had been seized by Russian troops in the first weeks.", "en")]
    [InlineData("Russian troops had taken control of the plant without a fight.", "en")]
    public void Extract_HappeningTheReportNarratesInThePastPerfect_IsHistoryNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian troops have been advancing on the town from the south.", "en")]
    [InlineData("Russian forces have been shelling the outskirts of the town.", "en")]
    public void Extract_HappeningTheReportNarratesInThePerfectProgressive_IsACourseOfFightingNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian forces have made slow gains along the front this year.", "en")]
    [InlineData("Ukrainian troops have been pushed back from the area over the past year.", "en")]
    [InlineData("Kyiv said Russian troops have tried to storm the town for more than two years.", "en")]
    [InlineData("Противник уже несколько месяцев безуспешно штурмует позиции у поселка.", "ru")]
    [InlineData("Останнім часом окупанти активно штурмували позиції біля міста.", "uk")]
    [InlineData("Ворог уже понад рік намагається прорвати оборону на цьому напрямку.", "uk")]
    public void Extract_HappeningToldOverMonthsOrYearsUpToTheReport_IsACourseOfFightingNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian forces have captured 880 square kilometres of territory this year, the defence minister said.", "en")]
    [InlineData("Russia launched its largest drone attack this year on Kyiv overnight.", "en")]
    [InlineData("За последние три месяца подразделения группировки освободили 12 населенных пунктов.", "ru")]
    [InlineData("Упродовж 2025 року Сили оборони знищили понад 400 тисяч окупантів.", "uk")]
    public void Extract_TallyOrDayWithinAStretchOfMonths_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Russia's advance in the area has been ongoing since October 2023.", "en")]
    [InlineData("Russian forces have attacked the town since February 2022.", "en")]
    [InlineData("Бои за поселок идут с 2023 года.", "ru")]
    [InlineData("ВСУ обстреливают окраины города с августа 2024 года.", "ru")]
    [InlineData("Ворог обстрілює місто з 2014 року.", "uk")]
    public void Extract_HappeningToldSinceAYearBeforeTheReport_IsACourseOfFightingNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russia launched its largest drone attack since 2022 on Kyiv.", "en")]
    [InlineData("Ukrainian forces have shot down 3,000 Russian drones since 2024.", "en")]
    [InlineData("Since 24 February 2022 the air force has shot down 3,000 drones, it said on Monday.", "en")]
    [InlineData("Росія завдала наймасованішого удару по Києву з 2022 року.", "uk")]
    [InlineData("Бои за поселок идут с 17 марта.", "ru")]
    public void Extract_RankingTallyOrDayBesideAStretchSinceAYear_LeavesTheClaim(string text, string language) =>
        Assert.NotEmpty(Extract(text, language));

    [Theory]
    [InlineData("Напомним, вечером 18 марта россияне нанесли пять ударов КАБами по громаде.", "ru")]
    [InlineData("Нагадаємо, 17 березня окупанти обстріляли Херсон з артилерії.", "uk")]
    public void Extract_RecallOfAHappeningDatedToADayOfTheReportPeriod_IsAClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Нагадаємо, 5 листопада окупанти обстріляли Херсон з артилерії.", "uk")]
    [InlineData("Нагадаємо, раніше повідомлялося, що окупанти обстріляли Херсон з артилерії.", "uk")]
    [InlineData("Напомним, ранее российские войска нанесли удар по аэродрому.", "ru")]
    public void Extract_RecallNamingNoDayOfTheReportPeriod_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("It was the second large-scale Russian missile attack on the city in a week.", "en")]
    [InlineData("It marked the biggest Ukrainian drone assault on Moscow so far.", "en")]
    [InlineData("Это уже третий удар по городу за неделю.", "ru")]
    [InlineData("Це вже третій удар по місту за тиждень.", "uk")]
    public void Extract_PronounRankingTheHappeningToldBeforeInASeries_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("This morning the first missile hit a power plant in Kharkiv.", "en")]
    [InlineData("Первый батальон бригады освободил поселок Андреевка в ДНР.", "ru")]
    public void Extract_OrdinalThatRanksNoHappeningToldBefore_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Російські окупаційні війська продовжують наступальну операцію проти України.", "uk")]
    [InlineData("Ворог наносить ракетні удари по об’єктах інфраструктури нашої Держави.", "uk")]
    [InlineData("Russian forces continue their offensive against Ukraine.", "en")]
    public void Extract_HappeningAimedAtAWholeCountryWithNoPlaceDayOrFigure_IsTheWarAsAWholeNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russia launched 120 drones against Ukraine overnight.", "en")]
    [InlineData("Вночі ворог атакував ударними дронами проти України Харків.", "uk")]
    [InlineData("Российские войска нанесли удар по Краматорску, продолжая операцию против Украины.", "ru")]
    public void Extract_HappeningAgainstACountryWithAPlaceDayOrFigure_LeavesTheClaim(string text, string language) =>
        Assert.NotEmpty(Extract(text, language));

    [Fact]
    public void Extract_PerfectProgressiveOfReportedSpeech_LeavesTheClaim() =>
        Assert.Single(Extract("The General Staff said Russian troops have been attacking near Pokrovsk since dawn.", "en"));

    [Theory]
    [InlineData("Russia's defence ministry said its forces had taken the village of Novoselivka.", "en")]
    [InlineData("Russia announced it had launched a missile strike on the city on Friday evening.", "en")]
    [InlineData("Ukrainian troops had to withdraw from the village on Tuesday.", "en")]
    public void Extract_PastPerfectOfReportedSpeechOrAnObligation_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Theory]
    [InlineData("Kupiansk was the main target of the Russian offensive in the north.", "en")]
    [InlineData("Авдеевка была самым укрепленным узлом обороны на этом участке фронта.", "ru")]
    [InlineData("Часів Яр є важливим плацдармом для наступу на Краматорськ.", "uk")]
    [InlineData("Для окупантів Покровськ — це ключ до захоплення всієї області.", "uk")]
    public void Extract_CopulaDefiningItsSubjectByAnEventWord_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The ministry said the attack was a precision strike on a command post.", "en")]
    [InlineData("There was a massive drone attack on Kharkiv overnight.", "en")]
    [InlineData("Мост был атакован дронами ночью.", "ru")]
    public void Extract_CopulaOfAHappeningOrOfItsExistenceOrOfThePassive_LeavesTheClaim(string text, string language) =>
        Assert.Single(Extract(text, language));

    [Fact]
    public void Extract_YearBeforeTheLatestYearAnUndatedReportNames_IsHistory()
    {
        const string text = "Russia has lost 12 ships since the invasion, the navy said in 2024. In 2022 Ukrainian missiles sank the cruiser Moskva.";

        var claims = Extractor.Extract(new Report(null, "Test Outlet", null, null, "en", null, text, new InputLocation("test")), []);

        Assert.DoesNotContain(claims, claim => claim.Text.Contains("Moskva", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PossessiveAppositionAfterTheClaim_LeavesTheClaim() =>
        Assert.Equal(ClaimKind.TerritorialControl, Assert.Single(Extract("The commander said his troops had taken the village, his first public comments since the offensive began.", "en")).Kind);

    [Fact]
    public void Extract_TitleCaseHeadlineLine_IsNoClaimButTheBodyIs()
    {
        const string body = "Russian drones struck a power plant in Kharkiv overnight, the mayor said.";

        var claim = Assert.Single(Extract("Russian Drones Strike Kharkiv Power Plant\n\n" + body, "en"));

        Assert.Equal(body, claim.Text);
    }

    [Theory]
    [InlineData("Fighting near Pokrovsk\nRussian forces attacked Ukrainian positions near Pokrovsk on Monday, the General Staff said.\nThe ministry gave no further figures.", "en")]
    [InlineData("Контрнаступ на півдні\nСили оборони звільнили село на Запоріжжі, повідомив Генштаб.\nПодробиці не наводяться.", "uk")]
    public void Extract_ShortUnstoppedLineInProseWhoseLinesEndWithStops_IsASubheadNotAClaim(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(text.Split('\n')[1], claim.Text);
    }

    [Fact]
    public void Extract_SubheadsOfAShortArticleUnderItsTitle_AreNoClaimsButTheTitleIsReadAsBefore()
    {
        const string text = "Российские войска освободили Песчаное\n\n"
            + "Минобороны сообщило о завершении операции по освобождению Песчаного в Донбассе.\n\n"
            + "Операция по освобождению\n\n"
            + "По данным военных источников, операция началась несколько дней назад.\n\n"
            + "Значение освобождения Песчаного\n\n"
            + "Населенный пункт находится на ключевых коммуникациях.";

        Assert.Equal(
            ["Российские войска освободили Песчаное", "Минобороны сообщило о завершении операции по освобождению Песчаного в Донбассе."],
            Extract(text, "ru").Select(claim => claim.Text));
    }

    [Theory]
    [InlineData("Після захоплення росіянами висоти українські підрозділи відступили на нові позиції.", "uk", ClaimKind.Withdrawal)]
    [InlineData("Подразделения ВСУ после освобождения поселка отступили к реке.", "ru", ClaimKind.Withdrawal)]
    [InlineData("Russian troops killed 15 Ukrainian soldiers during the capture of Novoselivka, the ministry said.", "en", ClaimKind.Casualties)]
    [InlineData("Після атаки дронів на Брянщині горить нафтобаза.", "uk", ClaimKind.Strike)]
    public void Extract_EventWordInAnAdverbialPhrase_YieldsToTheClausesOwnEvent(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Российская ракета попала в казарму, в результате чего погибли пятеро военных.", "ru")]
    [InlineData("Ворожа ракета влучила в казарму, внаслідок цього загинули п'ятеро військових.", "uk")]
    public void Extract_ConsequenceTiedBackByAPronoun_IsAHappeningOfItsOwn(string text, string language) =>
        Assert.Equal([ClaimKind.Strike, ClaimKind.Casualties], Extract(text, language).Select(claim => claim.Kind));

    [Theory]
    [InlineData("Уночі на Київщині працювали зенітні ракетні підрозділи.", "uk")]
    [InlineData("Ночью над Белгородом работали зенитные ракетные подразделения.", "ru")]
    public void Extract_AntiAircraftMissileUnitsAtWork_IsARepelledAttackNotAStrike(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Theory]
    [InlineData("Why the strike on the Saky airbase matters for the fleet\nUkrainian missiles hit the Saky airbase overnight, the navy said.", "en")]
    [InlineData("Почему удар по аэродрому в Моздоке важен для авиации\nВСУ нанесли удар по аэродрому в Моздоке, сообщил Генштаб.", "ru")]
    [InlineData("Чим важливий удар по мосту через Дніпро і чи відновлять його\nСили оборони уразили міст через Дніпро, повідомили в ОК «Південь».", "uk")]
    [InlineData("Що відомо про атаку дронів на Ізмаїл\nУночі ворог атакував порт Ізмаїла дронами, повідомив голова ОВА.", "uk")]
    public void Extract_TitleOpeningWithAQuestionWordWithoutQuestionMark_IsAQuestionNotAClaim(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(text.Split('\n')[1], claim.Text);
    }

    [Theory]
    [InlineData("Новини війни 3 червня: удар по енергетиці Одеси.", "uk")]
    [InlineData("Главное за день: обстрел Белгорода и атака дронов на Курск.", "ru")]
    [InlineData("Ukraine war news, June 3: strike on Odesa's port.", "en")]
    public void Extract_DigestTitleNamingItsTopicAfterAColon_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Fact]
    public void Extract_LaterItemOfADigestTitleToldAsAClause_IsStillAClaim()
    {
        const string text = "Новини війни 3 червня: удар по енергетиці Одеси, а під Харковом ЗСУ відбили штурм.";

        Assert.Equal("під Харковом ЗСУ відбили штурм.", Assert.Single(Extract(text, "uk")).Text);
    }

    [Theory]
    [InlineData("Як повідомлялося, ворог атакував Запоріжжя балістичними ракетами.", "uk")]
    [InlineData("Как сообщалось, ВСУ обстреляли Горловку из РСЗВ.", "ru")]
    public void Extract_RecallOfEarlierReporting_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("На складе под Ростовом вспыхнул пожар после взрыва. Причины пожара устанавливаются.", "ru")]
    [InlineData("На складі під Одесою спалахнула пожежа після вибуху. Причини пожежі встановлюються.", "uk")]
    public void Extract_CausesStillBeingEstablished_IsADisclaimerNotAClaim(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(text[..(text.IndexOf(". ", StringComparison.Ordinal) + 1)], claim.Text);
    }

    [Fact]
    public void Extract_SentenceCaseLineWithoutStop_IsStillAClaim() =>
        Assert.Equal(ClaimKind.Strike, Assert.Single(Extract("Russian forces shelled Nikopol overnight\nThe regional governor gave no figures.", "en")).Kind);

    [Theory]
    [InlineData("Противник ежедневно обстреливает приграничные сёла из ствольной артиллерии.", "ru")]
    [InlineData("Окупанти щодня атакують позиції наших захисників на цьому напрямку.", "uk")]
    [InlineData("Дрони систематично уражають логістику ворога на лівому березі.", "uk")]
    public void Extract_PresentTenseHappeningWithAdverbialOfFrequency_IsHabitNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Минобороны в ежедневной сводке сообщает, что войска заняли Невское.", "ru")]
    [InlineData("Вчора ворог знову обстріляв Нікополь, який щодня потерпає від ударів.", "uk")]
    [InlineData("Окупанти щодня обстрілюють Херсон з важкої артилерії.", "uk")]
    public void Extract_AdjectiveOfFrequencyOrHabitInADescriptionOrNamingItsPlace_LeavesTheClaim(string text, string language) =>
        Assert.NotEmpty(Extract(text, language));

    [Theory]
    [InlineData("Российские войска вошли в Работино, освобожденного ими ещё летом.", "ru", ClaimKind.Advance)]
    [InlineData("Сили оборони вдарили по аеродрому в Саках, захопленого росіянами у 2014 році.", "uk", ClaimKind.Strike)]
    public void Extract_ParticipleDescribingWhatTheClaimNames_JoinsTheClaim(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("За сутки уничтожены три танка, пять боевых бронированных машин и два артиллерийских орудия.", "ru", ClaimKind.Casualties)]
    [InlineData("Сили оборони знищили два танки, чотири бойові броньовані машини та три артилерійські системи.", "uk", ClaimKind.Casualties)]
    [InlineData("The 47th Assault Brigade was redeployed to the sector to reinforce the defenders.", "en", ClaimKind.Other)]
    public void Extract_EventWordInsideNameOfEquipmentOrUnit_IsNotTheClaimsEvent(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Бойцы завершили зачистку посёлка и закрепились на его окраине.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Штурмовики провели зачистку лісосмуги.", "uk", ClaimKind.TerritorialControl)]
    [InlineData("Генерал сообщил о завершении зачистки Угледара.", "ru", ClaimKind.TerritorialControl)]
    public void Extract_ClearingCompleted_IsControl(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("A military transport plane carrying 40 captured soldiers crashed near the border on Tuesday.", "en", ClaimKind.Other)]
    [InlineData("A plane carrying 30 POWs fell to the ground near Belgorod.", "en", ClaimKind.Other)]
    [InlineData("Officials said the helicopter was transporting artillery shells when it exploded in mid-air.", "en", ClaimKind.Other)]
    public void Extract_EventWordInAVehiclesLoad_IsNotTheHappening(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Several Ukrainian marines were captured near Krynky, the brigade said.", "en")]
    [InlineData("The commander said four of his soldiers had been captured during the retreat from the town.", "en")]
    public void Extract_PeopleToldAsCaptured_IsPrisoners(string text, string language) =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind(text, language));

    [Theory]
    [InlineData("Зранку ворог атакував Сумщину, повідомили в ОВА.", "uk", ClaimKind.Strike)]
    [InlineData("Окупанти знову атакували Краматорський район.", "uk", ClaimKind.Strike)]
    [InlineData("Росіяни продовжують атакувати обласний центр.", "uk", ClaimKind.Strike)]
    [InlineData("Противник атаковал позиции наших подразделений у Работино.", "ru", ClaimKind.Attack)]
    [InlineData("Войска группировки начали наступление на город с двух направлений.", "ru", ClaimKind.Attack)]
    public void Extract_AttackOnAWholeArea_IsStrikeButOnPositions_AnAttack(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));
    [Theory]
    [InlineData("В Авдеевке проводятся мероприятия по блокированию украинских подразделений.", "ru")]
    [InlineData("Російські сили ведуть блокування українських підрозділів на коксохімі.", "uk")]
    public void Extract_BlockadeUnderWay_IsAnAttack(string text, string language) =>
        Assert.Equal(ClaimKind.Attack, OnlyKind(text, language));

    [Theory]
    [InlineData("As a result of the enemy's actions, there was a threat of encirclement of the city.", "en", ClaimKind.Attack)]
    [InlineData("Виникла загроза оточення міста.", "uk", ClaimKind.Attack)]
    [InlineData("There was a risk of the city being encircled.", "en", ClaimKind.Attack)]
    [InlineData("Возникла угроза окружения группировки.", "ru", ClaimKind.Attack)]
    [InlineData("Syrskyi said there is no threat of encirclement in the Kursk region.", "en", ClaimKind.Denial)]
    [InlineData("Загроза оточення наших підрозділів відсутня.", "uk", ClaimKind.Denial)]
    [InlineData("Угроза окружения подразделений ВСУ отсутствует.", "ru", ClaimKind.Denial)]
    [InlineData("Putin said Russian forces had fully encircled the Ukrainian troops.", "en", ClaimKind.Other)]
    public void Extract_EncirclementToldAsAThreat_IsAnAttackAndAsAnAbsentThreat_ADenial(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Zelensky said Ukraine's forces had not been trapped in the Kursk region.", "en", ClaimKind.Denial)]
    [InlineData("Syrskyi insisted that Ukrainian soldiers are not encircled.", "en", ClaimKind.Denial)]
    [InlineData("Сирський наголосив, що наші підрозділи не в оточенні.", "uk", ClaimKind.Denial)]
    [InlineData("Сырский заявил, что украинские войска не окружены в Курской области.", "ru", ClaimKind.Denial)]
    [InlineData("Civilians were trapped under the rubble after the strike, officials said.", "en", ClaimKind.Strike)]
    public void Extract_EncirclementToldNegated_IsADenialAndPeopleTrappedByAStrike_TheStrike(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukraine's military said Russia was again spreading false information about a strike on Kryvyi Rih.", "en")]
    [InlineData("The Kremlin decisively rejected accusations that its forces were behind the blast.", "en")]
    [InlineData("Peskov said: \"We strongly reject this.\"", "en")]
    [InlineData("В ВСУ назвали недостоверной информацию о захвате села.", "ru")]
    [InlineData("Генштаб ЗСУ заявив, що рф поширює недостовірні повідомлення про захоплення села.", "uk")]
    public void Extract_AccountCalledFalseOrRejectedOutright_IsADenial(string text, string language) =>
        Assert.Equal(ClaimKind.Denial, OnlyKind(text, language));

    [Theory]
    [InlineData("The Ukrainian military on July 4 dismissed a claim by a Russian-installed official that Russian troops had captured the centre of Toretsk.")]
    [InlineData("Kyiv rejected claims that its forces had withdrawn from the village.")]
    [InlineData("The brigade dismissed reports that the town had been encircled.")]
    public void Extract_ClaimsOrReportsDismissedOrRejectedWithTheirArticle_IsADenialOfWhatTheyTell(string text) =>
        Assert.Equal(ClaimKind.Denial, OnlyKind(text, "en"));

    [Theory]
    [InlineData("A military transport plane crashed in the Belgorod region, killing all 74 people on board.", "en", ClaimKind.Casualties)]
    [InlineData("Ворог проводить перегрупування на Херсонському напрямку, перекидаючи підрозділи на Оріхівський напрямок.", "uk", ClaimKind.Other)]
    public void Extract_ParticipleOfResultAfterAHappeningOfNoKindOrTheSameKind_IsOneClaim(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Fact]
    public void Extract_ParticipleOfResultAfterAHappeningOfAnotherKind_StaysAClaimOfItsOwn() =>
        Assert.Equal([ClaimKind.Strike, ClaimKind.Casualties], Extract("Two ballistic missiles hit the centre of Sumy, killing 34 people.", "en").Select(claim => claim.Kind));

    [Theory]
    [InlineData("Shoigu said Russia has a huge mobilisation resource of about 25 million people.", "en")]
    [InlineData("Министр добавил, что у России огромный мобилизационный ресурс.", "ru")]
    [InlineData("Мобілізаційний ресурс країни становить близько 25 мільйонів людей.", "uk")]
    public void Extract_MobilisationResourceNamesAStockOfPeople_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Зайнялися 2 оселі.", ClaimKind.Other)]
    [InlineData("Після обстрілу зайнялися 2 оселі.", ClaimKind.Strike)]
    public void Extract_ReflexiveCaughtFireOverridesTheControlStem_AndYieldsToTheStrikeThatSetIt(string text, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, "uk"));
    [Theory]
    [InlineData("Осколками также пострадали 11 автомобилей.", "ru", ClaimKind.Strike)]
    [InlineData("Также четыре человека пострадали в Белгороде.", "ru", ClaimKind.Casualties)]
    [InlineData("Вночі постраждали три приватні будинки.", "uk", ClaimKind.Strike)]
    [InlineData("Постраждали двоє людей.", "uk", ClaimKind.Casualties)]
    public void Extract_ThingsComingToHarm_AreAStrikesDamageWherePeople_AreCasualties(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));
    [Theory]
    [InlineData("Russia launched 31 drones and 2 missiles at Ukraine overnight.", "en", ClaimKind.Strike)]
    [InlineData("Сили оборони знищили ще один танк, три артилерійські системи, 49 БпЛА оперативно-тактичного рівня.", "uk", ClaimKind.Casualties)]
    [InlineData("Уничтожены две боевые машины пехоты, 17 автомобилей, 12 беспилотников.", "ru", ClaimKind.Casualties)]
    public void Extract_CountOfWeaponsWithNoVerbOfItsOwn_IsPartOfTheClaimBefore(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));
    [Theory]
    [InlineData("The brigade was tasked with the capture of the village.", "en")]
    [InlineData("Перед войсками стояла задача освобождения города.", "ru")]
    [InlineData("Перед ЗСУ стояло завдання звільнення Андріївки і Кліщіївки.", "uk")]
    public void Extract_TaskSetForAnOperation_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The capture of the heights creates conditions for an advance on the town.", "en")]
    [InlineData("Освобождение села создает плацдарм для дальнейшего наступления на Курахово.", "ru")]
    [InlineData("Після звільнення Кліщіївки для ЗСУ відкрилися можливості для деокупації міста.", "uk")]
    [InlineData("Навіть перебування ракетоносіїв у гаванях становить небезпеку, бо запуск ракет - питання годин.", "uk")]
    public void Extract_ConsequenceOrDangerOfAHappening_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("We remember how Russian troops tried to take Kyiv through the Chernobyl zone.", "en")]
    [InlineData("Мы помним, как противник пытался взять город осенью.", "ru")]
    [InlineData("Ми пам'ятаємо, як росіяни вже намагались захопити Вугледар восени.", "uk")]
    public void Extract_RecallOfWhatTheSpeakerRemembers_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The general staff's statement made no mention of prisoners of war.", "en")]
    [InlineData("Стороны не дают информации о своих потерях.", "ru")]
    [InlineData("Україна і Росія майже не дають інформації про свої втрати у війні.", "uk")]
    [InlineData("The ministry made no acknowledgement that the village was now in Russian hands.", "en")]
    [InlineData("Сейчас уточняется информация о пострадавших.", "ru")]
    [InlineData("Наразі уточнюється інформація про постраждалих.", "uk")]
    public void Extract_NoMentionOrNoInformationGiven_IsADisclaimerNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));
    [Theory]
    [InlineData("Russia's leadership likely continue to see capturing Bakhmut as the key immediate war aim.", "en")]
    [InlineData("Russia is aiming for full control of the strategic city.", "en")]
    [InlineData("Они планируют наступление на город летом.", "ru")]
    [InlineData("Росіяни ймовірно планують наступ на Запоріжжя.", "uk")]
    [InlineData("Завдання щодо захоплення Донбасу не виконані.", "uk")]
    public void Extract_IntentOrAimOfASide_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Captured areas need to be cleared of mines before civilians return.", "en")]
    [InlineData("Тылы необходимо закреплять и контролировать.", "ru")]
    [InlineData("Підрозділи готові до наступу противника.", "uk")]
    [InlineData("Подразделения готовы к возможному наступлению на город.", "ru")]
    public void Extract_NecessityOrReadiness_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The captured town could become a springboard for the offensive.", "en")]
    [InlineData("Освобожденный Константинополь в будущем может стать центром.", "ru")]
    [InlineData("Звільнене село може стати плацдармом для наступу.", "uk")]
    public void Extract_WhatAHappeningCouldBecome_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Western supplies contributed to the success of the counteroffensive.", "en")]
    [InlineData("Этому способствовали активные действия ВСУ при наступлении.", "ru")]
    [InlineData("Цьому посприяли активні дії Сил оборони під час наступу.", "uk")]
    [InlineData("People have grown used to news of the Russian advance in the east.", "en")]
    [InlineData("Все уже привыкли к новостям о продвижении российских войск.", "ru")]
    [InlineData("Всі вже звикли до новин про просування російських військ.", "uk")]
    [InlineData("Пропаганда разгоняла тезисы о том, что ВСУ остановили продвижение.", "ru")]
    [InlineData("Urging residents to evacuate, the police chief said the situation was difficult.", "en")]
    public void Extract_CauseHabituationNarrativeOrAppeal_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));
    [Theory]
    [InlineData("The allies discussed deliveries of air defence systems and missiles for Ukraine.", "en")]
    [InlineData("Обсудили поставки систем ПВО и ракет к ним.", "ru")]
    [InlineData("Обговорили постачання систем ППО та ракет до них.", "uk")]
    [InlineData("Zelensky asked allies for permission to strike Russia with long-range missiles.", "en")]
    [InlineData("Киев добивается разрешения на удары ракетами по России.", "ru")]
    [InlineData("Україна чекає дозволу на удари ракетами по Росії.", "uk")]
    [InlineData("Moscow accused Kyiv of sabotaging peace talks after the drone attack.", "en")]
    [InlineData("Москва обвинила Киев в срыве переговоров после атаки дронов.", "ru")]
    [InlineData("Київ звинуватив Москву у зриві переговорів після атаки дронів.", "uk")]
    public void Extract_ArmsSuppliesPermissionsAndTalks_AreNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The soldiers who took part in the capture of the town were awarded state medals.", "en")]
    [InlineData("Все участники освобождения Угледара будут представлены к наградам.", "ru")]
    [InlineData("Президент нагородив бійців, які звільнили село.", "uk")]
    public void Extract_AwardsForAHappening_AreNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Emergency service specialists are working at the crash sites.", "en")]
    [InlineData("На месте падения обломков работают специалисты экстренных служб.", "ru")]
    [InlineData("На місці обстрілу працюють фахівці ДСНС.", "uk")]
    public void Extract_EmergencyServicesAtWorkOnTheSite_AreNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));
    [Theory]
    [InlineData("Ukraine's air force said it had shot down 24 of 26 drones launched from Russia overnight.", "en")]
    [InlineData("Силы ПВО сбили 20 из 26 выпущенных беспилотников.", "ru")]
    [InlineData("Сили ППО збили 20 з 26 запущених дронів.", "uk")]
    public void Extract_CountOfWeaponsLaunchedBesideTheirShootingDown_IsAStrikeBesideTheRepelledAttack(string text, string language) =>
        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Strike], Extract(text, language).Select(claim => claim.Kind));

    [Fact]
    public void Extract_ShootingDownWithoutALaunchTold_IsOnlyARepelledAttack() =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind("Air defence shot down 20 Shahed drones over the south overnight.", "en"));

    [Theory]
    [InlineData("В результате переговорного процесса из плена возвращены 90 российских военнослужащих.", "ru", ClaimKind.Prisoners)]
    [InlineData("У результаті переговорів з полону повернулися 95 українських захисників.", "uk", ClaimKind.Prisoners)]
    [InlineData("After peace talks stalled in Istanbul, Russian forces captured the village of Novomykhailivka.", "en", ClaimKind.TerritorialControl)]
    public void Extract_NotClaimWordInAnAdverbialPhrase_SetsTheSceneOfTheClaim(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian rights ombudsman Dmytro Lubinets, who is in charge of prisoner exchanges, said his office was probing the incident.", "en")]
    [InlineData("Он занимается вопросами освобождения украинцев из плена и помощью семьям пропавших без вести.", "ru")]
    [InlineData("Координаційний штаб з питань поводження з військовополоненими провів зустріч з родинами.", "uk")]
    [InlineData("Сьогодні ми продовжуємо роботу над поверненням з полону українських громадян.", "uk")]
    public void Extract_EventWordNamingAFieldOfWork_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Fact]
    public void Extract_HappeningASideIsBlamedFor_StaysAClaim() =>
        Assert.Equal(ClaimKind.Strike, OnlyKind("Russia said Ukraine was responsible for the missile attack on the market in Donetsk.", "en"));

    [Theory]
    [InlineData("Ukraine received the bodies of 909 fallen soldiers from Russia.", "en")]
    [InlineData("The bodies of 1,000 Ukrainian soldiers were returned to Ukraine on Friday.", "en")]
    [InlineData("Россия передала Украине тела 1000 погибших военнослужащих.", "ru")]
    [InlineData("Тела 19 погибших российских военных были возвращены в Россию.", "ru")]
    [InlineData("Україні повернули тіла 909 полеглих захисників.", "uk")]
    [InlineData("Тіла 757 загиблих військових повернуто в Україну.", "uk")]
    public void Extract_BodiesOfTheDeadReturned_AreAPrisonersClaim(string text, string language) =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind(text, language));

    [Theory]
    [InlineData("Rescuers recovered the bodies of two residents from the rubble.", "en")]
    [InlineData("Тела 12 погибших извлекли из-под завалов.", "ru")]
    [InlineData("Рятувальники виявили тіла двох загиблих під завалами.", "uk")]
    public void Extract_BodiesOfTheDeadFound_AreCasualties(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("Из российской неволи освобождено более 8 тысяч граждан.", "ru")]
    [InlineData("З російської неволі визволено більше ніж 8 тисяч громадян.", "uk")]
    [InlineData("More than 8,000 citizens have been freed from Russian captivity.", "en")]
    public void Extract_ReleaseFromCaptivity_IsAPrisonersClaimNotACapture(string text, string language) =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind(text, language));

    [Theory]
    [InlineData("Сейчас проводятся мероприятия по зачистке города от боевиков.", "ru", ClaimKind.Attack)]
    [InlineData("Тривають заходи із зачистки селища від диверсійних груп.", "uk", ClaimKind.Attack)]
    [InlineData("Военнослужащие завершили зачистку поселка.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Бійці завершили зачистку села.", "uk", ClaimKind.TerritorialControl)]
    public void Extract_MeasuresOfClearingUnderWay_AreAnAttackWhereClearingCompleted_IsControl(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("A court in Kyiv sentenced a Russian soldier to life in prison for killing four civilians in Bucha.", "en")]
    [InlineData("Police opened a criminal investigation into the shelling of Kherson.", "en")]
    [InlineData("Суд заочно приговорил командира, который обстреливал Харьков, к 15 годам заключения.", "ru")]
    [InlineData("Прокуратура открыла уголовное дело по факту обстрела Белгорода.", "ru")]
    [InlineData("Розпочато досудове розслідування за фактом обстрілу Херсона.", "uk")]
    [InlineData("Військовому РФ, який обстрілював Харків, повідомили про підозру.", "uk")]
    public void Extract_CourtCaseOrInvestigationOfAHappening_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian forces continued offensive operations to seize Pokrovsk.", "en", ClaimKind.Attack)]
    [InlineData("Moscow's forces launched an assault to recapture the village.", "en", ClaimKind.Attack)]
    [InlineData("Войска продолжают наступательные действия по дальнейшему освобождению Донбасса.", "ru", ClaimKind.Attack)]
    [InlineData("Основні зусилля окупанти зосереджують на захопленні Покровська.", "uk", ClaimKind.Attack)]
    [InlineData("Russian forces managed to capture the village after a week of assaults.", "en", ClaimKind.TerritorialControl)]
    [InlineData("Russia is said to have captured the village of Novoselivka.", "en", ClaimKind.TerritorialControl)]
    public void Extract_CaptureToldAsTheGoalOfAnEffort_IsAnAttackUnlessAchieved(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Several people captured footage of the convoy and shared it on social media.", "en")]
    [InlineData("He appeared in combat fatigues in front of a line of fighters.", "en")]
    [InlineData("The general was delivering a report on the fighting.", "en")]
    [InlineData("Putin announced referendums in the liberated territories.", "en")]
    [InlineData("На видео, полученном с дрона, видна жилая застройка города.", "ru")]
    [InlineData("Он рассказал о производстве дронов-перехватчиков.", "ru")]
    [InlineData("Министерство обороны сообщило о ходе боевых действий за сутки.", "ru")]
    [InlineData("Путин объявил о проведении референдумов на освобожденных территориях.", "ru")]
    [InlineData("Міністр розповів про виробництво дронів-перехоплювачів.", "uk")]
    [InlineData("Генштаб оприлюднив дані про хід бойових дій.", "uk")]
    [InlineData("На звільнених територіях відновлюють водопостачання.", "uk")]
    public void Extract_EventWordInTheNameOfAThingOrAReport_IsNoHappening(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Other details about the downed drone were not given.", "en")]
    [InlineData("Информация о продвижении войск не предавалась огласке.", "ru")]
    [InlineData("Інформація про збиті дрони не розголошується.", "uk")]
    public void Extract_DetailsWithheld_IsADisclaimerNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russia's defense ministry said its forces had captured a small village on the way to the logistics hub of Pokrovsk.", "en", ClaimKind.TerritorialControl)]
    [InlineData("Российские войска нанесли удар по логистическому центру ВСУ в Одессе.", "ru", ClaimKind.Strike)]
    [InlineData("Росіяни обстріляли залізничний вузол у Фастові.", "uk", ClaimKind.Strike)]
    public void Extract_PlaceNamedAsAHub_LeavesTheClaimStanding(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian units regrouped, withdrew to more favourable lines and continue their tasks.", "en")]
    [InlineData("“Encirclement was prevented, personnel were withdrawn, and our soldiers took up defence at new lines.”", "en")]
    [InlineData("“I decided to withdraw our units from the town and move to defence on more favourable lines to avoid encirclement.”", "en")]
    [InlineData("The army said it was withdrawing from the town, facing intense attacks and the risk of being encircled.", "en")]
    [InlineData("Подразделения Сил обороны осуществили перегруппировку, отошли на более выгодные рубежи.", "ru")]
    [InlineData("Підрозділи Сил оборони здійснили перегрупування, відійшли на вигідніші рубежі оборони.", "uk")]
    public void Extract_WithdrawalToldWithItsRegroupingOrEncirclement_IsOneWithdrawal(string text, string language) =>
        Assert.Equal(ClaimKind.Withdrawal, OnlyKind(text, language));

    [Theory]
    [InlineData("Russian forces encircled the village, and Ukrainian troops withdrew from the town.", "en")]
    public void Extract_EncirclementAndAWithdrawalOfAnotherActor_AreTwoClaims(string text, string language) =>
        Assert.Equal([ClaimKind.Other, ClaimKind.Withdrawal], Extract(text, language).Select(claim => claim.Kind));

    [Theory]
    [InlineData("As a result of the attack, 85 servicemen were killed, and 20 vehicles were damaged.", "en")]
    [InlineData("Falling debris injured one person and damaged 20 homes and four garages.", "en")]
    [InlineData("Погибли два человека, повреждены пять жилых домов.", "ru")]
    [InlineData("Загинули двоє людей, пошкоджено п'ять будинків.", "uk")]
    public void Extract_DamageToldBesideThePeopleAHappeningHarmed_IsOneCasualtiesClaim(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("The strike resulted in the deaths of 12 people.", "en")]
    [InlineData("Ракетный удар по Белгороду привел к гибели двух человек и ранениям еще троих.", "ru")]
    public void Extract_DeathsNamedAsANoun_AreCasualties(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("«Москва» — российский гвардейский ракетный крейсер, головной корабль проекта 1164.", "ru")]
    [InlineData("Дзержинск — мощный укрепрайон, где идут бои с 2014 года.", "ru")]
    [InlineData("Вугледар — стратегічний вузол оборони, де тривали бої.", "uk")]
    public void Extract_NameDefinedByADashBeforeAnAdjective_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("ТАСС — Российские войска освободили Суджу, сообщило Минобороны.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Херсон — знову під обстрілом російської артилерії.", "uk", ClaimKind.Strike)]
    public void Extract_DashBeforeAVerbOrAnythingButAnAdjective_LeavesTheClaimStanding(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Aviation, anti-aircraft missile units and mobile fire groups were involved in repelling the attack.", "en")]
    [InlineData("К отражению атаки привлекались истребительная авиация, зенитные ракетные подразделения и мобильные огневые группы.", "ru")]
    [InlineData("Відбивали повітряну атаку мобільними вогневими групами, авіацією та зенітними ракетними підрозділами.", "uk")]
    public void Extract_MeansOfAirDefenceListedWithoutACount_AreNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Aviation and mobile fire groups shot down 21 of 26 drones.", "en")]
    [InlineData("Мобильные огневые группы и авиация сбили все беспилотники над городом.", "ru")]
    [InlineData("Зенітні ракетні підрозділи та мобільні вогневі групи успішно відбивали повітряний напад.", "uk")]
    public void Extract_MeansOfAirDefenceWithACountOrAnOutcome_AreARepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Theory]
    [InlineData("Two Russian warships remain in the Black Sea.", "en")]
    [InlineData("Сейчас в Черном море находится одна подводная лодка.", "ru")]
    [InlineData("У Чорному морі станом на ранок знаходяться п'ять ворожих кораблів.", "uk")]
    [InlineData("Наразі в Азовському морі немає російських кораблів.", "uk")]
    public void Extract_WarshipsToldAtSeaPresentOrAbsent_AreAClaimOfKindOther(string text, string language) =>
        Assert.Equal(ClaimKind.Other, OnlyKind(text, language));

    [Theory]
    [InlineData("The Moskva was the flagship of the Russian navy's fleet.", "en")]
    [InlineData("Крейсер входит в состав 30-й дивизии надводных кораблей Черноморского флота.", "ru")]
    [InlineData("Корабель входить до складу дивізії надводних кораблів Чорноморського флоту.", "uk")]
    public void Extract_WarshipNamedWithoutASea_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The exchange was scheduled to take place at a border crossing that day.", "en")]
    [InlineData("На КПП должен был состояться обмен пленными.", "ru")]
    [InlineData("У ГУР підтверджують – обмін цього дня планувався.", "uk")]
    public void Extract_HappeningToldAsScheduled_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Keeping submarines in the Black Sea has become standard practice for the Russian navy.", "en")]
    [InlineData("Это стало практикой: в Черном море остаются только подводные лодки.", "ru")]
    [InlineData("Це стала практика переходу до присутності в Чорному морі саме підводних човнів.", "uk")]
    public void Extract_PracticeToldAsEstablished_IsBackground(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Advancing deep into enemy defences in several areas, the troops took control of an area of 25 square kilometres.", "en")]
    [InlineData("Продвигаясь вглубь обороны противника, наши подразделения освободили село Новоселовка.", "ru")]
    [InlineData("Просуваючись углиб оборони противника, наші підрозділи звільнили село Новоселівка.", "uk")]
    public void Extract_OpeningParticiplePhrase_LeadsTheClauseItModifies(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind(text, language));

    [Theory]
    [InlineData("Украинские военные, попавшие в окружение, сдаются в плен.", "ru")]
    [InlineData("Украинские военные, которые попали в окружение, сдаются в плен.", "ru")]
    [InlineData("Українські військові, які потрапили в оточення, здаються в полон.", "uk")]
    [InlineData("Українські військові, оточені під Курахове, здалися в полон.", "uk")]
    public void Extract_DescriptionBetweenSubjectAndVerb_LeadsTheVerbsClause(string text, string language) =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind(text, language));

    [Fact]
    public void Extract_EnglishRelativeClauseBetweenSubjectAndVerb_StaysItsOwnClaim() =>
        Assert.Equal(2, Extract("Ukrainian soldiers, who had been encircled near Kurakhove, surrendered to Russian troops.", "en").Length);

    [Fact]
    public void Extract_GerundSubjectBeforeAConjunction_StaysItsOwnClause() =>
        Assert.Equal(ClaimKind.Attack, Extract("Fighting is raging in and around the part of the Kursk region that Ukraine seized in a surprise offensive.", "en")[0].Kind);

    [Theory]
    [InlineData("The video shows a meeting said to have taken place on Tuesday.", "en")]
    [InlineData("Several officers took part in the meeting at the ministry.", "en")]
    public void Extract_TakePlaceOrTakePart_IsNoCapture(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Kyiv and Moscow blamed each other for the attacks.", "en")]
    [InlineData("\"People, please evacuate,\" he called.", "en")]
    [InlineData("Москва и Киев обвинили друг друга в обстреле станции.", "ru")]
    [InlineData("Просим жителей эвакуироваться из приграничных сел.", "ru")]
    [InlineData("Сторони звинуватили одне одного в обстрілі станції.", "uk")]
    [InlineData("Просимо мешканців евакуюватися з прикордонних сіл.", "uk")]
    public void Extract_MutualBlameOrAnAppeal_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The attack resulted in the deaths of up to 85 servicemen.", "en", ClaimKind.Casualties)]
    [InlineData("Атака на село закончилась гибелью трех человек.", "ru", ClaimKind.Casualties)]
    [InlineData("Внаслідок атаки на Харків поранено двох людей.", "uk", ClaimKind.Casualties)]
    [InlineData("Russian forces attacked the village, which lost 300 residents in 2022.", "en", ClaimKind.Attack)]
    public void Extract_AttackThatHarmedPeople_IsCasualtiesUnlessTheHarmDescribesIt(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Fact]
    public void Extract_AttackMadeWithRocketsOrClusterMunitions_IsAStrike() =>
        Assert.Equal(ClaimKind.Strike, OnlyKind("The attack was carried out with cluster munitions launched by a multiple-launch rocket system.", "en"));

    [Theory]
    [InlineData("This means Russian forces have cut the main supply road to the town.", "en")]
    [InlineData("Это означает, что российские войска перерезали главную дорогу снабжения.", "ru")]
    [InlineData("Це означає, що російські війська перерізали головну дорогу постачання і наступатимуть далі.", "uk")]
    public void Extract_SentenceToldAsAConsequence_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Ukrainian troops stopped the Russian offensive near Vovchansk.", "en", ClaimKind.RepelledAttack)]
    [InlineData("Подразделения сорвали наступление противника у Работина.", "ru", ClaimKind.RepelledAttack)]
    [InlineData("Наші воїни зірвали черговий наступ ворога на Покровському напрямку.", "uk", ClaimKind.RepelledAttack)]
    [InlineData("Russian troops halted near the river and then launched an offensive on the town.", "en", ClaimKind.Attack)]
    public void Extract_AttackGovernedByAVerbOfThwarting_IsARepelledAttack(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Russia and Ukraine have traded strikes on each other's energy facilities.", "en")]
    [InlineData("The city has been a regular target of Russian missile attacks.", "en")]
    [InlineData("Россия и Украина обмениваются ударами по энергетическим объектам.", "ru")]
    [InlineData("Приграничные районы остаются постоянной целью украинских ударов.", "ru")]
    [InlineData("Росія та Україна обмінюються ударами по енергетичних об'єктах.", "uk")]
    public void Extract_MutualStrikesOrARegularTargetOfTheWarAsAWhole_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russia wants to capture the whole of the Donetsk region.", "en")]
    [InlineData("Россия хочет захватить всю Донецкую область.", "ru")]
    [InlineData("Росія хоче захопити всю Донецьку область.", "uk")]
    public void Extract_WhatASideWantsToDo_IsAssessmentNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russia has repeatedly attacked Ukraine's power grid with missiles and drones.", "en")]
    [InlineData("Kharkiv has been shelled almost daily since the war began.", "en")]
    [InlineData("Since Russia's invasion, Ukrainian drones have struck dozens of refineries.", "en")]
    [InlineData("Thousands of civilians have been killed in the war, now in its fourth year.", "en")]
    [InlineData("Moscow denies targeting civilians.", "en")]
    [InlineData("Россия с момента полномасштабного вторжения обстреляла Харьков тысячи раз.", "ru")]
    public void Extract_WireBackgroundOfTheWarAsAWhole_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Two civilians were wounded as a result of shelling and air strikes overnight.", "en")]
    [InlineData("Трое мирных жителей получили ранения в результате обстрелов и авиаударов.", "ru")]
    [InlineData("Двоє мирних жителів дістали поранення внаслідок ворожих обстрілів та авіаударів.", "uk")]
    public void Extract_AndGoingOnWithTheAdverbialPhraseThatClosesAClause_NamesMoreOfItsCauseInOneClaim(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Fact]
    public void Extract_AndOpeningAnotherKindAfterAClosingAdverbialPhrase_IsAClaimOfItsOwn() =>
        Assert.Equal([ClaimKind.Advance, ClaimKind.TerritorialControl],
            Extract("Russian troops advanced after heavy fighting and captured the village.", "en").Select(claim => claim.Kind));

    [Theory]
    [InlineData("После удара по дому под завалами оказались люди.", "ru")]
    [InlineData("Внаслідок обстрілу люди опинились під завалами.", "uk")]
    public void Extract_PeopleUnderTheRubble_IsCasualties(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("The attack destroyed two houses in the village.", "en", ClaimKind.Strike)]
    [InlineData("Атака уничтожила два жилых дома.", "ru", ClaimKind.Strike)]
    [InlineData("Внаслідок атаки знищено два будинки.", "uk", ClaimKind.Strike)]
    [InlineData("Войска уничтожили до 20 боевиков в здании школы.", "ru", ClaimKind.Casualties)]
    public void Extract_HomesOrBuildingsDestroyed_AreAStrikesDamageNotLosses(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Russian forces attacked the city centre overnight.", "en", ClaimKind.Strike)]
    [InlineData("Russian forces attacked downtown Zaporizhzhia.", "en", ClaimKind.Strike)]
    [InlineData("Russian forces attacked Ukrainian positions near the village.", "en", ClaimKind.Attack)]
    public void Extract_EnglishAttackOnACityAsAWhole_IsAStrikeButOnPositionsAnAttack(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Debris from a downed drone fell on a residential building in Kyiv.", "en")]
    [InlineData("Обломки сбитого беспилотника повредили жилой дом.", "ru")]
    [InlineData("Уламки збитого дрона впали на приватний будинок.", "uk")]
    public void Extract_DebrisOfADownedWeaponThatFell_IsAStrikeNotARepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian forces are trying to repel Russian assaults near Pokrovsk.", "en")]
    [InlineData("ВСУ пытаются отразить атаки у Часова Яра.", "ru")]
    [InlineData("Захисники намагаються відбити штурм міста.", "uk")]
    public void Extract_ATryAtRepelling_IsAnAttackNotOneBeatenOff(string text, string language) =>
        Assert.Equal(ClaimKind.Attack, OnlyKind(text, language));

    [Theory]
    [InlineData("Russian forces have been trying to capture the town for more than a year, but on Friday they captured its railway station.", "en")]
    [InlineData("The town has been under attack for months, but on Friday Ukrainian forces captured its railway station.", "en")]
    [InlineData("Протягом тривалого часу ворог не штурмував місто, проте вчора окупанти захопили його околицю.", "uk")]
    [InlineData("С начала войны село регулярно обстреливали, а в пятницу российские войска захватили его окраину.", "ru")]
    public void Extract_ClauseSetAgainstABackgroundClauseByAContrastiveConjunction_IsAClaim(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, Extract(text, language)[^1].Kind);

    [Fact]
    public void Extract_ClauseAddedToABackgroundClauseByAContrastiveConjunctionOfAddition_StaysBackground() =>
        Assert.Empty(Extract("З початку повномасштабного вторгнення окупанти зруйнували в місті сотні будинків, а також пошкодили всі школи.", "uk"));

    [Fact]
    public void Extract_NominativeParticipleOfLocationAfterTheEventWord_DescribesThePlaceNotBackground() =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind("Подразделения группировки «Восток» освободили населенный пункт Богатырь, расположенный в Донецкой Народной Республике.", "ru"));

    [Theory]
    [InlineData("Один из раненых находится в тяжелом состоянии после обстрела.", "ru")]
    [InlineData("Противник не находится в городе, бои продолжаются на окраинах.", "ru")]
    public void Extract_BeingSomewhereOrInSomeState_IsNoLocationBackground(string text, string language) =>
        Assert.NotEmpty(Extract(text, language));

    [Theory]
    [InlineData("Russia has fired thousands of drones at Ukrainian cities since the invasion began.", "en")]
    [InlineData("Від початку війни окупанти обстріляли місто понад тисячу разів.", "uk")]
    [InlineData("С начала вторжения село неоднократно обстреливали.", "ru")]
    public void Extract_CourseOfTheWarSinceItBegan_IsBackgroundNotClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The European Union approved a new military aid package that includes air defence systems.", "en")]
    [InlineData("Євросоюз затвердив новий пакет військової допомоги, що включає системи ППО.", "uk")]
    [InlineData("Германия объявила о новом пакете военной помощи с системами ПВО.", "ru")]
    public void Extract_MilitaryAidNews_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Russian forces captured Avdiivka last year after months of fighting.", "en")]
    [InlineData("The war has killed tens of thousands of soldiers on both sides.", "en")]
    [InlineData("Both sides have suffered heavy losses in the fighting, though neither discloses casualty figures.", "en")]
    [InlineData("Росіяни захопили Авдіївку торік після кількох місяців боїв.", "uk")]
    public void Extract_LastYearsHistoryOrTheWarAsAWhole_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("Marines drove the enemy out of Pryiutne after a two-day battle.", "en")]
    [InlineData("The brigade pushed Russian units out of the forest belt east of the village.", "en")]
    [InlineData("Russian troops were driven out of two villages near Kupiansk, the general staff said.", "en")]
    public void Extract_PartyDrivenOutOfAPlace_IsControl(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind(text, language));

    [Theory]
    [InlineData("Штурмовики отбили у противника два опорных пункта под Работино.", "ru", ClaimKind.TerritorialControl)]
    [InlineData("Наші бійці відбили в окупантів позиції біля Кліщіївки.", "uk", ClaimKind.TerritorialControl)]
    [InlineData("Подразделения отбили атаку у села Ивановка.", "ru", ClaimKind.RepelledAttack)]
    [InlineData("Захисники відбили три атаки ворога біля Часового Яру.", "uk", ClaimKind.RepelledAttack)]
    public void Extract_BeatingBackFromAParty_WinsGroundButFromAnAttack_RepelsIt(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Зафіксовано 12 спроб ворога просунутися біля Покровська.", "uk")]
    [InlineData("Отмечено пять попыток противника продвинуться к Часову Яру.", "ru")]
    public void Extract_CountedTriesToAdvance_AreAnAttack(string text, string language) =>
        Assert.Equal(ClaimKind.Attack, OnlyKind(text, language));

    [Theory]
    [InlineData("Росіяни намагалися вдарити ракетами по аеродрому під Старокостянтиновом.", "uk")]
    [InlineData("Russia tried to strike the airfield near Starokostiantyniv with cruise missiles.", "en")]
    public void Extract_StrikeTried_IsAStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    // The perfective future of trying ("will try", «спробує», «попытается») tells an expectation, not a happening: the
    // attempt stems keep to the nouns and the past.
    [Theory]
    [InlineData("Найближчим часом ворог спробує обійти Селидове з півдня.", "uk")]
    [InlineData("В ближайшие дни противник попытается обойти Селидово с юга.", "ru")]
    public void Extract_TryInThePerfectiveFuture_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Fact]
    public void Extract_TryBySideAtWhatNoEventWordNames_IsAnAttack() =>
        Assert.Equal(ClaimKind.Attack, OnlyKind("Противник намагався вклинитися в нашу оборону біля Новопавлівки.", "uk"));

    [Theory]
    [InlineData("Місцева влада намагається відновити водопостачання в місті.", "uk")]
    [InlineData("Коммунальщики пытаются восстановить электроснабжение района.", "ru")]
    public void Extract_TryByNoSide_IsNoClaim(string text, string language) =>
        Assert.Empty(Extract(text, language));

    [Theory]
    [InlineData("The brigade conducted a successful assault, liberating the village of Pishchane.", "en")]
    [InlineData("Подразделения провели успешную наступательную операцию, освободив населенный пункт Новое.", "ru")]
    public void Extract_AttackThenTheGroundItGainedByParticiple_IsOneControlClaim(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind(text, language));

    [Fact]
    public void Extract_RejectionByGerundOfDenying_IsADenial() =>
        Assert.Equal(ClaimKind.Denial, OnlyKind("Командование ВСУ выступило с заявлением, отрицая потерю Часова Яра.", "ru"));

    [Theory]
    [InlineData("Engineers began demining the recaptured villages south of Kupiansk on Monday.", "en", ClaimKind.Other)]
    [InlineData("Residents were evacuated from areas recently liberated by Ukrainian forces near Izium.", "en", ClaimKind.Other)]
    [InlineData("A drone struck a bus in the Russian-controlled part of the Zaporizhzhia region.", "en", ClaimKind.Strike)]
    [InlineData("Moscow is pressing an advancing offensive along the river.", "en", ClaimKind.Attack)]
    [InlineData("Из освобожденного поселка эвакуировали 40 жителей.", "ru", ClaimKind.Other)]
    [InlineData("В освобожденном поселке саперы начали разминирование улиц.", "ru", ClaimKind.Other)]
    [InlineData("Ворог обстріляв центр звільненого села на Харківщині.", "uk", ClaimKind.Strike)]
    public void Extract_WordOfGroundThatModifiesANoun_LeavesTheClauseItsOwnEvent(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian troops liberated the village of Robotyne.", "en")]
    [InlineData("The town was captured by Russian forces on Tuesday.", "en")]
    [InlineData("Село Андріївка звільнене від окупантів.", "uk")]
    public void Extract_WordOfGroundThatIsTheVerb_IsAControlClaim(string text, string language) =>
        Assert.Equal(ClaimKind.TerritorialControl, OnlyKind(text, language));

    [Theory]
    [InlineData("Dozens of Ukrainian prisoners of war were killed when the transport plane crashed.", "en", ClaimKind.Casualties)]
    [InlineData("Самолет с военнопленными разбился под Белгородом.", "ru", ClaimKind.Other)]
    [InlineData("Ukraine and Russia exchanged 150 prisoners of war each on Saturday.", "en", ClaimKind.Prisoners)]
    public void Extract_PrisonersNamedAsThoseAHappeningBefell_TakeTheKindOfThatHappening(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Fact]
    public void Extract_ClauseTellingOnlyAVehiclesLoad_IsTheCarrying() =>
        Assert.Equal(ClaimKind.Other, OnlyKind("Kyiv said the aircraft had been transporting missiles.", "en"));

    [Theory]
    [InlineData("Противник намагається перекидати резерви на Покровський напрямок.", "uk", ClaimKind.Other)]
    [InlineData("Russian troops tried to encircle the town from the north.", "en", ClaimKind.Attack)]
    public void Extract_TryAtAHappeningAwayFromTheFighting_IsThatHappening(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian defenders did not allow Russian troops to advance near Toretsk.", "en")]
    [InlineData("Наши подразделения не дали противнику продвинуться у Часова Яра.", "ru")]
    [InlineData("Сили оборони не дозволили окупантам просунутися біля Куп'янська.", "uk")]
    [InlineData("Дежурными силами была пресечена попытка атаковать приграничный район.", "ru")]
    public void Extract_AdvanceOrAttackASideWasKeptFrom_IsARepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Fact]
    public void Extract_TryAtRepellingByStruggling_IsAnAttack() =>
        Assert.Equal(ClaimKind.Attack, OnlyKind("Kyiv's forces are struggling to repel the assault on the town.", "en"));

    [Theory]
    [InlineData("Внаслідок обстрілу в громаді померли двоє людей.", "uk")]
    [InlineData("После удара по селу в больнице скончался мужчина.", "ru")]
    [InlineData("Во время обстрела осколком убило жительницу поселка.", "ru")]
    public void Extract_DeathToldByAVerbOfDyingOrKilling_IsCasualtiesBesideTheStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("Загалом понад 40 шкіл постраждали від обстрілів.", "uk", ClaimKind.Strike)]
    [InlineData("У селі Дубівка Дергачівської громади постраждала 70-річна жінка.", "uk", ClaimKind.Casualties)]
    public void Extract_CountedThingsBeforeAVerbOfComingToHarm_AreAStrikesDamage(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("The regional centre came under missile attack overnight.", "en")]
    [InlineData("Two border villages came under artillery shelling on Sunday.", "en")]
    public void Extract_WhatAPlaceCameUnder_IsTheClausesOwnHappening(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Theory]
    [InlineData("Ворожий снаряд пошкодив приватний будинок у Куп’янську без постраждалих.", "uk")]
    [InlineData("Shelling damaged three houses in the village without casualties.", "en")]
    public void Extract_HarmToldAbsentBesideAStrike_IsTheStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Theory]
    [InlineData("Ворог перекидає резерви для наступу на Покровськ.", "uk")]
    [InlineData("Противник перебрасывает резервы для штурма Часова Яра.", "ru")]
    public void Extract_AttackToldAsThePurposeOfATroopTransfer_IsTheTransfer(string text, string language) =>
        Assert.Equal(ClaimKind.Other, OnlyKind(text, language));

    [Theory]
    [InlineData("Ukrainian units were forced to move to more suitable positions near Vovchansk.", "en")]
    [InlineData("Подразделения перешли к обороне на более выгодных рубежах.", "ru")]
    [InlineData("Підрозділи перейшли на вигідніші рубежі оборони біля Торецька.", "uk")]
    public void Extract_MoveToMoreFavourableLines_IsAWithdrawal(string text, string language) =>
        Assert.Equal(ClaimKind.Withdrawal, OnlyKind(text, language));

    [Theory]
    [InlineData("В селе штурмовикам достались трофеи, в том числе два танка.", "ru")]
    [InlineData("Бійцям дісталися трофеї - дві гармати та бронетранспортер.", "uk")]
    public void Extract_TrophiesTakenFromTheEnemy_AreItsLosses(string text, string language) =>
        Assert.Equal(ClaimKind.Casualties, OnlyKind(text, language));

    [Theory]
    [InlineData("Також за тиждень було знешкоджено чотири ракети та 94 БпЛА.", "uk", ClaimKind.RepelledAttack)]
    [InlineData("Над областью обезврежены два беспилотника.", "ru", ClaimKind.RepelledAttack)]
    [InlineData("Бійці знешкодили диверсійну групу біля кордону.", "uk", ClaimKind.Casualties)]
    public void Extract_FlyingWeaponsNeutralised_AreARepelledAttack(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Украинские военные пытались вывести личный состав из села.", "ru", ClaimKind.Withdrawal)]
    [InlineData("The enemy did not abandon attempts to capture the town.", "en", ClaimKind.Attack)]
    public void Extract_TryAtPullingTroopsOut_IsAWithdrawal(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Боевики ВСУ бежали с позиций у села, бросив технику.", "ru", ClaimKind.Withdrawal)]
    [InlineData("Окупанти втекли з позицій під Куп’янськом.", "uk", ClaimKind.Withdrawal)]
    [InlineData("Окупанти замінували узбіччя траси біля села Дібрівне.", "uk", ClaimKind.Other)]
    public void Extract_FleeingPositionsOrMiningAPlace_AreWithdrawalAndOther(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("Ударом высокоточного оружия уничтожено до 30 военнослужащих ВСУ.", "ru", ClaimKind.Casualties)]
    [InlineData("Дроном знищено 12 окупантів біля Кринок.", "uk", ClaimKind.Casualties)]
    [InlineData("Высокоточным ударом уничтожено до 200 украинских военных в ангаре.", "ru", ClaimKind.Casualties)]
    [InlineData("Высокоточным ударом уничтожены три военных объекта.", "ru", ClaimKind.Strike)]
    [InlineData("Ударом высокоточного оружия уничтожен склад боеприпасов.", "ru", ClaimKind.Strike)]
    public void Extract_PeopleDestroyedByAStrike_AreCasualties(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, OnlyKind(text, language));

    [Theory]
    [InlineData("У Середземному морі перебуває 10 ворожих кораблів, з них 5 носіїв крилатих ракет «Калібр» (загальний залп – 76 ракет).", "uk")]
    [InlineData("Станом на ранок у Чорному морі 7 ворожих кораблів, серед яких 0 носіїв крилатих ракет «Калібр», загальний залп – 0 ракет.", "uk")]
    [InlineData("Окупанти вивели на бойове чергування в Чорне море дев'ять кораблів.", "uk")]
    [InlineData("В Азовському морі ворог утримує на бойовому чергуванні до трьох кораблів та катерів.", "uk")]
    [InlineData("Ворожа армія вивела ще один носій ракет типу «Калібр».", "uk")]
    [InlineData("В Черном море находятся два носителя крылатых ракет «Калибр» с общим залпом до 16 ракет.", "ru")]
    [InlineData("There are eight enemy warships in the Black Sea, including a Kalibr cruise missile carrier with a total salvo of up to eight missiles.", "en")]
    public void Extract_MissilesAFleetCarriesAndShipsPutToSea_AreAClaimOfKindOther(string text, string language) =>
        Assert.Equal(ClaimKind.Other, OnlyKind(text, language));

    [Fact]
    public void Extract_MissilesLaunchedFromShipsAtSea_AreAStrike() =>
        Assert.Equal(ClaimKind.Strike, OnlyKind("Russian ships in the Black Sea launched eight Kalibr missiles at Odesa.", "en"));

    [Theory]
    [InlineData("По словам губернатора, в этот раз в результате обстрела украинских войск никто не пострадал, однако повреждения получили пять частных машин.", "ru")]
    [InlineData("Губернатор сообщил, что в результате обстрела пострадавших нет, повреждены окна в двух домах.", "ru")]
    [InlineData("Після обстрілу, за словами голови ОВА, постраждалих немає, пошкоджено три будинки.", "uk")]
    public void Extract_HarmToldAbsentAfterTheStrikeThatSetsTheScene_IsTheStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Theory]
    [InlineData("В результаті атаки виникла пожежа на нафтопереробному заводі.", "uk")]
    [InlineData("After the attack, a fire broke out at the oil depot.", "en")]
    public void Extract_FireOrBlastAnAttackSetsOff_IsAStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Theory]
    [InlineData("На Куп’янському напрямку захисники відбили 4 атаки біля Синьківки, на Лиманському – 5 атак в районі Тернів.", "uk")]
    [InlineData("Russian troops repelled 5 attacks near Robotyne and 3 attacks near Verbove.", "en")]
    public void Extract_MoreAttacksCountedAfterARepulse_AreOneRepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Fact]
    public void Extract_ClashesCountedAfterARepulse_AreAnAttackOfTheirOwn() =>
        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Attack],
            Extract("ЗСУ відбили атаки на семи напрямках, за добу було майже 100 боєзіткнень.", "uk").Select(claim => claim.Kind));

    [Theory]
    [InlineData("Southern group units repelled five enemy attacks near Kurdyumovka with aviation and artillery assistance.", "en")]
    [InlineData("Air defence forces shot down 25 Ukrainian drones and a rocket of the HIMARS system over the past day.", "en")]
    [InlineData("All the attacks were repelled by warplanes, artillery and missiles.", "en")]
    public void Extract_WeaponsARepulseUsedOrDowned_ArePartOfTheRepelledAttack(string text, string language) =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind(text, language));

    [Theory]
    [InlineData("Російські війська атакували Київську область.", "uk")]
    [InlineData("ВСУ атаковали Белгородскую область.", "ru")]
    public void Extract_AnOblastAttacked_IsAStrike(string text, string language) =>
        Assert.Equal(ClaimKind.Strike, OnlyKind(text, language));

    [Fact]
    public void Extract_CounterattacksDefeated_AreARepelledAttack() =>
        Assert.Equal(ClaimKind.RepelledAttack, OnlyKind("Russian troops defeated three counterattacks near Kurakhovo.", "en"));

    [Fact]
    public void Extract_SoldiersAsSubjectAfterAnOpeningAttribution_TakePrisoners() =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind("По данным ведомства, военнослужащие группировки «Центр» взяли в плен украинцев, оказавшихся в полном окружении.", "ru"));

    [Fact]
    public void Extract_ReflexiveParticipleAfterAComma_DescribesTheNounBefore() =>
        Assert.Equal(ClaimKind.Prisoners, OnlyKind("Военнослужащие взяли в плен украинцев, оказавшихся в окружении.", "ru"));

    [Theory]
    [InlineData("A Ukrainian sabotage and reconnaissance group tried to cross the border.", "en")]
    [InlineData("Диверсионно-разведывательная группа ВСУ пыталась проникнуть на территорию области.", "ru")]
    public void Extract_SabotageGroupTryingToCrossIn_IsAnAttack(string text, string language) =>
        Assert.Equal(ClaimKind.Attack, OnlyKind(text, language));

    [Fact]
    public void Extract_StrikeVerbInItsVariantSpelling_IsAStrike() =>
        Assert.Equal(ClaimKind.Strike, OnlyKind("Сили оборони вразили нафтопереробний завод у Московській області.", "uk"));
}

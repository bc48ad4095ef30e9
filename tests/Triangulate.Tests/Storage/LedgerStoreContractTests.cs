using System.Collections;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>
/// The behaviour every <see cref="ILedgerStore"/> owes its callers. Each engine runs these cases through a subclass
/// that says how to make an empty store (SQLite in a temporary file; PostgreSQL in a scratch schema). The cases are
/// skippable because the PostgreSQL subclass skips them on a machine without a server (never in CI).
/// </summary>
public abstract partial class LedgerStoreContractTests : IAsyncLifetime
{
    private ILedgerStore? store;

    protected ILedgerStore Store => store ?? throw new InvalidOperationException("The store is made in InitializeAsync.");

    /// <summary>A new, empty, migrated store whose clock reads <see cref="LedgerFixtures.IngestTime"/>.</summary>
    protected abstract Task<ILedgerStore> CreateStoreAsync();

    /// <summary>Another instance (own connections) on the ledger <see cref="CreateStoreAsync"/> made, as a second process would open it.</summary>
    protected abstract Task<ILedgerStore> OpenSameLedgerAsync();

    /// <summary>A new, empty, migrated store on another ledger (another file, another schema), to copy a ledger into.</summary>
    protected abstract Task<ILedgerStore> CreateOtherStoreAsync();

    /// <summary>Runs SQL on the ledger behind the store's back, as an older version of Triangulate or an operator would.</summary>
    protected abstract Task RunSqlAsync(string sql);

    public async Task InitializeAsync() => store = await CreateStoreAsync();

    public virtual async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task MigrateAsync_Repeated_KeepsStoredData()
    {
        await Store.SaveAsync(Batch());

        await Store.MigrateAsync();
        await Store.MigrateAsync();

        Assert.Equal(new LedgerSummary(4, 5, 6, 0), await Store.SummarizeAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_NewReports_AreAddedWithTheirAnalyses()
    {
        var outcomes = await Store.SaveAsync(Batch());

        Assert.All(outcomes, outcome => Assert.Equal(SaveStatus.Added, outcome.Status));
        Assert.Equal(new LedgerSummary(4, 5, 6, 0), await Store.SummarizeAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_SameBatchTwice_LeavesSameCounts()
    {
        var first = await Store.SaveAsync(Batch());
        var summary = await Store.SummarizeAsync();

        var second = await Store.SaveAsync(Batch());

        Assert.Equal(summary, await Store.SummarizeAsync());
        Assert.All(second, outcome => Assert.Equal(SaveStatus.Duplicate, outcome.Status));
        Assert.Equal(first.Select(outcome => outcome.ReportId), second.Select(outcome => outcome.ReportId));
    }

    [SkippableFact]
    public async Task SaveAsync_SameTextSamePublisherWithoutUrl_IsDuplicate()
    {
        var post = KimakovskyToretskCentre();
        var first = await Store.SaveAsync([post]);
        // The same post read again from another export file, with different line breaks.
        var again = post with
        {
            Report = post.Report with { Text = post.Report.Text.Replace(". ", ".\n\n", StringComparison.Ordinal), Location = new InputLocation("telegram/export-2.json", 4) },
        };

        var second = await Store.SaveAsync([again]);

        Assert.Equal(SaveStatus.Duplicate, second[0].Status);
        Assert.Equal(first[0].ReportId, second[0].ReportId);
        Assert.Equal(1, (await Store.SummarizeAsync()).Reports);
    }

    /// <summary>
    /// PostgreSQL refuses U+0000, which SQLite would keep: every engine stores U+FFFD in its place, one for one, so a report
    /// that reaches the store with one (from the web app, or a reader of an older version) goes in the same everywhere (issue 17).
    /// </summary>
    [SkippableFact]
    public async Task SaveAsync_ReportHoldingNul_StoresReplacementCharacterOnEveryEngine()
    {
        var post = KimakovskyToretskCentre();
        var withNul = post with { Report = post.Report with { Title = "Дзержинск\0центр", Text = post.Report.Text + "\0" } };

        var outcome = await Store.SaveAsync([withNul]);

        var stored = await Store.GetReportAsync(outcome[0].ReportId);
        Assert.NotNull(stored);
        Assert.Equal(("Дзержинск\uFFFDцентр", post.Report.Text + "\uFFFD"), (stored.Title, stored.Text));
    }

    [SkippableFact]
    public async Task SaveAsync_SameTextOtherPublisherWithoutUrl_IsAdded()
    {
        var post = KimakovskyToretskCentre();
        await Store.SaveAsync([post]);
        var repost = post with { Report = post.Report with { Publisher = "Военкоры Донбасса" } };

        var outcome = await Store.SaveAsync([repost]);

        Assert.Equal(SaveStatus.Added, outcome[0].Status);
    }

    [SkippableFact]
    public async Task SaveAsync_SameUrlWithTrackingParametersAndSameText_IsDuplicate()
    {
        var article = GeneralStaffRepelledAttacks();
        var first = await Store.SaveAsync([article]);
        var fromAnotherFeed = article with { Report = article.Report with { Url = "http://pravda.com.ua/news/2024/07/01/7463021?utm_medium=rss", Publisher = "pravda.com.ua" } };

        var second = await Store.SaveAsync([fromAnotherFeed]);

        Assert.Equal(SaveStatus.Duplicate, second[0].Status);
        Assert.Equal(first[0].ReportId, second[0].ReportId);
    }

    [SkippableFact]
    public async Task SaveAsync_SameUrlChangedText_IsStoredAsRevisionWithItsClaims()
    {
        var original = RybarAdvanceSouthOfChasivYar();
        var first = await Store.SaveAsync([original]);
        var updated = WithAppendedText(original, "Информация уточняется.");

        var second = await Store.SaveAsync([updated]);

        Assert.Equal(SaveStatus.Revision, second[0].Status);
        var revision = await Store.GetReportAsync(second[0].ReportId);
        Assert.NotNull(revision);
        Assert.Equal(2, revision.Revision);
        Assert.Equal(first[0].ReportId, revision.PreviousRevisionId);
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Source = "rybar" });
        Assert.Equal([first[0].ReportId, revision.Id], claims.Select(claim => claim.ReportId).Order());
    }

    [SkippableFact]
    public async Task SaveAsync_ThirdTextUnderOneUrl_ChainsToTheLatestRevision()
    {
        var original = RybarAdvanceSouthOfChasivYar();
        await Store.SaveAsync([original]);
        var second = await Store.SaveAsync([WithAppendedText(original, "Информация уточняется.")]);

        var third = await Store.SaveAsync([WithAppendedText(original, "Обновлено в 12:40.")]);

        var latest = await Store.GetReportAsync(third[0].ReportId);
        Assert.Equal((3, second[0].ReportId), (latest!.Revision, latest.PreviousRevisionId));
    }

    [SkippableFact]
    public async Task SaveAsync_DuplicateWithinOneBatch_IsStoredOnce()
    {
        var outcomes = await Store.SaveAsync([KramatorskStrike(), GeneralStaffRepelledAttacks(), KramatorskStrike()]);

        Assert.Equal([SaveStatus.Added, SaveStatus.Added, SaveStatus.Duplicate], outcomes.Select(outcome => outcome.Status));
        Assert.Equal(outcomes[0].ReportId, outcomes[2].ReportId);
        Assert.Equal(3, (await Store.SummarizeAsync()).Claims);
    }

    [SkippableFact]
    public async Task SaveAsync_BatchFailingMidway_StoresNothing()
    {
        var batch = new FailingList([KramatorskStrike(), GeneralStaffRepelledAttacks(), RybarAdvanceSouthOfChasivYar()], failAt: 2);

        await Assert.ThrowsAsync<IOException>(() => Store.SaveAsync(batch));

        Assert.Equal(new LedgerSummary(0, 0, 0, 0), await Store.SummarizeAsync());
    }

    [SkippableFact]
    public async Task GetReportAsync_StoredReport_KeepsEveryField()
    {
        var post = KimakovskyToretskCentre();
        var outcome = await Store.SaveAsync([post]);

        var stored = await Store.GetReportAsync(outcome[0].ReportId);

        var expected = post.Report;
        Assert.NotNull(stored);
        Assert.Equal(
            (expected.ExternalId, expected.Publisher, expected.Url, expected.Published, expected.Language, expected.Title, expected.Text, expected.ContentHash, 1, (long?)null, expected.Location.Path, IngestTime),
            (stored.ExternalId, stored.Publisher, stored.Url, stored.Published, stored.Language, stored.Title, stored.Text, stored.ContentHash, stored.Revision, stored.PreviousRevisionId, stored.InputPath, stored.IngestedAt));
        Assert.Equal<string>(["Россия 24"], stored.ForwardedFrom);
    }

    [SkippableFact]
    public async Task GetReportAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetReportAsync(4242));
    }

    [SkippableFact]
    public async Task ListReportsAsync_Search_FindsCyrillicWhateverTheCase()
    {
        var outcomes = await Store.SaveAsync(Batch());

        var found = await Store.ListReportsAsync(new ReportQuery { Search = "торецьк" });

        Assert.Equal([outcomes[0].ReportId], found.Select(report => report.Id));
    }

    [SkippableFact]
    public async Task ListReportsAsync_Search_MatchesInflectedFormsByPrefix()
    {
        var outcomes = await Store.SaveAsync(Batch());

        // "Часов" is the stem of "Часова Яра" (genitive) in the RIA text.
        var found = await Store.ListReportsAsync(new ReportQuery { Search = "ЧАСОВ яр" });

        Assert.Equal([outcomes[1].ReportId], found.Select(report => report.Id));
    }

    [SkippableFact]
    public async Task ListReportsAsync_Search_RanksTitleMatchesFirst()
    {
        // The older Reuters report names Kramatorsk in its title; the newer post only once in a longer text.
        var strike = KramatorskStrike();
        var olderStrike = strike with { Report = strike.Report with { Published = strike.Report.Published!.Value.AddDays(-30) } };
        await Store.SaveAsync([olderStrike, WithAppendedText(KimakovskyToretskCentre(), "Kramatorsk")]);

        var found = await Store.ListReportsAsync(new ReportQuery { Search = "Kramatorsk" });

        Assert.Equal(["Reuters", "Операция Z: Военкоры Русской Весны"], found.Select(report => report.Publisher));
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("AND OR (")]
    [InlineData("торецьк\" OR \"")]
    [InlineData("NEAR(a b) * ^ -")]
    [InlineData("title:Торецьк")]
    [InlineData("   ")]
    public async Task ListReportsAsync_HostileSearch_DoesNotThrow(string search)
    {
        await Store.SaveAsync(Batch());

        var found = await Store.ListReportsAsync(new ReportQuery { Search = search });

        Assert.All(found, report => Assert.Contains("торецьк", (report.Title + " " + report.Text).ToLowerInvariant(), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task ListReportsAsync_NoFilter_OrdersByPublishedNewestFirst()
    {
        await Store.SaveAsync(Batch());

        var reports = await Store.ListReportsAsync(new ReportQuery());

        Assert.Equal(["Reuters", "Українська правда", "РИА Новости", "Операция Z: Военкоры Русской Весны"], reports.Select(report => report.Publisher));
    }

    [SkippableFact]
    public async Task ListReportsAsync_Ids_ReadsOnlyThoseReportsAndSkipsUnknownOnes()
    {
        var outcomes = await Store.SaveAsync(Batch());

        var reports = await Store.ListReportsAsync(new ReportQuery { Ids = [outcomes[3].ReportId, outcomes[1].ReportId, 4242] });

        Assert.Equal(
            [(outcomes[3].ReportId, "Reuters"), (outcomes[1].ReportId, "РИА Новости")],
            reports.Select(report => (report.Id, report.Publisher)));
    }

    [SkippableFact]
    public async Task ListReportsAsync_LimitAndOffset_PageThroughTheOrder()
    {
        await Store.SaveAsync(Batch());

        var page = await Store.ListReportsAsync(new ReportQuery { Limit = 2, Offset = 1 });

        Assert.Equal(["Українська правда", "РИА Новости"], page.Select(report => report.Publisher));
    }

    [SkippableFact]
    public async Task ListReportsAsync_LanguageAndPeriod_FilterTogether()
    {
        await Store.SaveAsync(Batch());

        var reports = await Store.ListReportsAsync(new ReportQuery
        {
            Language = "ru",
            Since = new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero),
            Until = new DateTimeOffset(2024, 7, 1, 23, 59, 59, TimeSpan.Zero),
        });

        Assert.Equal(["РИА Новости"], reports.Select(report => report.Publisher));
    }

    [SkippableFact]
    public async Task ListReportsAsync_Publisher_MatchesExactly()
    {
        await Store.SaveAsync(Batch());

        var reports = await Store.ListReportsAsync(new ReportQuery { Publisher = "Reuters" });

        Assert.Equal(["kramatorsk-strike-0701"], reports.Select(report => report.ExternalId));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_ReportId_ReturnsThatReportsClaimsInTextOrder()
    {
        var outcomes = await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { ReportId = outcomes[0].ReportId });

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Ids_ReturnsOnlyThoseClaimsThatAreStored()
    {
        var outcomes = await Store.SaveAsync(Batch());
        var stored = await Store.ListClaimsAsync(new ClaimQuery { ReportId = outcomes[0].ReportId });

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Ids = [stored[1].Id, 4242] });

        Assert.Equal([(stored[1].Id, ClaimKind.Attack)], claims.Select(claim => (claim.Id, claim.Claim.Kind)));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Kind_ReturnsOnlyThatKind()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Kind = ClaimKind.TerritorialControl });

        Assert.Equal(["Игорь Кимаковский"], claims.Select(claim => claim.Claim.Chain.Origin.Source.Name));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Side_MatchesTheActorsSide()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Side = Side.UA });

        Assert.Equal([ClaimKind.RepelledAttack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_OriginSide_MatchesWhoAssertsIt()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { OriginSide = Side.UA });

        Assert.Equal([ClaimKind.Strike, ClaimKind.RepelledAttack, ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableTheory]
    [InlineData("rybar", "Рыбарь")]
    [InlineData("РЫБАРЬ", "Рыбарь")]
    [InlineData("russia-24", "Игорь Кимаковский")]
    [InlineData("россия 24", "Игорь Кимаковский")]
    public async Task ListClaimsAsync_Source_MatchesOriginOrRelayByIdOrName(string source, string expectedOrigin)
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Source = source });

        Assert.Equal([expectedOrigin], claims.Select(claim => claim.Claim.Chain.Origin.Source.Name));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_PlaceId_FindsClaimsAboutThatPlace()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Place = Ivanivske.Id });

        Assert.Equal([ClaimKind.Advance], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableTheory]
    [InlineData("Дзержинск")]
    [InlineData("торецьк")]
    [InlineData("Toretsk")]
    public async Task ListClaimsAsync_PlaceName_MatchesAnyNameOfThePlace(string name)
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Place = name });

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Attack, ClaimKind.TerritorialControl], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Radius_FindsClaimsWithinDistance()
    {
        await Store.SaveAsync(Batch());

        // Chasiv Yar is about 21 km north of Toretsk, Kramatorsk about 45 km.
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24 });

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Advance, ClaimKind.TerritorialControl], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Radius_ExcludesPointInsideTheBoxButBeyondTheDistance()
    {
        await Store.SaveAsync([GeneralStaffRepelledAttacks()]);

        // The attack north-east of Toretsk is estimated 0.18° north and 0.27° east: inside a 24 km box, 28 km away.
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24 });

        Assert.Equal([ClaimKind.RepelledAttack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Box_FindsClaimsWithAPlaceInsideTheView()
    {
        await Store.SaveAsync(Batch());

        // A view over Chasiv Yar and Ivanivske: Toretsk lies 20 km south of it, the attack north-east of Toretsk east of it.
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Box = new GeoBox(48.55, 48.62, 37.80, 37.95) });

        Assert.Equal([ClaimKind.Advance], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_RadiusAndSince_KeepOnlyLaterClaimsNearby()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery
        {
            Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24, Since = new DateTimeOffset(2024, 6, 30, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Advance], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_RadiusAndUntil_KeepOnlyEarlierClaimsNearby()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery
        {
            Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24, Until = new DateTimeOffset(2024, 6, 30, 0, 0, 0, TimeSpan.Zero),
        });

        Assert.Equal([ClaimKind.TerritorialControl], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Box_UsesTheEstimatedPointOfARelativePlace()
    {
        await Store.SaveAsync([GeneralStaffRepelledAttacks()]);

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Box = new GeoBox(48.5, 48.7, 38.0, 38.2) });

        Assert.Equal([ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Search_FindsTheClaimsOfMatchingReports()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Search = "Генштаб" });

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_SearchWithOtherFilters_AllMustHold()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Search = "торецьк", Side = Side.RU });

        Assert.Equal([ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableTheory]
    [InlineData("\"")]
    [InlineData("*:&|!")]
    public async Task ListClaimsAsync_SearchWithoutWords_FindsNothing(string search)
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Search = search });

        Assert.Empty(claims);
    }

    [SkippableFact]
    public async Task ListClaimsAsync_Period_FiltersOnTheReportsPublication()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Until = new DateTimeOffset(2024, 6, 30, 0, 0, 0, TimeSpan.Zero) });

        Assert.Equal([ClaimKind.TerritorialControl], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_FiltersTogether_AllMustHold()
    {
        await Store.SaveAsync(Batch());

        var claims = await Store.ListClaimsAsync(new ClaimQuery { Place = "Торецьк", Side = Side.RU, Source = "ua-general-staff" });

        Assert.Equal([ClaimKind.Attack], claims.Select(claim => claim.Claim.Kind));
    }

    [SkippableFact]
    public async Task ListClaimsAsync_LimitAndOffset_PageThroughTheOrder()
    {
        await Store.SaveAsync(Batch());
        var all = await Store.ListClaimsAsync(new ClaimQuery());

        var page = await Store.ListClaimsAsync(new ClaimQuery { Limit = 2, Offset = 2 });

        Assert.Equal(all.Skip(2).Take(2).Select(claim => claim.Id), page.Select(claim => claim.Id));
    }

    [SkippableFact]
    public async Task GetClaimAsync_StoredClaim_RoundTripsEveryField()
    {
        var analysis = KimakovskyToretskCentre();
        var outcome = await Store.SaveAsync([analysis]);
        var id = (await Store.ListClaimsAsync(new ClaimQuery())).Single().Id;

        var stored = await Store.GetClaimAsync(id);

        Assert.NotNull(stored);
        Assert.Equal((outcome[0].ReportId, (string?)null, analysis.Report.Publisher, analysis.Report.Published), (stored.ReportId, stored.ExternalId, stored.Publisher, stored.Published));
        // Records holding ImmutableArray compare arrays by reference, so the claim is compared through its full JSON.
        Assert.Equal(LedgerJson.Serialize(analysis.Claims[0]), LedgerJson.Serialize(stored.Claim));
    }

    [SkippableFact]
    public async Task GetClaimAsync_StoredClaim_KeepsNestedValues()
    {
        await Store.SaveAsync([RybarAdvanceSouthOfChasivYar()]);
        var expected = RybarAdvanceSouthOfChasivYar().Claims[0];

        var claim = (await Store.ListClaimsAsync(new ClaimQuery())).Single().Claim;

        Assert.Equal(
            (expected.Span, expected.Places[0].Relation!.Span, expected.Places[0].EstimatedLat, expected.Places[0].Place!.Names[2].Scheme, expected.Quantities[0].Value, expected.Time!.From, expected.Chain.Relays[0].Source.SourceId),
            (claim.Span, claim.Places[0].Relation!.Span, claim.Places[0].EstimatedLat, claim.Places[0].Place!.Names[2].Scheme, claim.Quantities[0].Value, claim.Time!.From, claim.Chain.Relays[0].Source.SourceId));
    }

    [SkippableFact]
    public async Task GetPlaceMentionsAsync_StoredReport_ReturnsMentionsInTextOrder()
    {
        var analysis = GeneralStaffRepelledAttacks();
        var outcome = await Store.SaveAsync([analysis]);

        var mentions = await Store.GetPlaceMentionsAsync(outcome[0].ReportId);

        Assert.Equal(analysis.Places.Select(LedgerJson.Serialize), mentions.Select(LedgerJson.Serialize));
    }

    [SkippableFact]
    public async Task SaveSourcesAsync_SameIdTwice_KeepsTheLatestEntry()
    {
        await Store.SaveSourcesAsync([new Source("rybar", "Rybar", SourceKind.MilbloggerChannel, Side.Unknown, ["Рыбарь"])]);

        await Store.SaveSourcesAsync([new Source("rybar", "Rybar", SourceKind.MilbloggerChannel, Side.RU, ["Рыбарь", "Rybar"], "Telegram channel", ["wagner"])]);

        var stored = Assert.Single(await Store.ListSourcesAsync());
        Assert.Equal((Side.RU, "Telegram channel", "Рыбарь|Rybar", "wagner"), (stored.Side, stored.Role, string.Join('|', stored.Aliases), string.Join('|', stored.AffiliatedWith)));
        Assert.Equal(1, (await Store.SummarizeAsync()).Sources);
    }

    [SkippableFact]
    public async Task ListPlacesNearAsync_AnalystPlaces_NearestFirstWithinRadius()
    {
        await Store.SavePlacesAsync([Kramatorsk, ChasivYar, Toretsk, Ivanivske]);

        var near = await Store.ListPlacesNearAsync(ChasivYar.Lat, ChasivYar.Lon, 23);

        Assert.Equal([ChasivYar.Id, Ivanivske.Id, Toretsk.Id], near.Select(place => place.Id));
    }

    [SkippableFact]
    public async Task SavePlacesAsync_MovedPlace_IsFoundAtItsNewPoint()
    {
        await Store.SavePlacesAsync([Toretsk]);

        await Store.SavePlacesAsync([Toretsk with { Lat = ChasivYar.Lat, Lon = ChasivYar.Lon }]);

        Assert.Empty(await Store.ListPlacesNearAsync(Toretsk.Lat, Toretsk.Lon, 5));
    }

    [SkippableFact]
    public async Task CheckIntegrityAsync_HealthyLedger_FindsNothing()
    {
        await Store.SaveAsync(Batch());
        await Store.SaveAsync([WithAppendedText(RybarAdvanceSouthOfChasivYar(), "Информация уточняется.")]);

        Assert.Empty(await Store.CheckIntegrityAsync());
    }

    /// <summary>A batch whose source fails part-way, as a reader on a vanishing file would.</summary>
    private sealed class FailingList(IReadOnlyList<Analysis> items, int failAt) : IReadOnlyList<Analysis>
    {
        public int Count => items.Count;

        public Analysis this[int index] => index == failAt ? throw new IOException("The input went away.") : items[index];

        public IEnumerator<Analysis> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

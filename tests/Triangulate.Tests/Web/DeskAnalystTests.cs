using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace Triangulate.Tests.Web;

/// <summary>The samples with two hand-made control maps (TestData/evidence/front): one from before Toretsk fell, one after.</summary>
public sealed class FrontLineLedger : WebLedger
{
    public override string? ControlMaps => Path.Combine(RepositoryPaths.Root, "tests", "Triangulate.Tests", "TestData", "evidence", "front");
}

/// <summary>
/// The desk as an analyst's daily tool, in headless Chromium over the corroborated samples and two control maps: the
/// readable offline map (settlement names by zoom, the front line of the chosen day), triage (sorting, the place
/// picker, the credibility filter), the event view (the map moved to it, claims in plain English beside their
/// sentence, the provenance tree grouped as counted, figures) and the dossier.
/// </summary>
public sealed class DeskAnalystTests(FrontLineLedger ledger) : IClassFixture<FrontLineLedger>
{
    private const string ToretskId = "osm:node/256613774";

    private async Task<(IPlaywright, IBrowser, IPage)> OpenAsync(string account = "analyst")
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, account);
        return (playwright, browser, page);
    }

    [SkippableFact]
    public async Task Labels_ShowTheLargerPlacesWhenZoomedOut_AndTheSmallerOnesZoomedIn()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await page.WaitForSelectorAsync(".place-label span");
        var wide = await LabelsAsync(page);
        await OpenToretskCaptureAsync(page);
        await page.WaitForFunctionAsync("() => Number(document.querySelector('#map').dataset.labelZoom) >= 11");
        await page.WaitForSelectorAsync(".place-label span:text-is('Toretsk')");
        var close = await LabelsAsync(page);
        await Browser.ScreenshotAsync(page, "30-labels-zoomed-in");
        Assert.Equal((true, true, false), (wide.Contains("Kyiv"), wide.Contains("Kharkiv"), wide.Contains("Toretsk")));
        Assert.Contains("Toretsk", close);
        Assert.DoesNotContain("Kyiv", close);
    }

    [SkippableFact]
    public async Task FrontLine_ChangesWithTheDayChosenOnTheTimeline()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await page.WaitForSelectorAsync("#front-legend[data-map-date]");
        var latest = await FrontAsync(page);
        var box = (await page.Locator("#timeline svg").BoundingBoxAsync())!;
        // The samples run from June 2024 to March 2025: the first tenth of the timeline is before the later map.
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.02f), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.1f), box.Y + (box.Height / 2), new MouseMoveOptions { Steps = 4 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("date => document.querySelector('#front-legend').dataset.mapDate !== date", latest.Date);
        var early = await FrontAsync(page);
        await Browser.ScreenshotAsync(page, "31-front-line-early");
        Assert.Equal(("2025-02-01", "2024-07-01"), (latest.Date, early.Date));
        Assert.NotEqual(latest.Path, early.Path);
    }

    [SkippableFact]
    public async Task Sorting_ByIndependentOriginsAndByCredibility_OrdersTheList()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await page.SelectOptionAsync("#sort", "origins");
        var origins = await ColumnAsync(page, ".origins");
        await page.SelectOptionAsync("#sort", "credibility");
        var grades = await ColumnAsync(page, ".grade");
        await page.SelectOptionAsync("#sort", "first");
        var days = await ColumnAsync(page, ".date");
        var byOrigins = origins.Select(o => int.Parse(o.TrimEnd('×'), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(byOrigins.OrderDescending(), byOrigins);
        Assert.True(byOrigins[0] > byOrigins[^1], "the first rows all have as many origins as the last");
        Assert.Equal(grades.Order(StringComparer.Ordinal), grades);
        Assert.Equal(days.Where(d => d.Length > 0).Order(StringComparer.Ordinal), days.Where(d => d.Length > 0));
    }

    [SkippableTheory]
    [InlineData("Dzerzhinsk")]
    [InlineData("Торецк")]
    [InlineData("Дзержинськ")]
    public async Task PlacePicker_AnySpelling_OffersToretskAndFiltersByIt(string typed)
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await page.FillAsync("#filter-place", typed);
        var first = page.Locator("#place-suggestions button.place-option").First;
        await first.WaitForAsync();
        Assert.Equal(ToretskId, await first.GetAttributeAsync("data-place-id"));
        var before = await page.TextContentAsync("#list-count");
        await first.ClickAsync();
        await page.WaitForFunctionAsync("before => document.querySelector('#list-count').textContent !== before", before);
        var expected = await page.EvaluateAsync<int>($"async () => (await (await fetch('api/events?place={Uri.EscapeDataString(ToretskId)}&foldFragments=true&limit=1000')).json()).items.length");
        Assert.Equal(("Toretsk", expected), (await page.InputValueAsync("#filter-place"), await Browser.ListedEventsAsync(page)));
        Assert.InRange(expected, 10, 200);
    }

    [SkippableFact]
    public async Task OpeningAnEvent_MovesTheMapToIt_AndHighlightsItInListAndMap()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await OpenToretskCaptureAsync(page);
        var ring = page.Locator("path.selected-marker");
        await ring.WaitForAsync();
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var marker = (await ring.BoundingBoxAsync())!;
        var id = await page.EvaluateAsync<string>("() => location.hash.slice(2)");
        var row = page.Locator($"#event-list li.selected[data-event-id='{id}']");
        await Browser.ScreenshotAsync(page, "32-event-opened");
        Assert.InRange(marker.X + (marker.Width / 2), map.X + (map.Width / 2) - 5, map.X + (map.Width / 2) + 5);
        Assert.InRange(marker.Y + (marker.Height / 2), map.Y + (map.Height / 2) - 5, map.Y + (map.Height / 2) + 5);
        Assert.Equal(1, await row.CountAsync());
        Assert.True(await row.IsVisibleAsync(), "the chosen event's row is not scrolled into view");
    }

    [SkippableFact]
    public async Task Claims_ShowAnEnglishLineBesideTheirSentence_WithParagraphReportAndUrlOnRequest()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await OpenToretskCaptureAsync(page);
        var russian = page.Locator("#claims .claim", new PageLocatorOptions { Has = page.Locator(".claim-original[lang='ru']") }).First;
        var summary = await russian.Locator(".claim-summary").TextContentAsync();
        var sentence = (await russian.Locator(".claim-original").TextContentAsync())!;
        await russian.Locator("button.show-paragraph").ClickAsync();
        var paragraph = (await russian.Locator(".claim-original").TextContentAsync())!;
        await russian.Locator("button.show-report").ClickAsync();
        var report = (await russian.Locator(".claim-original").TextContentAsync())!;
        var height = await page.EvaluateAsync<int>("() => document.querySelector('#detail').scrollHeight");
        await Browser.ScreenshotAsync(page, "33-claims-in-english");
        Assert.Matches("Kimakovsky.*: (Russian forces (took control of|advanced near) (Toretsk|Pivnichna mine)|Toretsk captured)", summary);
        Assert.DoesNotMatch("[А-яЁё]", summary!);
        Assert.Contains("Дзержинск", sentence, StringComparison.Ordinal);
        Assert.True(sentence.Length < paragraph.Length || paragraph.Length < report.Length, "neither the paragraph nor the report shows more than the sentence");
        Assert.Contains(sentence, report, StringComparison.Ordinal);
        Assert.StartsWith("http", await russian.Locator("a.report-url").GetAttributeAsync("href"), StringComparison.Ordinal);
        // The pane once repeated each claim's whole report: 12,900 px for this event.
        Assert.InRange(height, 1, 12_900);
    }

    [SkippableFact]
    public async Task Provenance_ShowsOneGroupPerIndependentOrigin_AndTheOriginsNotCountedApart()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await OpenToretskCaptureAsync(page);
        var count = await page.TextContentAsync("#independent-origins");
        var groups = await page.Locator("#provenance > ul > li[data-role='independent']").CountAsync();
        var notCounted = page.Locator("#provenance > ul > li[data-role='not_counted']");
        Assert.StartsWith($"{groups} in all", count, StringComparison.Ordinal);
        Assert.Equal(1, await notCounted.CountAsync());
        Assert.True(await notCounted.Locator("li[data-role='origin']").CountAsync() > 0, "the group of origins not counted is empty");
    }

    [SkippableFact]
    public async Task CredibilityFilter_TakesTheEventDigits_AndTheApiRefusesLetters()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        var all = await Browser.ListedEventsAsync(page);
        var before = await page.TextContentAsync("#list-count");
        await page.SelectOptionAsync("#filter-credibility", "1,2");
        await page.WaitForFunctionAsync("before => document.querySelector('#list-count').textContent !== before", before);
        var grades = await ColumnAsync(page, ".grade");
        var letters = await page.EvaluateAsync<int>("async () => (await fetch('api/events?credibility=A')).status");
        Assert.InRange(grades.Count, 1, all - 1);
        Assert.All(grades, grade => Assert.Contains(grade, new[] { "1", "2" }));
        Assert.Equal(400, letters);
    }

    [SkippableFact]
    public async Task Dossier_DownloadsAndOpens_WithClaimsProvenanceEvidenceAndGrade()
    {
        var (playwright, browser, page) = await OpenAsync("reader");
        using var _ = playwright;
        await using var __ = browser;
        await OpenToretskCaptureAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dossier-html"));
        using var directory = new TempDirectory();
        var saved = directory.File(download.SuggestedFilename);
        await download.SaveAsAsync(saved);
        var dossier = await page.Context.NewPageAsync();
        await dossier.GotoAsync(new Uri(saved).AbsoluteUri);
        var headings = await dossier.Locator("h2").AllTextContentsAsync();
        await Browser.ScreenshotAsync(dossier, "34-dossier");
        var markdown = await page.EvaluateAsync<string>("async () => (await fetch(document.querySelector('#dossier-md').href)).text()");
        Assert.Matches("^event-e\\d+\\.html$", download.SuggestedFilename);
        Assert.StartsWith("Event e", await dossier.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(["Grade", "Verdicts", "Claims", "Provenance", "Contradicted by", "Evidence: control maps of those days", "Casualty and loss figures"], headings);
        Assert.True(await dossier.Locator("blockquote .claim").CountAsync() > 0, "no quotation marks its claim");
        Assert.True(await dossier.Locator("svg.map path.occupied").CountAsync() > 0, "no control map drawn");
        Assert.True(await dossier.Locator("a[href^='http']").CountAsync() > 0, "no report linked");
        Assert.StartsWith("# Event e", markdown, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Figures_AddUpByPlaceAndPeriod_WithTheClaimsTheyComeFrom()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        await page.ClickAsync("#open-figures");
        var table = page.Locator("#figures-table");
        await table.WaitForAsync();
        var rows = await table.Locator("tr").AllTextContentsAsync();
        var api = JsonDocument.Parse(await page.EvaluateAsync<string>("async () => (await fetch('api/events/figures?period=month')).text()")).RootElement;
        await Browser.ScreenshotAsync(page, "35-figures");
        Assert.Contains(rows, row => row.Contains("personnel", StringComparison.Ordinal) && row.Contains("all places", StringComparison.Ordinal));
        Assert.All(api.EnumerateArray().SelectMany(row => row.GetProperty("totals").EnumerateArray()), total => Assert.NotEmpty(total.GetProperty("claimIds").EnumerateArray()));
    }

    [SkippableFact]
    public async Task Layout_At1024PixelsWide_KeepsMapListAndFiltersOnScreen_AndTheTimelineFollowsTheWidth()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        var wide = await page.GetAttributeAsync("#timeline svg", "data-width");
        await page.SetViewportSizeAsync(1024, 768);
        await page.WaitForFunctionAsync("wide => document.querySelector('#timeline svg').dataset.width !== wide", wide);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var list = (await page.Locator("#list-viewport").BoundingBoxAsync())!;
        var filters = (await page.Locator("#filters button[type='submit']").BoundingBoxAsync())!;
        var timeline = int.Parse((await page.GetAttributeAsync("#timeline svg", "data-width"))!, CultureInfo.InvariantCulture);
        await Browser.ScreenshotAsync(page, "36-layout-1024");
        Assert.Equal(0, overflow);
        Assert.True(map.Width >= 500 && map.Height >= 300, $"map {map.Width}×{map.Height}");
        Assert.True(list.Width >= 350 && list.Height >= 150, $"list {list.Width}×{list.Height}");
        Assert.InRange(filters.X + filters.Width, 0, 1024);
        Assert.InRange(timeline, (int)map.Width - 20, (int)map.Width + 20);
    }

    [SkippableFact]
    public async Task Fragment_IsShownInsideTheEventOfItsReport_NotAsARow()
    {
        var (playwright, browser, page) = await OpenAsync();
        using var _ = playwright;
        await using var __ = browser;
        var fragment = JsonDocument.Parse(await page.EvaluateAsync<string>(
            "async () => JSON.stringify((await (await fetch('api/events?limit=1000')).json()).items.find(e => e.fragmentOf !== null))")).RootElement;
        var (id, host) = (fragment.GetProperty("id").GetInt64(), fragment.GetProperty("fragmentOf").GetInt64());
        var rows = await page.Locator($"#event-list li[data-event-id='{id}']").CountAsync();
        var claim = await page.EvaluateAsync<long>($"async () => (await (await fetch('api/events/{id}')).json()).claims[0].claim.id");
        await page.GotoAsync($"#e{host}");
        await page.ReloadAsync();
        await page.WaitForSelectorAsync($"#fragments [data-claim-id='{claim}']");
        await Browser.ScreenshotAsync(page, "37-fragment-inside");
        Assert.Equal(0, rows);
    }

    /// <summary>Opens the capture of Toretsk carried by the most reports: Kimakovsky's claim of 4 July 2024.</summary>
    private static async Task OpenToretskCaptureAsync(IPage page)
    {
        await page.SelectOptionAsync("#sort", "reports");
        await page.FillAsync("#filter-source", "kimakovsky");
        await page.SelectOptionAsync("#filter-kind", "territorial_control");
        await Browser.ReloadingTheListAsync(page, () => page.ClickAsync("#filters button[type='submit']"));
        await page.Locator("#event-list li button", new PageLocatorOptions { HasText = "Toretsk" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#provenance");
    }

    private static Task<string[]> LabelsAsync(IPage page) =>
        page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.place-label span')].map(s => s.textContent)");

    private static async Task<(string Date, string Path)> FrontAsync(IPage page) => (
        (await page.GetAttributeAsync("#front-legend", "data-map-date"))!,
        (await page.GetAttributeAsync("path.occupied", "d"))!);

    /// <summary>The text of one cell of the rows drawn at the top of the list.</summary>
    private static async Task<List<string>> ColumnAsync(IPage page, string cell)
    {
        await page.EvalOnSelectorAsync("#list-viewport", "viewport => { viewport.scrollTop = 0; }");
        return [.. (await page.Locator($"#event-list li {cell}").AllTextContentsAsync()).Select(text => text.Trim())];
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Triangulate.Tests.Web;

/// <summary>The analyst's page in a real browser over the corroborated samples.</summary>
public sealed partial class DeskPageTests(WebLedger ledger) : IClassFixture<WebLedger>
{
    [GeneratedRegex("Russia 24|Россия 24", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Russia24();

    [SkippableFact]
    public async Task Page_LoadsTheSamplesEventsOnTheMap()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "analyst");
        var drawn = await page.Locator("path.event-marker, .marker-cluster").CountAsync();
        await Browser.ScreenshotAsync(page, "01-map");
        Assert.True(drawn > 0, "no event markers or clusters on the map");
        Assert.True(await page.Locator("path.oblast").CountAsync() >= 24, "oblast outlines missing");
    }

    [SkippableFact]
    public async Task TimelineBrushAndKind_NarrowTheList()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "analyst");
        var all = await Browser.ListedEventsAsync(page);
        var box = (await page.Locator("#timeline svg").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.05f), box.Y + (box.Height / 2));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.4f), box.Y + (box.Height / 2), new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        var brushed = await Browser.ListedEventsAsync(page);
        await Browser.ScreenshotAsync(page, "02-brushed");
        await page.SelectOptionAsync("#filter-kind", "territorial_control");
        await page.WaitForFunctionAsync("() => !document.querySelector('#event-list li') || [...document.querySelectorAll('#event-list .kind')].every(k => k.textContent === 'territorial_control')");
        var narrowed = await Browser.ListedEventsAsync(page);
        await Browser.ScreenshotAsync(page, "03-kind");
        Assert.InRange(brushed, 1, all - 1);
        Assert.InRange(narrowed, 0, brushed - 1);
    }

    [SkippableFact]
    public async Task ToretskEvent_ShowsKimakovskyAsOriginAndRussia24AsRelay()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "analyst");
        await OpenKimakovskyEventAsync(page);
        var origin = page.Locator("#provenance li[data-role='origin']", new PageLocatorOptions { HasText = "Kimakovsk" });
        await Browser.ScreenshotAsync(page, "04-toretsk-provenance");
        Assert.True(await origin.CountAsync() > 0, "Kimakovsky is not an origin");
        Assert.True(await origin.Locator("li[data-role='relay']", new LocatorLocatorOptions { HasTextRegex = Russia24() }).CountAsync() > 0, "Russia 24 is not a relay under Kimakovsky");
    }

    [SkippableFact]
    public async Task Verdict_ByAnalyst_ChangesTheGrade()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "analyst");
        await OpenKimakovskyEventAsync(page);
        var before = await page.TextContentAsync("#event-grade");
        await page.SelectOptionAsync("#verdict-form select[name='value']", "refuted");
        await page.ClickAsync("#verdict-form button");
        await page.WaitForFunctionAsync("before => document.querySelector('#event-grade')?.textContent !== before", before);
        await Browser.ScreenshotAsync(page, "05-verdict");
        Assert.NotEqual(before, await page.TextContentAsync("#event-grade"));
    }

    [SkippableFact]
    public async Task Reader_CannotSetAVerdict()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "reader");
        await OpenKimakovskyEventAsync(page);
        await Browser.ScreenshotAsync(page, "06-reader");
        Assert.Equal(0, await page.Locator("#verdict-form").CountAsync());
        // Not only hidden: the server refuses the reader even with a valid anti-forgery token.
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const token = (await (await fetch('api/session/antiforgery')).json()).token;
              const response = await fetch('api/events/1/verdicts', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token }, body: JSON.stringify({ value: 'confirmed' }) });
              return response.status;
            }
            """);
        Assert.Equal(403, status);
    }

    private static async Task OpenKimakovskyEventAsync(IPage page)
    {
        await page.FillAsync("#filter-source", "kimakovsky");
        await page.SelectOptionAsync("#filter-kind", "territorial_control");
        await page.ClickAsync("#filters button[type='submit']");
        await page.Locator("#event-list li button", new PageLocatorOptions { HasText = "Toretsk" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#provenance");
    }
}

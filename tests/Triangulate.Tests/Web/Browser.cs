using Microsoft.Playwright;

namespace Triangulate.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright, never a downloaded browser. Without /usr/bin/chromium the browser tests
/// skip, unless TRIANGULATE_REQUIRE_ALL=1 (CI) makes them fail.
/// </summary>
internal static class Browser
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var required = Environment.GetEnvironmentVariable("TRIANGULATE_REQUIRE_ALL") == "1";
        if (!File.Exists(ChromiumPath))
        {
            Skip.If(!required, $"needs Debian's Chromium at {ChromiumPath}, which is not installed. To run it: apt-get install chromium, then dotnet test.");
            Assert.Fail($"{ChromiumPath} is required when TRIANGULATE_REQUIRE_ALL=1");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic"],
        });
        return (playwright, browser);
    }

    /// <summary>Opens the page signed in as <paramref name="account"/> through the login form.</summary>
    public static async Task<IPage> SignInAsync(IBrowser browser, Uri baseAddress, string account)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var messages = new List<string>();
        page.Console += (_, message) => messages.Add(message.Text);
        page.PageError += (_, error) => messages.Add(error);
        await page.GotoAsync("login.html");
        await page.FillAsync("#login-name", account);
        await page.FillAsync("#login-password", WebLedger.Password);
        await page.ClickAsync("#login-form button");
        try
        {
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail("the page did not get ready; its console said: " + string.Join(" | ", messages));
        }
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Does something that makes the list load events (a filter changed, the form sent) and waits until the list holds
    /// what a load begun since gave: the page numbers its loads, and the list, once idle, carries the number of the
    /// latest, the one that drew it.
    /// </summary>
    public static async Task ReloadingTheListAsync(IPage page, Func<Task> act)
    {
        var before = await page.EvaluateAsync<int>("() => Number(document.querySelector('#event-list').dataset.load ?? 0)");
        await act();
        await page.WaitForFunctionAsync(
            "before => { const list = document.querySelector('#event-list'); return list.getAttribute('aria-busy') === 'false' && Number(list.dataset.load) > before; }",
            before);
    }

    /// <summary>How many events the list holds: it draws only the rows in view, each knowing the size of the whole.</summary>
    public static async Task<int> ListedEventsAsync(IPage page) =>
        await page.EvaluateAsync<int>("() => Number(document.querySelector('#event-list li')?.getAttribute('aria-setsize') ?? 0)");
}

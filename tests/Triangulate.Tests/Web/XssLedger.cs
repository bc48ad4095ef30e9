namespace Triangulate.Tests.Web;

/// <summary>The samples plus one report whose text is a cross-site scripting payload.</summary>
public sealed class XssLedger : WebLedger
{
    public const string Payload = """<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">open</a>""";

    public override IReadOnlyDictionary<string, string> ExtraInputs => new Dictionary<string, string>
    {
        ["2024-07-05-xss-toretsk.md"] = $"""
            ---
            publisher: Hostile Channel
            url: https://example.invalid/xss-toretsk
            published: 2024-07-05T10:00:00+03:00
            language: en
            title: {Payload}
            id: xss-20240705-toretsk
            ---
            Russian forces captured Toretsk, the Russian Ministry of Defence said. {Payload}
            """,
    };
}

public sealed class XssPageTests(XssLedger ledger) : IClassFixture<XssLedger>
{
    [SkippableFact]
    public async Task HostileReport_IsShownAsPlainText_AndRunsNothing()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await Browser.SignInAsync(browser, ledger.BaseAddress, "analyst");
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.FillAsync("#filter-text", "Hostile Channel");
        await page.ClickAsync("#filters button[type='submit']");
        await page.Locator("#event-list li button").First.ClickAsync();
        await page.WaitForSelectorAsync("#claims .report-text");
        await Browser.ScreenshotAsync(page, "07-xss");
        var shown = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", shown, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#detail img, #detail script, #detail a[href^='javascript']").CountAsync());
        Assert.Equal(0, dialogs);
    }
}

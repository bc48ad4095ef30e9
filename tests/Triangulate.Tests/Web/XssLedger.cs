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
        await Browser.ReloadingTheListAsync(page, () => page.ClickAsync("#filters button[type='submit']"));
        await page.Locator("#event-list li button").First.ClickAsync();
        await page.WaitForSelectorAsync("#claims .report-text");
        await Browser.ScreenshotAsync(page, "07-xss");
        var shown = await page.Locator("#detail").InnerTextAsync();
        Assert.Contains("<script>alert(1)</script>", shown, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(1)>", shown, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#detail img, #detail script, #detail a[href^='javascript']").CountAsync());
        Assert.Equal(0, dialogs);
    }

    [SkippableFact]
    public async Task HostileReport_InTheDossier_IsEncodedText()
    {
        using var client = ledger.Client(Triangulate.Storage.AccessRole.Reader);
        var events = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("api/events?q=Hostile%20Channel")).RootElement;
        var id = events.GetProperty("items")[0].GetProperty("id").GetInt64();

        var html = await client.GetAsync($"api/events/{id}/dossier?format=html");
        var text = await html.Content.ReadAsStringAsync();
        var markdown = await client.GetStringAsync($"api/events/{id}/dossier?format=md");

        Assert.Equal("attachment", html.Content.Headers.ContentDisposition?.DispositionType);
        Assert.DoesNotContain("<script>alert", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", text, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", text, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>alert(1)\\</script\\>", markdown, StringComparison.Ordinal);
    }
}

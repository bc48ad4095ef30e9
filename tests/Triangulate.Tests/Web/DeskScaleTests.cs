using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Places;
using Triangulate.Storage;
using Triangulate.Web;
using Xunit.Abstractions;

namespace Triangulate.Tests.Web;

/// <summary>
/// The desk with ten thousand events: a generated ledger (one capture claim per settlement and date, dates two months
/// apart so that no two group, and one series of captures that names no place) served single-user and opened in
/// headless Chromium. Checks that the list holds every event, located or not, whatever part of the map is in view.
/// Prints the time to the first map markers and to a panned and a zoomed map being redrawn; never asserts a time.
/// </summary>
public sealed class DeskScaleTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Series of reports, one per settlement but the last, which names no place.</summary>
    private const int Series = 1000;
    private const int Dates = 10;

    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [SkippableFact]
    public async Task TenThousandEvents_ListHoldsEveryEvent_MapRendersPansAndZooms()
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var database = directory.File("scale.db");
        var prepare = Stopwatch.StartNew();
        var events = await GenerateLedgerAsync(database);
        var prepared = prepare.Elapsed;
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions { Database = database, Urls = ["http://127.0.0.1:0"] });
        await using var app = build.App ?? throw new InvalidOperationException(build.Refusal);
        await app.StartAsync();
        try
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Urls.First() + "/", ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
            var page = await context.NewPageAsync();
            await page.AddInitScriptAsync("""
                window.__firstMarkers = null;
                new MutationObserver((changes, observer) => {
                  if (document.querySelector('.marker-cluster, path.event-marker')) { window.__firstMarkers = performance.now(); observer.disconnect(); }
                }).observe(document, { childList: true, subtree: true });
                """);
            await page.GotoAsync("");
            await page.WaitForSelectorAsync("body[data-ready='true']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 120_000 });
            var firstMarkers = await page.EvaluateAsync<double>("() => window.__firstMarkers");
            var ready = await page.EvaluateAsync<double>("() => performance.now()");
            var listed = await page.TextContentAsync("#list-count");
            var unlocated = await UnlocatedEventsAsync(page);
            var lastRow = await LastListRowAsync(page);

            // The list follows the map only when asked to; the pan and zoom times below include redrawing it.
            await page.CheckAsync("#list-in-map-view");
            var inView = await page.TextContentAsync("#list-count");
            var map = (await page.Locator("#map").BoundingBoxAsync())!;
            var (x, y) = (map.X + (map.Width / 2), map.Y + (map.Height / 2));
            await ArmRedrawAsync(page);
            await page.Mouse.MoveAsync(x, y);
            await page.Mouse.DownAsync();
            await page.Mouse.MoveAsync(x - 250, y - 120, new MouseMoveOptions { Steps = 10 });
            // Timed from the release: the map settles (moveend) and redraws after it.
            await page.EvaluateAsync("() => { window.__t0 = performance.now(); }");
            await page.Mouse.UpAsync();
            var pan = await RedrawnAsync(page);
            await ArmRedrawAsync(page);
            await page.ClickAsync(".leaflet-control-zoom-in");
            var zoomIn = await RedrawnAsync(page);
            await ArmRedrawAsync(page);
            await page.ClickAsync(".leaflet-control-zoom-out");
            var zoomOut = await RedrawnAsync(page);
            await Browser.ScreenshotAsync(page, "20-ten-thousand");

            var figures = string.Create(CultureInfo.InvariantCulture, $"""
                events in the ledger: {events}, {unlocated} without a map position; ledger generated, ingested and corroborated in {prepared.TotalSeconds:F1} s
                list: {listed}; with "only those in the map view" at the opening view: {inView}
                first markers on the map: {firstMarkers:F0} ms after navigation start; page ready (list and timeline drawn): {ready:F0} ms
                pan (from releasing a drag until markers and the map-view list are redrawn): {pan:F0} ms; zoom in: {zoomIn:F0} ms; zoom out: {zoomOut:F0} ms (Leaflet's 250 ms zoom animation included)
                """);
            output.WriteLine(figures);
            Directory.CreateDirectory(Browser.ScreenshotDirectory);
            await File.WriteAllTextAsync(Path.Combine(Browser.ScreenshotDirectory, "desk-scale.txt"), figures);
            Assert.True(events >= Series * Dates * 9 / 10, $"only {events} events were generated");
            Assert.True(await page.Locator(".marker-cluster, path.event-marker").CountAsync() > 0, "no markers or clusters drawn");
            // No filter and no days chosen: the analyst sees every event of the ledger listed, those without a map
            // position among them, however little of the country the opening map view shows.
            Assert.Equal(($"{events} of {events} events ({unlocated} without a map position)", $"{events}/{events}"), (listed, lastRow));
        }
        finally
        {
            await app.StopAsync();
        }
    }

    /// <summary>Counts through the API the events whose summary has no coordinates: the ones the map cannot show.</summary>
    private static Task<int> UnlocatedEventsAsync(IPage page) => page.EvaluateAsync<int>("""
        async () => {
          let count = 0;
          for (let offset = 0; offset !== null;) {
            const answer = await (await fetch(`api/events?offset=${offset}&limit=1000`)).json();
            count += answer.items.filter((e) => e.lat === null).length;
            offset = answer.nextOffset;
          }
          return count;
        }
        """);

    /// <summary>Scrolls the list to its end and reads the last row's place in the list as "position/size".</summary>
    private static async Task<string> LastListRowAsync(IPage page)
    {
        await page.EvalOnSelectorAsync("#list-viewport", "viewport => { viewport.scrollTop = viewport.scrollHeight; }");
        await page.WaitForFunctionAsync("() => { const row = document.querySelector('#event-list li:last-child'); return row && row.getAttribute('aria-posinset') === row.getAttribute('aria-setsize'); }");
        return await page.EvalOnSelectorAsync<string>("#event-list li:last-child", "row => `${row.getAttribute('aria-posinset')}/${row.getAttribute('aria-setsize')}`");
    }

    /// <summary>
    /// Watches the list, which the page redraws when the map stops moving (in map-view mode), and times from now to the
    /// frame after.
    /// </summary>
    private static Task ArmRedrawAsync(IPage page) => page.EvaluateAsync("""
        () => {
          window.__t0 = performance.now();
          window.__redrawn = new Promise((resolve) => new MutationObserver((changes, observer) => {
            observer.disconnect();
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - window.__t0)));
          }).observe(document.querySelector('#event-list'), { childList: true }));
        }
        """);

    private static Task<double> RedrawnAsync(IPage page) => page.EvaluateAsync<double>("() => window.__redrawn");

    private async Task<int> GenerateLedgerAsync(string database)
    {
        var gazetteer = Gazetteer.LoadDefault();
        var names = gazetteer.Places
            .Where(p => p is { Kind: PlaceKind.Settlement, CountryCode: "UA" } && p.Name.All(c => char.IsAsciiLetter(c) || c is ' ' or '-'))
            .GroupBy(p => p.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && gazetteer.ByName(g.Key).Length == 1)
            .Select(g => g.Key)
            .Take(Series - 1)
            .Select(name => (string?)name)
            .Append(null)
            .ToList();
        var start = new DateTimeOffset(2023, 1, 2, 9, 0, 0, TimeSpan.Zero);
        var lines = names.SelectMany((name, i) => Enumerable.Range(0, Dates).Select(d => JsonSerializer.Serialize(new
        {
            id = string.Create(CultureInfo.InvariantCulture, $"scale-{i}-{d}"),
            // A report with the same publisher and text is a duplicate whatever its URL: each dispatch differs.
            publisher = string.Create(CultureInfo.InvariantCulture, $"Scale Wire {d + 1}"),
            url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/scale/{i}/{d}"),
            published = start.AddDays((d * 60) + (i % 30)),
            language = "en",
            text = string.Create(CultureInfo.InvariantCulture, $"Russian forces captured {name ?? "a village"}, dispatch {d + 1} says."),
        })));
        var input = directory.Write("scale.jsonl", string.Join('\n', lines));
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        await new LedgerIngest(AnalyzerFactory.CreateDefault(), store).RunAsync(new ReportSource(IngestOptions.Default).Read([input]));
        var result = await new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System).RegroupAllAsync();
        return result.Events.Length;
    }
}

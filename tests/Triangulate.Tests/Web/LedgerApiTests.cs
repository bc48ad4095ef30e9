using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;
using Triangulate.Export;
using Triangulate.Storage;

namespace Triangulate.Tests.Web;

/// <summary>
/// The HTTP API over the samples: listings, filters, paging, exports, problem details, changes and their audit. Each
/// engine runs these cases through a subclass that names the ledger's fixture (SQLite file; PostgreSQL database).
/// </summary>
public abstract class LedgerApiTests(WebLedger ledger)
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private Task<HttpResponseMessage> GetAsync(string path, AccessRole role = AccessRole.Reader) => ledger.Client(role).GetAsync(path);

    [SkippableFact]
    public async Task Reports_PagedByTwo_GiveDisjointPagesWithNextOffset()
    {
        var first = await JsonAsync(await GetAsync("api/reports?limit=2"));
        var second = await JsonAsync(await GetAsync("api/reports?limit=2&offset=2"));
        Assert.Equal(2, first.GetProperty("nextOffset").GetInt32());
        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(r => r.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(4, ids.Distinct().Count());
    }

    [SkippableFact]
    public async Task Reports_FullTextSearch_FindsTheRussia24Report()
    {
        var page = await JsonAsync(await GetAsync("api/reports?q=Кимаковский"));
        Assert.Contains(page.GetProperty("items").EnumerateArray(), r => r.GetProperty("externalId").GetString() == "r24-20240704-dzerzhinsk");
    }

    [SkippableFact]
    public async Task Report_ById_CarriesTextAndClaimsWithCliFieldNames()
    {
        var first = (await JsonAsync(await GetAsync("api/reports?limit=1"))).GetProperty("items")[0];
        var detail = await JsonAsync(await GetAsync($"api/reports/{first.GetProperty("id").GetInt64()}"));
        Assert.False(string.IsNullOrEmpty(detail.GetProperty("text").GetString()));
        Assert.True(detail.GetProperty("report").TryGetProperty("contentHash", out _));
        Assert.All(detail.GetProperty("claims").EnumerateArray(), claim => Assert.True(claim.TryGetProperty("reportId", out _)));
    }

    [SkippableFact]
    public async Task Claims_FilteredByKindAndPlace_AllMatch()
    {
        var page = await JsonAsync(await GetAsync("api/claims?kind=territorial_control&place=Toretsk&limit=500"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, claim => Assert.Equal("territorial_control", claim.GetProperty("kind").GetString()));
    }

    [SkippableFact]
    public async Task Claims_BoundingBoxAroundToretsk_ExcludesClaimsOnlyElsewhere()
    {
        var page = await JsonAsync(await GetAsync("api/claims?bbox=37.7,48.3,37.95,48.5&limit=1000"));
        Assert.All(page.GetProperty("items").EnumerateArray(), claim => Assert.Contains(claim.GetProperty("places").EnumerateArray(), place =>
            place.TryGetProperty("lat", out var lat) && lat.ValueKind == JsonValueKind.Number && lat.GetDouble() is >= 48.3 and <= 48.5));
    }

    [SkippableFact]
    public async Task Claims_RadiusSearch_MatchesBoxOfSameArea()
    {
        var near = await JsonAsync(await GetAsync("api/claims?lat=48.397&lon=37.847&radiusKm=3&limit=1000"));
        Assert.NotEmpty(near.GetProperty("items").EnumerateArray());
    }

    [SkippableFact]
    public async Task Claims_UnknownKind_IsValidationProblem()
    {
        var response = await GetAsync("api/claims?kind=teleportation");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [SkippableFact]
    public async Task Claim_Missing_IsNotFoundProblem()
    {
        var response = await GetAsync("api/claims/987654321");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Paging_LimitOverMaximum_IsValidationProblem()
    {
        var response = await GetAsync("api/events?limit=5000");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [SkippableFact]
    public async Task Events_FilteredBySource_OnlyEventsWithThatParty()
    {
        var page = await JsonAsync(await GetAsync("api/events?source=kimakovsky&limit=100"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Contains(e.GetProperty("origins").EnumerateArray(), o => o.GetString()!.Contains("imakovsk", StringComparison.OrdinalIgnoreCase)));
    }

    [SkippableFact]
    public async Task Events_TimeRange_ExcludesEventsOutsideIt()
    {
        var page = await JsonAsync(await GetAsync("api/events?since=2024-07-01&until=2024-07-10"));
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.True(string.CompareOrdinal(e.GetProperty("from").GetString(), "2024-07-10") <= 0));
        var all = await JsonAsync(await GetAsync("api/events"));
        Assert.True(all.GetProperty("items").GetArrayLength() > page.GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Events_MinimumOrigins_DropsSingleOriginEvents()
    {
        var page = await JsonAsync(await GetAsync("api/events?minOrigins=2"));
        Assert.All(page.GetProperty("items").EnumerateArray(), e => Assert.True(e.GetProperty("independentOrigins").GetInt32() >= 2));
    }

    [SkippableFact]
    public async Task Event_Detail_ShowsProvenanceGroupedByIndependentOriginFromOriginOutwards()
    {
        var toretsk = (await JsonAsync(await GetAsync("api/events?source=kimakovsky"))).GetProperty("items")[0].GetProperty("id").GetInt64();
        var detail = await JsonAsync(await GetAsync($"api/events/{toretsk}"));
        var groups = detail.GetProperty("provenance").EnumerateArray().ToList();
        var origins = groups.SelectMany(group => group.GetProperty("children").EnumerateArray()).ToList();
        Assert.All(groups, group => Assert.Contains(group.GetProperty("role").GetString(), new[] { "independent", "not_counted" }));
        Assert.Equal(detail.GetProperty("event").GetProperty("independentOrigins").GetInt32(), groups.Count(group => group.GetProperty("role").GetString() == "independent"));
        Assert.All(origins, origin => Assert.Equal("origin", origin.GetProperty("role").GetString()));
        Assert.Contains(origins, origin => origin.GetProperty("name").GetString()!.Contains("imakovsk", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(detail.GetProperty("claims").EnumerateArray());
    }

    /// <summary>
    /// The map's question, answered from the listings' indexes, keeps exactly the events of the whole list whose point
    /// lies in the view box and whose days meet the period: no event of the view is missed and none outside it shown.
    /// </summary>
    [SkippableFact]
    public async Task Events_ViewBoxAndPeriod_AreTheListedEventsLocatedInsideThatMeetThePeriod()
    {
        var all = (await JsonAsync(await GetAsync("api/events?limit=1000"))).GetProperty("items").EnumerateArray().ToList();
        var inside = all
            .Where(e => e.GetProperty("lat").ValueKind == JsonValueKind.Number && e.GetProperty("from").ValueKind == JsonValueKind.String)
            .Where(e => e.GetProperty("lat").GetDouble() is >= 47.5 and <= 49.5 && e.GetProperty("lon").GetDouble() is >= 36.5 and <= 39.0)
            .Where(e => string.CompareOrdinal((e.GetProperty("to").GetString() ?? e.GetProperty("from").GetString())!, "2024-07-01") >= 0
                && string.CompareOrdinal(e.GetProperty("from").GetString(), "2024-07-10") <= 0)
            .Select(e => e.GetProperty("id").GetInt64())
            .ToList();

        var view = await JsonAsync(await GetAsync("api/events?bbox=36.5,47.5,39.0,49.5&since=2024-07-01&until=2024-07-10&limit=1000"));

        Assert.NotEmpty(inside);
        Assert.Equal(inside, view.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
    }

    /// <summary>A page of events says where the next one starts, and the last says there is none, as every listing does.</summary>
    [SkippableFact]
    public async Task Events_PagedThrough_GiveEveryEventOnceWithNextOffsets()
    {
        var all = (await JsonAsync(await GetAsync("api/events?limit=1000"))).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        var paged = new List<long>();
        int? offset = 0;
        while (offset is { } next)
        {
            var page = await JsonAsync(await GetAsync($"api/events?offset={next}&limit=3"));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            offset = page.GetProperty("nextOffset").ValueKind == JsonValueKind.Number ? page.GetProperty("nextOffset").GetInt32() : null;
        }

        Assert.True(all.Count > 3);
        Assert.Equal(all, paged);
    }

    [SkippableFact]
    public async Task Timeline_CountsEveryDatedEventOnce()
    {
        var events = (await JsonAsync(await GetAsync("api/events?limit=1000"))).GetProperty("items").EnumerateArray().Count(e => e.GetProperty("from").ValueKind == JsonValueKind.String);
        var days = (await JsonAsync(await GetAsync("api/events/timeline"))).EnumerateArray().Sum(d => d.GetProperty("events").GetInt32());
        Assert.Equal(events, days);
    }

    [SkippableTheory]
    [InlineData("api/events/export?format=geojson")]
    [InlineData("api/claims/export?format=geojson&place=Toretsk")]
    public async Task Export_GeoJson_ParsesAsFeatureCollectionOfPoints(string path)
    {
        var response = await GetAsync(path);
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var collection = JsonSerializer.Deserialize<FeatureCollection>(await response.Content.ReadAsStringAsync(), options);
        Assert.NotNull(collection);
        Assert.NotEmpty(collection);
        Assert.All(collection, feature => Assert.True(feature.Geometry is NetTopologySuite.Geometries.Point { Y: >= -90 and <= 90, X: >= -180 and <= 180 }));
        // Longitude first: Toretsk (48.4 N, 37.8 E) comes out as x ≈ 37.8.
        Assert.Contains(collection, feature => feature.Geometry is NetTopologySuite.Geometries.Point { X: > 37.7 and < 37.95, Y: > 48.3 and < 48.5 });
    }

    [SkippableFact]
    public async Task Export_Csv_HasHeaderAndOneRowPerEvent()
    {
        var events = (await JsonAsync(await GetAsync("api/events?limit=1000"))).GetProperty("items").GetArrayLength();
        var csv = await (await GetAsync("api/events/export?format=csv")).Content.ReadAsStringAsync();
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,kind,from,to", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length - 1 >= events, "multi-line texts may add lines, never drop rows");
    }

    [SkippableTheory]
    [InlineData("api/claims/export?format=csv", "claims")]
    [InlineData("api/events/export?format=csv", "events")]
    public async Task Export_Csv_WritesTheColumnsTheCliExportShares(string path, string export)
    {
        var columns = export == "claims" ? ExportTables.Claims.Select(c => c.Name) : ExportTables.Events.Select(c => c.Name);

        var csv = await (await GetAsync(path)).Content.ReadAsStringAsync();

        Assert.Equal(string.Join(",", columns), csv.Split('\n')[0].TrimEnd('\r'));
    }

    [SkippableTheory]
    [InlineData("api/claims", "claims")]
    [InlineData("api/events", "events")]
    public async Task Export_Csv_GivesEachRowTheEnglishSummaryItsListingShows(string listing, string export)
    {
        var listed = (await JsonAsync(await GetAsync($"{listing}?limit=1000"))).GetProperty("items").EnumerateArray()
            .ToDictionary(item => export[0] + item.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                item => item.GetProperty("summary").GetString());

        var csv = await (await GetAsync($"{listing}/export?format=csv&limit=1000")).Content.ReadAsStringAsync();

        using var reader = CsvHelper.CsvReader.Create(new StringReader(csv), null, leaveOpen: false);
        reader.ReadHeader();
        var columns = reader.Headers.ToList();
        var rows = new Dictionary<string, string?>();
        while (reader.Read())
        {
            rows[reader.GetString(columns.IndexOf("id"))!] = reader.GetString(columns.IndexOf("summary"));
        }
        Assert.Equal(listed.OrderBy(pair => pair.Key, StringComparer.Ordinal), rows.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.All(rows.Values, summary => Assert.False(string.IsNullOrEmpty(summary)));
    }

    [SkippableFact]
    public async Task Event_Detail_GivesEachClaimsSentenceAndParagraphInBothOffsetUnits()
    {
        var toretsk = (await JsonAsync(await GetAsync("api/events?source=kimakovsky"))).GetProperty("items")[0].GetProperty("id").GetInt64();
        var detail = await JsonAsync(await GetAsync($"api/events/{toretsk}"));

        Assert.All(detail.GetProperty("claims").EnumerateArray(), shown =>
        {
            var text = shown.GetProperty("reportText").GetString()!;
            var claim = shown.GetProperty("claim");
            var sentence = shown.GetProperty("sentence");
            var paragraph = shown.GetProperty("paragraph");
            Assert.InRange(claim.GetProperty("start").GetInt32(), sentence.GetProperty("start").GetInt32(), claim.GetProperty("end").GetInt32());
            Assert.InRange(claim.GetProperty("end").GetInt32(), claim.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
            Assert.InRange(sentence.GetProperty("start").GetInt32(), paragraph.GetProperty("start").GetInt32(), paragraph.GetProperty("end").GetInt32());
            foreach (var span in new[] { sentence, paragraph })
            {
                Assert.Equal(text[..span.GetProperty("start").GetInt32()].EnumerateRunes().Count(), span.GetProperty("startCp").GetInt32());
                Assert.Equal(text[..span.GetProperty("end").GetInt32()].EnumerateRunes().Count(), span.GetProperty("endCp").GetInt32());
            }
        });
    }

    [SkippableFact]
    public async Task Claims_Json_GiveCodePointOffsetsBesideUtf16Ones()
    {
        var page = await JsonAsync(await GetAsync("api/claims?limit=50"));

        Assert.All(page.GetProperty("items").EnumerateArray(), claim =>
        {
            Assert.True(claim.GetProperty("startCp").GetInt32() <= claim.GetProperty("start").GetInt32());
            Assert.All(claim.GetProperty("places").EnumerateArray(), place => Assert.True(place.TryGetProperty("endCp", out _)));
        });
    }

    [SkippableFact]
    public async Task Export_Json_IsTheFilteredList()
    {
        var export = await JsonAsync(await GetAsync("api/claims/export?format=json&kind=denial"));
        Assert.All(export.EnumerateArray(), claim => Assert.Equal("denial", claim.GetProperty("kind").GetString()));
    }

    [SkippableFact]
    public async Task Export_UnknownFormat_IsValidationProblem() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("api/events/export?format=kml")).StatusCode);

    [SkippableFact]
    public async Task OpenApi_DocumentListsTheResources()
    {
        var document = await JsonAsync(await ledger.Client(null).GetAsync("openapi/v1.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/claims/export", paths);
        Assert.Contains("/api/sources/{id}/aliases", paths);
    }

    [SkippableFact]
    public async Task Page_HasContentSecurityPolicyWithoutInlineScripts()
    {
        var response = await ledger.Client(null).GetAsync("");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Alias_AddedByAnalyst_IsStoredAndAudited()
    {
        var response = await ledger.Client(AccessRole.Analyst).PostAsJsonAsync("api/sources/kimakovsky/aliases", new { alias = "I. Kimakovskiy" });
        var source = await JsonAsync(response);
        Assert.Contains("I. Kimakovskiy", source.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var audit = await JsonAsync(await GetAsync("api/audit?target=source:kimakovsky", AccessRole.Admin));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), entry => entry.GetProperty("action").GetString() == "source.alias");
    }

    [SkippableFact]
    public async Task Source_Added_ShowsInListing()
    {
        var created = await ledger.Client(AccessRole.Analyst).PostAsJsonAsync("api/sources",
            new { id = "test-osint-collective", name = "Test OSINT Collective", kind = "osint_group", side = "other", aliases = new[] { "TOC" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await JsonAsync(await GetAsync("api/sources?q=TOC"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), s => s.GetProperty("id").GetString() == "test-osint-collective");
    }

    [SkippableFact]
    public async Task Source_TrackRecord_CountsClaimsAsOrigin()
    {
        var record = await JsonAsync(await GetAsync("api/sources/kimakovsky"));
        Assert.True(record.GetProperty("track").EnumerateArray().Sum(m => m.GetProperty("asOrigin").GetInt32()) > 0);
    }

    [SkippableFact]
    public async Task Source_Reliability_IsCorroborationsGradeWithItsExplanation()
    {
        var record = await JsonAsync(await GetAsync("api/sources/kimakovsky"));

        var judged = record.GetProperty("confirmed").GetInt32() + record.GetProperty("refuted").GetInt32() + record.GetProperty("unjudged").GetInt32();
        Assert.Matches("^[A-F]$", record.GetProperty("reliability").GetString());
        Assert.StartsWith(record.GetProperty("reliability").GetString()!, record.GetProperty("reliabilityExplanation").GetString(), StringComparison.Ordinal);
        Assert.True(judged > 0, "Kimakovsky stands as an independent origin of no event");
    }

    [SkippableFact]
    public async Task Source_Added_IsAuditedOnce()
    {
        await ledger.Client(AccessRole.Analyst).PostAsJsonAsync("api/sources",
            new { id = "audit-check-channel", name = "Audit Check Channel", kind = "milblogger_channel", side = "RU" });

        var audit = await JsonAsync(await GetAsync("api/audit?target=source:audit-check-channel", AccessRole.Admin));

        Assert.Equal(["source.add"], audit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [SkippableFact]
    public async Task Split_TakesClaimsIntoANewEvent_AndMergeJoinsThemAgain()
    {
        var analyst = ledger.Client(AccessRole.Analyst);
        var events = (await JsonAsync(await GetAsync("api/events?limit=1000"))).GetProperty("items").EnumerateArray().ToList();
        var target = events.First(e => e.GetProperty("claims").GetInt32() >= 2);
        var id = target.GetProperty("id").GetInt64();
        var detail = await JsonAsync(await GetAsync($"api/events/{id}"));
        // The largest claim id, so that the event keeps its name (its smallest claim id) after the split.
        var moved = detail.GetProperty("claims").EnumerateArray().Max(c => c.GetProperty("claim").GetProperty("id").GetInt64());
        var split = await JsonAsync(await analyst.PostAsJsonAsync($"api/events/{id}/split", new { claimIds = new[] { moved } }));
        Assert.Equal(target.GetProperty("claims").GetInt32() - 1, split.GetProperty("event").GetProperty("claims").GetInt32());
        // An event is named by its smallest claim id, so the split-off claim names the new event.
        var newId = moved;
        var merged = await JsonAsync(await analyst.PostAsJsonAsync("api/events/merge", new { eventIds = new[] { id, newId } }));
        Assert.Equal(target.GetProperty("claims").GetInt32(), merged.GetProperty("event").GetProperty("claims").GetInt32());
    }

    [SkippableFact]
    public async Task Verdict_ByAnalyst_ChangesGradeAndIsListed()
    {
        var analyst = ledger.Client(AccessRole.Analyst);
        var id = (await JsonAsync(await GetAsync("api/events?minOrigins=1"))).GetProperty("items").EnumerateArray().Last().GetProperty("id").GetInt64();
        var before = (await JsonAsync(await GetAsync($"api/events/{id}"))).GetProperty("grade").GetProperty("code").GetString();
        var after = await JsonAsync(await analyst.PostAsJsonAsync($"api/events/{id}/verdicts", new { value = "refuted", note = "control map of the day" }));
        Assert.NotEqual(before, after.GetProperty("grade").GetProperty("code").GetString());
        var verdicts = await JsonAsync(await GetAsync("api/verdicts"));
        Assert.Contains(verdicts.EnumerateArray(), v => v.GetProperty("eventId").GetInt64() == id);
    }

    [SkippableFact]
    public async Task Places_Near_RequiresCentreAndRadius() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await GetAsync("api/places?lat=48.4")).StatusCode);

    [SkippableFact]
    public async Task Places_Outlines_AreGeoJsonPolygons()
    {
        var outlines = await JsonAsync(await GetAsync("api/places/outlines"));
        Assert.True(outlines.GetProperty("features").GetArrayLength() >= 24);
    }
}

public sealed class SqliteLedgerApiTests(WebLedger ledger) : LedgerApiTests(ledger), IClassFixture<WebLedger>;

public sealed class PostgresLedgerApiTests(PostgresWebLedger ledger) : LedgerApiTests(ledger), IClassFixture<PostgresWebLedger>;

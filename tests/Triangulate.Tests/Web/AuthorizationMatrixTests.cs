using System.Net;
using System.Net.Http.Json;
using Triangulate.Storage;

namespace Triangulate.Tests.Web;

/// <summary>Every endpoint against anonymous, reader, analyst and admin callers (API keys): who gets in and who is turned away.</summary>
public sealed class AuthorizationMatrixTests(WebLedger ledger) : IClassFixture<WebLedger>
{
    /// <summary>Each endpoint with the least role it needs.</summary>
    public static TheoryData<string, string, AccessRole> Endpoints() => new()
    {
        { "GET", "api/reports", AccessRole.Reader },
        { "GET", "api/reports/1", AccessRole.Reader },
        { "GET", "api/claims", AccessRole.Reader },
        { "GET", "api/claims/1", AccessRole.Reader },
        { "GET", "api/claims/export?format=csv", AccessRole.Reader },
        { "GET", "api/events", AccessRole.Reader },
        { "GET", "api/events/1", AccessRole.Reader },
        { "GET", "api/events/timeline", AccessRole.Reader },
        { "GET", "api/events/export?format=geojson", AccessRole.Reader },
        { "GET", "api/verdicts", AccessRole.Reader },
        { "GET", "api/evidence", AccessRole.Reader },
        { "GET", "api/places?lat=48.4&lon=37.8&radiusKm=5", AccessRole.Reader },
        { "GET", "api/places/outlines", AccessRole.Reader },
        { "GET", "api/sources", AccessRole.Reader },
        { "GET", "api/sources/kimakovsky", AccessRole.Reader },
        { "POST", "api/sources", AccessRole.Analyst },
        { "POST", "api/sources/kimakovsky/aliases", AccessRole.Analyst },
        { "POST", "api/events/1/verdicts", AccessRole.Analyst },
        { "POST", "api/events/merge", AccessRole.Analyst },
        { "POST", "api/events/1/split", AccessRole.Analyst },
        { "GET", "api/audit", AccessRole.Admin },
    };

    public static TheoryData<string, string, AccessRole, AccessRole?> Matrix()
    {
        var data = new TheoryData<string, string, AccessRole, AccessRole?>();
        foreach (var row in Endpoints())
        {
            foreach (var caller in new AccessRole?[] { null, AccessRole.Reader, AccessRole.Analyst, AccessRole.Admin })
            {
                data.Add((string)row[0], (string)row[1], (AccessRole)row[2], caller);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Endpoint_AnswersCallerByRole(string method, string path, AccessRole needed, AccessRole? caller)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            // A body the endpoint can bind; whether the change itself succeeds is not what this test asks.
            request.Content = JsonContent.Create(new { id = $"matrix-{Guid.NewGuid():N}", name = "Matrix", kind = "individual", side = "unknown", alias = "m", value = "unresolved", eventIds = new[] { 1, 2 }, claimIds = new[] { 1 } });
        }
        var response = await ledger.Client(caller).SendAsync(request);
        var expected = caller is null ? HttpStatusCode.Unauthorized : caller < needed ? HttpStatusCode.Forbidden : (HttpStatusCode?)null;
        if (expected is { } status)
        {
            Assert.Equal(status, response.StatusCode);
        }
        else
        {
            Assert.True(response.StatusCode is not HttpStatusCode.Unauthorized and not HttpStatusCode.Forbidden,
                $"{caller} was refused {method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task WrongApiKey_IsUnauthorized()
    {
        using var client = ledger.Client(null);
        client.DefaultRequestHeaders.Add("X-Api-Key", "tri_000000000000_not-a-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/events")).StatusCode);
    }

    [Fact]
    public async Task Refusal_IsProblemDetails()
    {
        var response = await ledger.Client(AccessRole.Reader).PostAsJsonAsync("api/events/1/verdicts", new { value = "confirmed" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CookieSession_WithoutAntiforgeryToken_CannotChangeAnything()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = ledger.BaseAddress };
        var token = await browser.GetFromJsonAsync<System.Text.Json.JsonElement>("api/session/antiforgery");
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new { name = "analyst", password = WebLedger.Password }) };
        signIn.Headers.Add("X-CSRF-TOKEN", token.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(signIn)).StatusCode);
        var forged = await browser.PostAsJsonAsync("api/events/1/verdicts", new { value = "confirmed" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}

using System.Net;
using Triangulate.Web;
using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

/// <summary>Host filtering against DNS rebinding: the unit rule, and the app on loopback answering by Host header.</summary>
public sealed class HostAllowListTests : IDisposable
{
    private readonly TempDirectory directory = new();

    public void Dispose() => directory.Dispose();

    [Fact]
    public void For_LoopbackUrls_AllowsOnlyLoopbackNames() =>
        Assert.Equal(["localhost", "127.0.0.1", "[::1]"], HostAllowList.For(["http://127.0.0.1:5000", "http://[::1]:5000"], null));

    [Fact]
    public void For_ExposedUrl_AllowsAnyHost() =>
        Assert.Null(HostAllowList.For(["http://127.0.0.1:5000", "http://0.0.0.0:5000"], null));

    [Fact]
    public void For_Configured_WinsOverTheLoopbackDefault() =>
        Assert.Equal(["desk.example.org"], HostAllowList.For(["http://127.0.0.1:5000"], ["desk.example.org"]));

    [Theory]
    [InlineData("rebind.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("127.0.0.1.attacker.example", HttpStatusCode.BadRequest)]
    [InlineData("localhost", HttpStatusCode.OK)]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("[::1]", HttpStatusCode.OK)]
    public async Task Loopback_AnswersOnlyLoopbackHostNames(string host, HttpStatusCode expected) =>
        Assert.Equal(expected, await StatusForHostAsync(host, configured: null));

    [Theory]
    [InlineData("desk.example.org", HttpStatusCode.OK)]
    [InlineData("localhost", HttpStatusCode.BadRequest)]
    public async Task Configured_AnswersOnlyTheConfiguredHosts(string host, HttpStatusCode expected) =>
        Assert.Equal(expected, await StatusForHostAsync(host, configured: ["desk.example.org"]));

    private async Task<HttpStatusCode> StatusForHostAsync(string host, IReadOnlyList<string>? configured)
    {
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions
        {
            Database = directory.File("ledger.db"),
            Urls = ["http://127.0.0.1:0"],
            AllowedHosts = configured,
        });
        await using var app = build.App ?? throw new InvalidOperationException(build.Refusal);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/session");
            request.Headers.Host = host;
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
        finally
        {
            await app.StopAsync();
        }
    }
}

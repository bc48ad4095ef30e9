using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Triangulate.Storage;
using Triangulate.Web;
using Triangulate.Web.Api;
using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

/// <summary>What a hostile caller tried and must not get (issue 17): 500s from bad numbers, timing and guessing at sign-in, oversized notes, unguarded endpoints (formulas in CSV: ExportTablesTests).</summary>
public sealed class ServerHardeningTests(WebLedger ledger) : IClassFixture<WebLedger>
{
    [Theory]
    [InlineData("api/claims?lat=NaN&lon=37.8&radiusKm=5", "lat")]
    [InlineData("api/claims?lat=48.4&lon=Infinity&radiusKm=5", "lon")]
    [InlineData("api/claims?lat=48.4&lon=37.8&radiusKm=NaN", "radiusKm")]
    [InlineData("api/events?lat=48.4&lon=37.8&radiusKm=-Infinity", "radiusKm")]
    [InlineData("api/places?lat=NaN&lon=37.8&radiusKm=5", "lat")]
    [InlineData("api/events?bbox=-Infinity,40,38,49", "bbox")]
    public async Task Get_NumberThatIsNoCoordinate_AnswersProblemDetailsNot500(string url, string parameter)
    {
        var response = await ledger.Client(AccessRole.Reader).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"\"{parameter}\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostVerdict_NoteOverTheBound_RefusedAndNotStored()
    {
        var client = ledger.Client(AccessRole.Analyst);
        var note = new string('x', ApiFilters.MaxNoteChars + 1);

        var response = await client.PostAsJsonAsync("api/events/1/verdicts", new { value = "confirmed", note });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"note\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var verdicts = await client.GetStringAsync("api/verdicts");
        Assert.DoesNotContain(note[..100], verdicts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostVerdict_BodyOfFiveMegabytes_RefusedBeforeItIsRead()
    {
        // The body's length is declared and the body held back until the server asks for it (Expect: 100-continue):
        // the server's answer then comes before any of it is sent, where a body sent at once raced the server closing
        // the connection on it and now and then ended in a broken pipe instead of the answer.
        using var client = ledger.Client(AccessRole.Analyst, new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(1) });
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/events/1/verdicts")
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { value = "confirmed", note = new string('x', 5_000_000) }))
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
            },
        };
        request.Headers.ExpectContinue = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task SignIn_UnknownAccount_AnswersAsAWrongPasswordDoes()
    {
        using var client = ledger.Client(null);

        using var known = await SignInAsync(client, "admin", "wrong");
        using var unknown = await SignInAsync(client, "nobody-at-all", "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var knownProblem = await known.Content.ReadFromJsonAsync<JsonElement>();
        var unknownProblem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            (knownProblem.GetProperty("title").GetString(), knownProblem.GetProperty("detail").GetString()),
            (unknownProblem.GetProperty("title").GetString(), unknownProblem.GetProperty("detail").GetString()));
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var token = await client.GetFromJsonAsync<AntiforgeryToken>("api/session/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new { name, password }) };
        request.Headers.Add(token!.HeaderName, token.Token);
        return await client.SendAsync(request);
    }

    /// <summary>A fresh app per test that counts failures, so that one test's lock-out does not reach another.</summary>
    private static async Task<(WebApplication App, HttpClient Client, CapturedLog Log)> StartOwnAppAsync(
        TempDirectory temp, Action<WebApplication>? map = null, TimeProvider? time = null)
    {
        var db = temp.File("ledger.db");
        await using (var store = await StoreFactory.OpenAsync(db, TimeProvider.System))
        {
            await store.SaveAccountAsync(new LedgerAccount("analyst", AccessRole.Analyst, Secrets.HashPassword(WebLedger.Password), TimeProvider.System.GetUtcNow()));
        }
        var log = new CapturedLog();
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions { Database = db, Urls = ["http://127.0.0.1:0"], RequireAccounts = true, LoggerProvider = log, Time = time ?? TimeProvider.System });
        var app = build.App!;
        map?.Invoke(app);
        await app.StartAsync();
        var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(app.Urls.First() + "/") };
        return (app, client, log);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LockTheNameOutEvenForTheRightOne()
    {
        using var temp = new TempDirectory();
        var (app, client, log) = await StartOwnAppAsync(temp);
        await using (app)
        {
            for (var i = 0; i < SignInGuard.MaxFailuresPerName; i++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "analyst", "guess " + i)).StatusCode);
            }

            var right = await SignInAsync(client, "analyst", WebLedger.Password);

            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            Assert.NotNull(right.Headers.RetryAfter);
            Assert.Contains(log.Entries, e => e.Id == 2001);
            Assert.Contains(log.Entries, e => e.Id == 2002);
        }
    }

    [Fact]
    public async Task SignIn_TwentyFailuresFromOneAddress_LockThatAddressOutButNotAnother()
    {
        using var temp = new TempDirectory();
        var (app, _, _) = await StartOwnAppAsync(temp, time: new FakeTimeProvider(TimeProvider.System.GetUtcNow()));
        await using (app)
        {
            using var guesser = ClientFrom(app, IPAddress.Parse("127.0.0.2"));
            using var colleague = ClientFrom(app, IPAddress.Parse("127.0.0.3"));
            await FailFromAsync(guesser, SignInGuard.MaxFailuresPerClient);

            var guesserRight = await SignInAsync(guesser, "analyst", WebLedger.Password);
            var colleagueRight = await SignInAsync(colleague, "analyst", WebLedger.Password);

            Assert.Equal(HttpStatusCode.TooManyRequests, guesserRight.StatusCode);
            Assert.Equal(SignInGuard.LockOut, guesserRight.Headers.RetryAfter?.Delta);
            Assert.Equal(HttpStatusCode.OK, colleagueRight.StatusCode);
        }
    }

    [Fact]
    public async Task SignIn_AddressLockedOut_OpensAgainWhenTheLockOutHasPassed()
    {
        using var temp = new TempDirectory();
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var (app, _, _) = await StartOwnAppAsync(temp, time: clock);
        await using (app)
        {
            using var guesser = ClientFrom(app, IPAddress.Parse("127.0.0.2"));
            await FailFromAsync(guesser, SignInGuard.MaxFailuresPerClient);

            clock.Advance(SignInGuard.LockOut - TimeSpan.FromSeconds(1));
            var lastSecond = await SignInAsync(guesser, "analyst", WebLedger.Password);
            clock.Advance(TimeSpan.FromSeconds(1));
            var after = await SignInAsync(guesser, "analyst", WebLedger.Password);

            Assert.Equal(HttpStatusCode.TooManyRequests, lastSecond.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(1), lastSecond.Headers.RetryAfter?.Delta);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
    }

    /// <summary>
    /// Wrong passwords from one address, each for another name that does not exist, so that no name comes near its own
    /// limit and only the address's count can lock anything.
    /// </summary>
    private static async Task FailFromAsync(HttpClient client, int failures)
    {
        for (var i = 0; i < failures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(client, "nobody-" + i, "guess")).StatusCode);
        }
    }

    /// <summary>
    /// A client whose connections come from the given loopback address (all of 127.0.0.0/8 is loopback on Linux), so
    /// that the app sees two callers on one machine.
    /// </summary>
    private static HttpClient ClientFrom(WebApplication app, IPAddress address)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = new Uri(app.Urls.First() + "/") };
    }

    [Fact]
    public async Task SignIn_RightPasswordBeforeTheLimit_SignsInAndClearsTheCount()
    {
        using var temp = new TempDirectory();
        var (app, client, log) = await StartOwnAppAsync(temp);
        await using (app)
        {
            await SignInAsync(client, "analyst", "guess");

            Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, "analyst", WebLedger.Password)).StatusCode);
            Assert.Contains(log.Entries, e => e.Id == 2000);
        }
    }

    [Fact]
    public async Task Endpoint_MappedWithoutAPolicy_NeedsARoleByDefault()
    {
        using var temp = new TempDirectory();
        var (app, client, log) = await StartOwnAppAsync(temp, app => app.MapGet("/api/forgotten", () => "secret"));
        await using (app)
        {
            var response = await client.GetAsync("api/forgotten");

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(log.Entries, e => e.Id == 3000);
            Assert.Contains(log.Entries, e => e.Id == 1000);
        }
    }
}

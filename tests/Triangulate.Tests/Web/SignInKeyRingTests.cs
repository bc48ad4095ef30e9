using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Triangulate.Storage;
using Triangulate.Tests.Storage.Postgres;
using Triangulate.Web;
using Triangulate.Web.Api;
using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

/// <summary>
/// Sign-ins and the page's anti-forgery tokens outlive the app instance that issued them: the key ring that protects
/// them lives in the ledger, so a restarted server, or a second server on the same ledger, accepts them, and a
/// server on another ledger does not. Each engine runs these cases through a subclass that says how to make a ledger.
/// </summary>
public abstract class SignInKeyRingTests
{
    private const string Analyst = "analyst";
    private const string Password = "correct horse battery";

    // A browser sends a host's cookies to every port of it, so one jar serves the first and the second instance.
    private readonly CookieContainer cookies = new();

    /// <summary>A new, empty ledger (its <c>--db</c> value); skips the test when its engine is not at hand.</summary>
    protected abstract Task<string> CreateLedgerAsync();

    [SkippableFact]
    public async Task SessionCookie_AfterRestartOnTheSameLedger_IsStillSignedIn()
    {
        var ledger = await LedgerWithAnalystAsync();
        await using (var first = await ServeAsync(ledger))
        {
            await SignInAsync(first);
        }

        await using var restarted = await ServeAsync(ledger);

        Assert.Equal(Analyst, (await SessionAsync(restarted)).Name);
    }

    [SkippableFact]
    public async Task AntiforgeryToken_AfterRestartOnTheSameLedger_IsStillAccepted()
    {
        var ledger = await LedgerWithAnalystAsync();
        string pageToken;
        await using (var first = await ServeAsync(ledger))
        {
            await SignInAsync(first);
            pageToken = await AntiforgeryTokenAsync(first);
        }

        await using var restarted = await ServeAsync(ledger);

        Assert.Equal(HttpStatusCode.NoContent, (await SignOutAsync(restarted, pageToken)).StatusCode);
    }

    [SkippableFact]
    public async Task SessionCookie_OnASecondInstanceOfTheSameLedger_IsSignedIn()
    {
        var ledger = await LedgerWithAnalystAsync();
        await using var first = await ServeAsync(ledger);
        await using var second = await ServeAsync(ledger);

        await SignInAsync(first);

        Assert.Equal(Analyst, (await SessionAsync(second)).Name);
    }

    [SkippableFact]
    public async Task SessionCookie_OnAnotherLedgerWithTheSameAccountName_IsNotSignedIn()
    {
        await using var first = await ServeAsync(await LedgerWithAnalystAsync());
        await using var other = await ServeAsync(await LedgerWithAnalystAsync());

        await SignInAsync(first);

        Assert.Null((await SessionAsync(other)).Name);
    }

    private async Task<string> LedgerWithAnalystAsync()
    {
        var ledger = await CreateLedgerAsync();
        await using var store = await StoreFactory.OpenAsync(ledger, TimeProvider.System);
        await store.SaveAccountAsync(new LedgerAccount(Analyst, AccessRole.Analyst, Secrets.HashPassword(Password), TimeProvider.System.GetUtcNow()));
        return ledger;
    }

    private static async Task<ServedLedger> ServeAsync(string ledger)
    {
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions { Database = ledger, Urls = ["http://127.0.0.1:0"], RequireAccounts = true });
        var app = build.App ?? throw new InvalidOperationException(build.Refusal);
        await app.StartAsync();
        return new ServedLedger(app);
    }

    private HttpClient Browser(ServedLedger served) =>
        new(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = served.BaseAddress };

    private async Task SignInAsync(ServedLedger served)
    {
        using var browser = Browser(served);
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "api/session") { Content = JsonContent.Create(new SignIn(Analyst, Password)) };
        signIn.Headers.Add(AccessNames.AntiforgeryHeader, await AntiforgeryTokenAsync(served));
        var response = await browser.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The token the page holds for its next change (issued to whoever is signed in at the time).</summary>
    private async Task<string> AntiforgeryTokenAsync(ServedLedger served)
    {
        using var browser = Browser(served);
        return (await browser.GetFromJsonAsync<AntiforgeryToken>("api/session/antiforgery"))!.Token;
    }

    private async Task<SessionView> SessionAsync(ServedLedger served)
    {
        using var browser = Browser(served);
        return (await browser.GetFromJsonAsync<SessionView>("api/session"))!;
    }

    private async Task<HttpResponseMessage> SignOutAsync(ServedLedger served, string token)
    {
        using var browser = Browser(served);
        using var signOut = new HttpRequestMessage(HttpMethod.Delete, "api/session");
        signOut.Headers.Add(AccessNames.AntiforgeryHeader, token);
        return await browser.SendAsync(signOut);
    }

    /// <summary>A started app; disposing it stops it as <c>serve</c> does on Ctrl+C, closing its ledger.</summary>
    private sealed class ServedLedger(WebApplication app) : IAsyncDisposable
    {
        public Uri BaseAddress { get; } = new(app.Urls.First() + "/");

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}

/// <summary>The key ring in SQLite ledger files, each test's in a scratch folder.</summary>
public sealed class SqliteSignInKeyRingTests : SignInKeyRingTests, IDisposable
{
    private readonly TempDirectory directory = new();

    protected override Task<string> CreateLedgerAsync() => Task.FromResult(directory.File($"{Guid.NewGuid():N}.db"));

    public void Dispose() => directory.Dispose();
}

/// <summary>The key ring in PostgreSQL ledgers, each a fresh schema of the class's test database.</summary>
public sealed class PostgresSignInKeyRingTests(PostgresTestDatabase database) : SignInKeyRingTests, IClassFixture<PostgresTestDatabase>
{
    protected override Task<string> CreateLedgerAsync() => database.CreateSchemaAsync();
}

using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;
using Triangulate.Web;
using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

/// <summary>
/// The samples ingested and corroborated through the real pipeline, served by the real app on Kestrel at 127.0.0.1 with a random port,
/// in accounts mode with one account and one API key per role. Shared by the API and browser tests of a class.
/// </summary>
public class WebLedger : IAsyncLifetime
{
    public const string Password = "correct horse battery";
    private readonly TempDirectory directory = new();
    private WebApplication? app;

    public Uri BaseAddress { get; private set; } = null!;
    public Dictionary<AccessRole, string> ApiKeys { get; } = [];
    public string DatabasePath => directory.File("ledger.db");

    /// <summary>A folder of control maps imported as evidence after ingest; none by default.</summary>
    public virtual string? ControlMaps => null;

    /// <summary>Extra reports written into the inputs before ingest (file name → content).</summary>
    public virtual IReadOnlyDictionary<string, string> ExtraInputs => new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        if (await CreateDatabaseAsync() is not { } database)
        {
            return;
        }
        await using (var store = await StoreFactory.OpenAsync(database, TimeProvider.System))
        {
            var inputs = new List<string> { RepositoryPaths.Samples };
            foreach (var (name, content) in ExtraInputs)
            {
                inputs.Add(directory.Write(Path.Combine("extra", name), content));
            }
            var outcomes = new ReportSource(IngestOptions.Default).Read(inputs);
            await new LedgerIngest(AnalyzerFactory.CreateDefault(), store).RunAsync(outcomes);
            foreach (var role in Enum.GetValues<AccessRole>())
            {
                var name = LedgerJson.EnumName(role);
                await store.SaveAccountAsync(new LedgerAccount(name, role, Secrets.HashPassword(Password), TimeProvider.System.GetUtcNow()));
                var key = Secrets.CreateApiKey();
                await store.SaveApiKeyAsync(new ApiKeyRecord(key.Prefix, name + "-script", role, key.Hash, TimeProvider.System.GetUtcNow()));
                ApiKeys[role] = key.Key;
            }
            var corroboration = new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System);
            await corroboration.RefreshAsync();
            if (ControlMaps is { } maps)
            {
                Assert.True((await corroboration.ImportControlMapsAsync(maps, "tests")).Done, $"no control maps in {maps}");
            }
        }
        var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions
        {
            Database = database,
            Urls = ["http://127.0.0.1:0"],
            RequireAccounts = true,
        });
        app = build.App ?? throw new InvalidOperationException(build.Refusal);
        await app.StartAsync();
        BaseAddress = new Uri(app.Urls.First() + "/");
    }

    /// <summary>Where the ledger lives (a SQLite file in the fixture's folder); null when the engine is not at hand.</summary>
    protected virtual Task<string?> CreateDatabaseAsync() => Task.FromResult<string?>(DatabasePath);

    /// <summary>Skips (or, when every test must run, fails) a test whose engine is not at hand.</summary>
    protected virtual void RequireDatabase()
    {
    }

    /// <summary>A client that sends the API key of <paramref name="role"/>, or none for an anonymous caller.</summary>
    public HttpClient Client(AccessRole? role, HttpMessageHandler? handler = null)
    {
        RequireDatabase();
        var client = new HttpClient(handler ?? new SocketsHttpHandler()) { BaseAddress = BaseAddress };
        if (role is { } r)
        {
            client.DefaultRequestHeaders.Add(AccessNames.ApiKeyHeader, ApiKeys[r]);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public virtual async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
        directory.Dispose();
    }
}

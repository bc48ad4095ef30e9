using Triangulate.Tests.Storage.Postgres;

namespace Triangulate.Tests.Web;

/// <summary>The samples served from a fresh PostgreSQL database on the test server, for the API cases in server mode.</summary>
public sealed class PostgresWebLedger : WebLedger
{
    private readonly PostgresTestDatabase database = new();

    protected override async Task<string?> CreateDatabaseAsync()
    {
        await database.InitializeAsync();
        return database.HasServer ? database.ConnectionString : null;
    }

    protected override void RequireDatabase() => database.RequireServer();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}

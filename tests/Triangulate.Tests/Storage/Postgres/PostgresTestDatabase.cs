using Npgsql;

namespace Triangulate.Tests.Storage.Postgres;

/// <summary>
/// A scratch database on the server <c>TRIANGULATE_TEST_POSTGRES</c> names (<c>.ci/postgres.sh start</c> runs one),
/// made for one test class and dropped after it; each test takes a fresh schema in it. Without the variable the tests
/// skip, except under <c>TRIANGULATE_REQUIRE_ALL=1</c> (CI), where a missing server fails them.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string ServerVariable = "TRIANGULATE_TEST_POSTGRES";

    private readonly string? server = Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } value ? value : null;
    private readonly string name = "triangulate_test_" + Guid.NewGuid().ToString("N")[..12];
    private NpgsqlDataSource? database;

    /// <summary>Whether <c>TRIANGULATE_TEST_POSTGRES</c> names a server.</summary>
    public bool HasServer => server is not null;

    /// <summary>The connection string of this class's database (the server must be there: call <see cref="RequireServer"/> first).</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(RequireServer()) { Database = name }.ConnectionString;

    /// <summary>The server's connection string; skips the test when there is none, or fails it when every test must run.</summary>
    public string RequireServer()
    {
        if (server is not null)
        {
            return server;
        }
        if (Environment.GetEnvironmentVariable("TRIANGULATE_REQUIRE_ALL") == "1")
        {
            throw new InvalidOperationException($"{ServerVariable} is not set, and TRIANGULATE_REQUIRE_ALL=1 says the PostgreSQL tests must run.");
        }
        Skip.If(true, $"needs a PostgreSQL server, and {ServerVariable} names none. To run it: apt-get install postgresql " +
            "postgresql-15-postgis-3, then `eval \"$(.ci/postgres.sh start)\"` and dotnet test (README, Testing on PostgreSQL).");
        return "";
    }

    public async Task InitializeAsync()
    {
        if (server is null)
        {
            return;
        }
        await using (var admin = NpgsqlDataSource.Create(server))
        {
            await using var create = admin.CreateCommand($"CREATE DATABASE {name}");
            await create.ExecuteNonQueryAsync();
        }
        database = NpgsqlDataSource.Create(ConnectionString);
        // Installed once in public, where every test schema's search path finds it; absent PostGIS is fine.
        try
        {
            await using var postgis = database.CreateCommand("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public");
            await postgis.ExecuteNonQueryAsync();
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.FeatureNotSupported)
        {
        }
    }

    /// <summary>A fresh schema, first on the search path of the connection string returned.</summary>
    public async Task<string> CreateSchemaAsync()
    {
        RequireServer();
        var schema = "t_" + Guid.NewGuid().ToString("N")[..12];
        await using var command = database!.CreateCommand($"CREATE SCHEMA {schema}");
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = $"{schema},public" }.ConnectionString;
    }

    /// <summary>Runs SQL on a schema <see cref="CreateSchemaAsync"/> made (its connection string), outside any store.</summary>
    public async Task RunSqlAsync(string schemaConnectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(schemaConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (database is null || server is null)
        {
            return;
        }
        await database.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        // Dropping a database waits for a checkpoint, which on a busy machine outlasts Npgsql's default timeouts (a
        // checkpoint of 16 s was seen): the drop waits as long as it takes rather than failing the test class.
        await using var admin = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server) { Timeout = 300, CommandTimeout = 0 }.ConnectionString);
        await using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await drop.ExecuteNonQueryAsync();
    }
}

using Microsoft.Data.Sqlite;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Tests.Storage;

/// <summary>The batch writer's statements run straight through SQLite's C API: they must store what a command would.</summary>
public sealed class SqliteRowStatementTests : IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    public SqliteRowStatementTests()
    {
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE rows (key INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, flag INTEGER NOT NULL, weight REAL, note TEXT);
            """;
        create.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    [Fact]
    public void RunForKey_RowsBoundInTurn_StoresEachRowsValuesAndReturnsItsKey()
    {
        using var insert = new SqliteRowStatement(connection, "INSERT INTO rows (name, flag, weight, note) VALUES ($name, $flag, $weight, $note) RETURNING key");

        var first = insert.Set("$name", "Торецьк").Set("$flag", true).Set("$weight", 0.5).Set("$note", "перший").RunForKey();
        var second = insert.Set("$name", "Часів Яр").Set("$flag", false).Set("$weight", (double?)null).Set("$note", (string?)null).RunForKey();

        Assert.Equal([(first!.Value, "Торецьк", 1L, (object)0.5, (object)"перший"), (second!.Value, "Часів Яр", 0L, DBNull.Value, DBNull.Value)], ReadRows());
    }

    [Fact]
    public void RunForKey_InsertThatConflictsAndDoesNothing_ReturnsNull()
    {
        using var insert = new SqliteRowStatement(connection, "INSERT INTO rows (name, flag) VALUES ($name, 0) ON CONFLICT DO NOTHING RETURNING key");
        insert.Set("$name", "Торецьк").Run();

        Assert.Null(insert.Set("$name", "Торецьк").RunForKey());
    }

    [Fact]
    public void Set_TextWithNul_StoresItAsPostgreSqlWouldAccept()
    {
        using var insert = new SqliteRowStatement(connection, "INSERT INTO rows (name, flag, note) VALUES ($name, 0, $note)");

        insert.Set("$name", "a").Set("$note", "before\0after").Run();

        Assert.DoesNotContain('\0', (string)ReadRows().Single().Note);
    }

    [Fact]
    public void Run_ConstraintBroken_ThrowsSqliteErrorAndTheStatementRunsAgain()
    {
        using var insert = new SqliteRowStatement(connection, "INSERT INTO rows (name, flag) VALUES ($name, 0)");
        insert.Set("$name", "Торецьк").Run();

        var error = Assert.Throws<SqliteException>(() => insert.Set("$name", "Торецьк").Run());
        insert.Set("$name", "Покровськ").Run();

        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
        Assert.Contains("UNIQUE", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Торецьк", "Покровськ"], ReadRows().Select(row => row.Name));
    }

    [Fact]
    public void Set_NameTheStatementDoesNotHave_ThrowsNamingIt()
    {
        using var insert = new SqliteRowStatement(connection, "INSERT INTO rows (name, flag) VALUES ($name, 0)");

        var error = Assert.Throws<ArgumentException>(() => insert.Set("$flag", true));

        Assert.Contains("$flag", error.Message, StringComparison.Ordinal);
    }

    private List<(long Key, string Name, long Flag, object Weight, object Note)> ReadRows()
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT key, name, flag, weight, note FROM rows ORDER BY key";
        using var reader = select.ExecuteReader();
        var rows = new List<(long, string, long, object, object)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetValue(3), reader.GetValue(4)));
        }
        return rows;
    }
}

using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// One statement a batch runs for each of its rows, through SQLite's C API on the connection of the batch's transaction:
/// prepared once, each parameter's position looked up once, values bound in place, and no command, reader or boxed
/// value per row. Storing a report runs about seventy such rows; through <see cref="SqliteCommand"/> the work around
/// each one (the parameters found again by name on every run, a data reader per insert that returns a key) cost more
/// CPU than SQLite's own execution of the statement. Text is made storable (<see cref="StorableText"/>) as
/// <see cref="SqliteValues.With"/> makes it, so both ways of writing keep the same characters, and encoded as UTF-8 into
/// one buffer the statement reuses for every value (SQLite copies what is bound), not into a new array per value.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);
    private byte[] utf8 = new byte[4096];

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        var count = raw.sqlite3_bind_parameter_count(statement);
        for (var position = 1; position <= count; position++)
        {
            positions[raw.sqlite3_bind_parameter_name(statement, position).utf8_to_string()] = position;
        }
    }

    public SqliteRowStatement Set(string name, string? value) =>
        value is null ? Bound(raw.sqlite3_bind_null(statement, Position(name))) : SetUtf8(name, Encoded(StorableText.Clean(value)));

    /// <summary>
    /// Text already encoded as UTF-8 and storable as given: a stored document written straight to UTF-8, whose strings
    /// were made storable as they were written (<see cref="StorableStringJsonConverter"/>). SQLite copies it.
    /// </summary>
    public SqliteRowStatement SetUtf8(string name, ReadOnlySpan<byte> value) =>
        Bound(raw.sqlite3_bind_text(statement, Position(name), value));

    public SqliteRowStatement Set(string name, long? value) =>
        Bound(value is { } number ? raw.sqlite3_bind_int64(statement, Position(name), number) : raw.sqlite3_bind_null(statement, Position(name)));

    public SqliteRowStatement Set(string name, double? value) =>
        Bound(value is { } number ? raw.sqlite3_bind_double(statement, Position(name), number) : raw.sqlite3_bind_null(statement, Position(name)));

    /// <summary>A flag as SQLite keeps it (and as <see cref="SqliteCommand"/> writes it): the integer 1 or 0.</summary>
    public SqliteRowStatement Set(string name, bool value) => Set(name, value ? 1L : 0L);

    /// <summary>Runs the statement for the values bound.</summary>
    public void Run() => _ = RunForKey();

    /// <summary>Runs the statement and returns the first column of the row it returns (a key), or null when it returns none.</summary>
    public long? RunForKey()
    {
        try
        {
            return Step() ? raw.sqlite3_column_int64(statement, 0) : null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    /// <summary>Runs the statement and returns the first two columns of the row it returns, or null when it returns none.</summary>
    public (long First, long Second)? RunForPair()
    {
        try
        {
            return Step() ? (raw.sqlite3_column_int64(statement, 0), raw.sqlite3_column_int64(statement, 1)) : null;
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose() => statement.Dispose();

    private bool Step()
    {
        var result = raw.sqlite3_step(statement);
        if (result is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            // The statement's own error (a constraint, a full disk) with SQLite's message, as SqliteCommand raises it.
            SqliteException.ThrowExceptionForRC(result, database);
        }
        return result == raw.SQLITE_ROW;
    }

    private ReadOnlySpan<byte> Encoded(string text)
    {
        var most = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (utf8.Length < most)
        {
            utf8 = new byte[Math.Max(most, utf8.Length * 2)];
        }
        return utf8.AsSpan(0, Encoding.UTF8.GetBytes(text, utf8));
    }

    private int Position(string name) =>
        positions.TryGetValue(name, out var position) ? position : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));

    private SqliteRowStatement Bound(int result)
    {
        Check(result);
        return this;
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>How values of the model are written into and read out of SQLite columns.</summary>
internal static class SqliteValues
{
    // Fixed width and always UTC, so that comparing the text compares the instants.
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>
    /// Cut to the microsecond, the finest time PostgreSQL keeps, so that a ledger copied to the server and back reads
    /// the same times (verdicts and audit lines carry the clock's full precision).
    /// </summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.UtcDateTime.AddTicks(-(time.UtcTicks % (TimeSpan.TicksPerMillisecond / 1000))).ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static string? FormatTime(DateTimeOffset? time) => time is { } value ? FormatTime(value) : null;

    public static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static long? Int64OrNull(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>
    /// Adds a named parameter, writing null as SQL NULL. Text is made storable (<see cref="StorableText"/>) as on
    /// PostgreSQL, which refuses U+0000, so that both engines keep the same characters.
    /// </summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, Storable(value));
        return command;
    }

    /// <summary>Sets a named parameter of a command run for many rows, adding it on first use; null is SQL NULL.</summary>
    public static SqliteCommand Set(this SqliteCommand command, string name, object? value)
    {
        var index = command.Parameters.IndexOf(name);
        if (index < 0)
        {
            command.Parameters.AddWithValue(name, Storable(value));
        }
        else
        {
            command.Parameters[index].Value = Storable(value);
        }
        return command;
    }

    private static object Storable(object? value) => value switch
    {
        null => DBNull.Value,
        string text => StorableText.Clean(text),
        _ => value,
    };
}

using System.Globalization;
using Npgsql;

namespace Triangulate.Storage.Postgres;

/// <summary>Reads a <c>--db</c> value for PostgreSQL: a keyword string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URL.</summary>
public static class PostgresConnectionString
{
    /// <summary>The keyword form Npgsql takes; a URL's user, password, host, port, database and query options carry over.</summary>
    public static string Normalize(string database)
    {
        if (!Uri.TryCreate(database, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            return new NpgsqlConnectionStringBuilder(database).ConnectionString;
        }
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(uri.Host) };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }
        var name = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (name.Length > 0)
        {
            builder.Database = name;
        }
        if (uri.UserInfo.Length > 0)
        {
            var separator = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(separator < 0 ? uri.UserInfo : uri.UserInfo[..separator]);
            if (separator >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(separator + 1)..]);
            }
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            // libpq spells options in snake case (sslmode, application_name); Npgsql takes them with spaces.
            builder[key.Replace('_', ' ').ToLower(CultureInfo.InvariantCulture)] = value;
        }
        return builder.ConnectionString;
    }
}

using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// PostgreSQL's pieces of the shared statements: typed parameters, lists as arrays tested with <c>= ANY</c>,
/// <c>strpos</c> for text, days as <c>date</c>; a box is found by the btrees on (lat, lon) and the days, with statistics.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    private PostgresDialect()
    {
    }

    public override void Bind(DbCommand command, string name, object value) =>
        ((NpgsqlCommand)command).With(name, value, value switch
        {
            long => NpgsqlDbType.Bigint,
            int => NpgsqlDbType.Integer,
            double => NpgsqlDbType.Double,
            bool => NpgsqlDbType.Boolean,
            string => NpgsqlDbType.Text,
            DateOnly => NpgsqlDbType.Date,
            _ => throw new ArgumentException($"No PostgreSQL type for a {value.GetType().Name}.", nameof(value)),
        });

    public override void BindList(DbCommand command, string name, IEnumerable<long> values) =>
        ((NpgsqlCommand)command).With(name, values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);

    public override void BindList(DbCommand command, string name, IEnumerable<string> values) =>
        ((NpgsqlCommand)command).With(name, values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public override string InList(string column, string name) => $"{column} = ANY(@{name})";

    public override string Contains(string column, string name) => $"strpos({column}, @{name}) > 0";

    public override object Day(DateOnly day) => day;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);
}

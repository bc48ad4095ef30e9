using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>The evidence lists written: maps of control.</summary>
public abstract partial class LedgerStoreCore
{
    public Task SaveControlMapsAsync(IReadOnlyList<ControlMap> maps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return InWriteTransactionAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, """
                INSERT INTO control_maps (name, observed_on, occupying_side, geojson) VALUES (@name, @date, @side, @geojson)
                ON CONFLICT (name) DO UPDATE SET observed_on = excluded.observed_on, occupying_side = excluded.occupying_side, geojson = excluded.geojson
                """);
            foreach (var map in maps)
            {
                command.Parameters.Clear();
                Dialect.Bind(command, "name", map.Name);
                Dialect.Bind(command, "date", Dialect.Day(map.Date));
                Dialect.Bind(command, "side", map.OccupyingSide);
                Dialect.Bind(command, "geojson", map.GeoJson);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return maps.Count;
        }, cancellationToken);
    }
}

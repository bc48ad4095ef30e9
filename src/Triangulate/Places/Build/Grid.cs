namespace Triangulate.Places.Build;

/// <summary>A coarse 0.1° bucket index so that "what is within a few km" does not scan every settlement.</summary>
internal sealed class Grid<T>
{
    private const double Cell = 0.1;
    private readonly Dictionary<(int, int), List<T>> cells = [];

    public Grid(IEnumerable<T> items, Func<T, (double Lat, double Lon)> position)
    {
        foreach (var item in items)
        {
            var (lat, lon) = position(item);
            var key = Key(lat, lon);
            if (!cells.TryGetValue(key, out var list))
            {
                cells[key] = list = [];
            }

            list.Add(item);
        }
    }

    private static (int, int) Key(double lat, double lon) => ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));

    /// <summary>Items in the cells covering roughly <paramref name="km"/> around the point; callers filter by distance.</summary>
    public IEnumerable<T> Near(double lat, double lon, double km)
    {
        var reach = (int)Math.Ceiling(km / 111.0 / Cell / Math.Max(0.3, Math.Cos(lat * Math.PI / 180)));
        var (row, column) = Key(lat, lon);
        for (var r = row - reach; r <= row + reach; r++)
        {
            for (var c = column - reach; c <= column + reach; c++)
            {
                if (cells.TryGetValue((r, c), out var list))
                {
                    foreach (var item in list)
                    {
                        yield return item;
                    }
                }
            }
        }
    }
}

namespace Triangulate.Cli.Rendering;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
    /// <summary>Only for listings whose rows have coordinates: claims and events.</summary>
    GeoJson,
}

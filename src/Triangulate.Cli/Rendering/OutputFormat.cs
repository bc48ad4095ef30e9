namespace Triangulate.Cli.Rendering;

public enum OutputFormat
{
    Table,
    Json,
    Csv,
}

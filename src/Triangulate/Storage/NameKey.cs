using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// The form in which stores compare names of sources and places: normalised text, lower case in any script.
/// Done in code rather than SQL because SQLite's own case folding stops at ASCII.
/// </summary>
public static class NameKey
{
    public static string Fold(string name) => ReportIdentity.NormalizeText(name).ToLowerInvariant();
}

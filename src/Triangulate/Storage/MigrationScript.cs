using System.Globalization;
using System.Reflection;

namespace Triangulate.Storage;

/// <summary>
/// One numbered schema script of one SQL dialect, embedded as <c>Storage/&lt;Dialect&gt;/Migrations/0001_name.sql</c>.
/// Versions only grow: a released script is never edited, a change is a new script.
/// </summary>
public sealed record MigrationScript(int Version, string Name, string Sql)
{
    /// <summary>The scripts embedded under a resource prefix (<c>Triangulate.Storage.Sqlite.Migrations.</c>), in version order.</summary>
    public static IReadOnlyList<MigrationScript> LoadEmbedded(string resourcePrefix)
    {
        var assembly = typeof(MigrationScript).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(resourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, name[resourcePrefix.Length..^".sql".Length]))
            .OrderBy(script => script.Version)
            .ToList();
        var repeated = scripts.GroupBy(script => script.Version).FirstOrDefault(group => group.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidOperationException($"Two migration scripts under {resourcePrefix} share version {repeated.Key}.");
        }
        return scripts;
    }

    private static MigrationScript Load(Assembly assembly, string resourceName, string fileName)
    {
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration script {resourceName} is not named <number>_<name>.sql.");
        }
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new MigrationScript(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}

namespace Triangulate.Cli;

/// <summary>
/// Finds the files the project ships (samples) whether the CLI runs from a build output, an installed tool or
/// `dotnet run` in a clone: the copy next to the executable first, then the repository's own folder.
/// </summary>
internal static class BundledData
{
    public static string? SamplesDirectory() => Find("samples");

    private static string? Find(string name)
    {
        var besideExecutable = Path.Combine(AppContext.BaseDirectory, name);
        if (Directory.Exists(besideExecutable))
        {
            return besideExecutable;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, name);
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return candidate;
            }
        }
        return null;
    }
}

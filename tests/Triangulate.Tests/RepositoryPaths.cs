namespace Triangulate.Tests;

/// <summary>Paths of the repository and of the shared reference data beside it, found from the test binaries.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared reference folder laid beside the clone (seeds, reference data).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string Samples => Path.Combine(Root, "samples");

    public static string Seed(string fileName) => Path.Combine(Shared, "seeds", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("the tests run outside the repository: no Triangulate.slnx above " + AppContext.BaseDirectory);
    }
}

namespace Triangulate.Tests;

/// <summary>
/// Paths of the repository and of the data the tests read, found from the test binaries. Everything a test needs lives
/// in the repository (TestData/, samples/, data/), so the suite passes on a clone with nothing beside it.
/// </summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The test data folder in the repository (its sources and licences: TestData/DATA-SOURCES.md).</summary>
    public static string TestData => Path.Combine(Root, "tests", "Triangulate.Tests", "TestData");

    /// <summary>The document the project was started from and its expected reading.</summary>
    public static string Seed(string fileName) => Path.Combine(TestData, "seeds", fileName);

    /// <summary>A few of DeepStateMap's monthly snapshots of occupied area (GPL-3.0, see the COPYING file beside them).</summary>
    public static string ControlMaps => Path.Combine(TestData, "evidence", "deepstate");

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

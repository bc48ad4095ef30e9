using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

/// <summary>Paths of the ingest test inputs and a way to run one reader over one of them.</summary>
internal static class IngestFiles
{
    public static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "Ingest", relative);

    public static List<ReadOutcome> Read(IReportReader reader, string relative, IngestOptions? options = null)
    {
        var path = PathOf(relative);
        using var stream = File.OpenRead(path);
        return reader.Read(path, stream, options ?? IngestOptions.Default).ToList();
    }

    public static List<ReadOutcome> ReadText(IReportReader reader, string fileName, string content, IngestOptions? options = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return reader.Read(fileName, stream, options ?? IngestOptions.Default).ToList();
    }
}

namespace Triangulate.Bench;

/// <summary>The benchmarks' command-line options, read one way by all of them.</summary>
internal static class BenchArgs
{
    /// <summary>The word after <paramref name="name"/> in <paramref name="args"/>, or null when the option is absent or last.</summary>
    public static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}

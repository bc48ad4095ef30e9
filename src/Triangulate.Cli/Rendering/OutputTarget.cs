using System.Text;

namespace Triangulate.Cli.Rendering;

/// <summary>Where a listing goes: the terminal, or the file <c>--out</c> names (UTF-8 without a byte-order mark).</summary>
internal static class OutputTarget
{
    /// <summary>Writes to <paramref name="path"/> when given, else to <paramref name="terminal"/>; says where a file went.</summary>
    public static async Task WriteAsync(string? path, TextWriter terminal, Action<TextWriter> write, string what)
    {
        if (path is null)
        {
            write(terminal);
            return;
        }
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
        {
            throw new IOException($"cannot write {full}: the folder {folder} does not exist");
        }
        await using (var file = new StreamWriter(full, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            write(file);
        }
        await terminal.WriteLineAsync($"wrote {what} to {full}");
    }
}

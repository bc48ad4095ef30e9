using System.Collections.Immutable;
using System.Text.Json;

namespace Triangulate.Evaluation;

/// <summary>
/// Reads an annotated gold set, one JSON object a line. A line that cannot be read becomes an error naming its
/// number, and the other lines still count: one typo in an annotation does not void an evaluation.
/// </summary>
public static class GoldJsonLines
{
    public static (ImmutableArray<T> Items, ImmutableArray<string> Errors) Read<T>(string jsonl, Func<JsonElement, int, T> readLine)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        ArgumentNullException.ThrowIfNull(readLine);
        var items = ImmutableArray.CreateBuilder<T>();
        var errors = ImmutableArray.CreateBuilder<string>();
        var lines = jsonl.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                items.Add(readLine(document.RootElement, i + 1));
            }
            catch (Exception error) when (error is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                errors.Add($"line {i + 1}: {error.Message}");
            }
        }
        return (items.ToImmutable(), errors.ToImmutable());
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Export;

/// <summary>JSON settings of every output written for people and tools: camelCase fields, readable Cyrillic.</summary>
public static class OutputJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        // Output goes to files and terminals, never into HTML, so Cyrillic stays readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

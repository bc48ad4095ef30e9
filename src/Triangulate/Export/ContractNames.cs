using System.Text;
using Triangulate.Model;

namespace Triangulate.Export;

/// <summary>
/// The spellings of enum values in every machine-readable output (CLI JSON and CSV, HTTP API): snake_case kinds,
/// and sides as "RU", "UA", "other", "unknown". Other tools read these; they do not change.
/// </summary>
public static class ContractNames
{
    public static string Of(ClaimKind kind) => SnakeCase(kind.ToString());

    public static string Of(SourceKind kind) => SnakeCase(kind.ToString());

    public static string Of(PlaceKind kind) => SnakeCase(kind.ToString());

    public static string Of(PlacePrecision precision) => SnakeCase(precision.ToString());

    public static string Of(Side side) => side switch
    {
        Side.RU => "RU",
        Side.UA => "UA",
        Side.Other => "other",
        _ => "unknown",
    };

    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        var compact = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    internal static string SnakeCase(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && !char.IsUpper(pascal[i - 1]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}

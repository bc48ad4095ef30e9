namespace Triangulate.Ingest;

/// <summary>Turns the language tags inputs carry ("uk-UA", "ru_RU", "UA", "eng") into ISO 639-1 codes.</summary>
internal static class LanguageCodes
{
    public static string? Normalize(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var primary = tag.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "" => null,
            // "ua" is the country code, widely (and wrongly) used for the Ukrainian language.
            "ua" or "ukr" => "uk",
            "rus" => "ru",
            "eng" => "en",
            _ => primary,
        };
    }
}

using System.Xml;

namespace Triangulate.Ingest;

/// <summary>
/// The only way Triangulate opens XML: no DTD processing, no resolver, and a cap on the document's size, so that a
/// feed cannot read local files (XXE), reach the network or expand entities until memory runs out.
/// </summary>
public static class SafeXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    public static XmlReader CreateReader(Stream content, long maxCharacters) =>
        XmlReader.Create(content, Settings(maxCharacters));

    /// <summary>
    /// Whether the document declares a DTD before its root element. Feeds have no business doing so; a DOCTYPE there
    /// is how external entities and entity expansion bombs arrive.
    /// </summary>
    public static bool DeclaresDocumentType(ReadOnlySpan<char> text)
    {
        var rest = text.TrimStart('\uFEFF');
        while (true)
        {
            rest = rest.TrimStart();
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                rest = Skip(rest, "?>");
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                rest = Skip(rest, "-->");
            }
            else
            {
                return rest.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    private static ReadOnlySpan<char> Skip(ReadOnlySpan<char> text, string terminator)
    {
        var end = text.IndexOf(terminator, StringComparison.Ordinal);
        return end < 0 ? [] : text[(end + terminator.Length)..];
    }
}

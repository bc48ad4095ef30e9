using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Triangulate.Model;

/// <summary>
/// The keys that make ingest idempotent: a normalised URL, and a hash of the normalised text.
/// Two reads of one report give the same keys whatever the whitespace, Unicode form or tracking parameters.
/// </summary>
public static class ReportIdentity
{
    private static readonly string[] TrackingParameterPrefixes = ["utm_", "fbclid", "gclid", "yclid", "ref", "_openstat"];

    public static string HashText(string text)
    {
        var normalized = NormalizeText(text);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(normalized));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>NFC, collapsed whitespace, trimmed: formatting differences do not make a new report.</summary>
    public static string NormalizeText(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static string? NormalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return string.IsNullOrWhiteSpace(url) ? null : url.Trim();
        }
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return uri.AbsoluteUri;
        }
        string host;
        try
        {
            host = uri.IdnHost.ToLowerInvariant();
        }
        catch (UriFormatException)
        {
            // A host no IDN encoding takes (a U+FFFD standing for a NUL, say): the URL is kept as written, like one that does not parse.
            return url.Trim();
        }
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !TrackingParameterPrefixes.Any(prefix => pair.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .Order(StringComparer.Ordinal));
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(CultureInfo.InvariantCulture);
        // http and https name the same article: the scheme is not part of the identity.
        return "//" + host + port + path + (query.Length > 0 ? "?" + query : "");
    }
}

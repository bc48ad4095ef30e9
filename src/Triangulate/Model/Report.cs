using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>Where an ingested report came from: the file and, for multi-item files, the item's line or number.</summary>
public readonly record struct InputLocation(string Path, int? Item = null)
{
    public override string ToString() => Item is { } n ? $"{Path}:{n}" : Path;
}

/// <summary>
/// One report as read from any input format. Everything downstream works on this record and knows no formats.
/// </summary>
/// <param name="ExternalId">The id the input gave the report (a JSONL <c>id</c>, a Telegram message id, a feed guid).</param>
/// <param name="Publisher">The outlet, channel or account that published it.</param>
/// <param name="Language">ISO 639-1 code (en, ru, uk), given by the input or detected.</param>
/// <param name="ForwardedFrom">
/// Relay information carried by the input format itself (a Telegram forward's original channel or author),
/// innermost origin first.
/// </param>
public sealed record Report(
    string? ExternalId,
    string Publisher,
    string? Url,
    DateTimeOffset? Published,
    string Language,
    string? Title,
    string Text,
    InputLocation Location,
    ImmutableArray<string> ForwardedFrom = default)
{
    public ImmutableArray<string> ForwardedFrom { get; init; } = ForwardedFrom.IsDefault ? [] : ForwardedFrom;

    /// <summary>SHA-256 of the normalised text, hex: the identity of the words whatever the format.</summary>
    /// <remarks>Derived on each read (microseconds), so that a <c>with</c> expression can never leave it stale.</remarks>
    public string ContentHash => ReportIdentity.HashText(Text);

    /// <summary>The URL with case, <c>www.</c>, scheme, tracking parameters and fragment normalised away; null without a URL.</summary>
    public string? NormalizedUrl => ReportIdentity.NormalizeUrl(Url);
}

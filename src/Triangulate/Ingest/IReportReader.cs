namespace Triangulate.Ingest;

/// <summary>
/// Reads one input format into reports. A reader never throws for bad input: each bad file or item becomes a
/// <see cref="ReadOutcome.Rejected"/> naming the file, the item and the reason, and the good items still come out.
/// </summary>
public interface IReportReader
{
    /// <summary>A short name for the format ("jsonl", "rss", "telegram", …).</summary>
    string Format { get; }

    /// <summary>Whether this reader takes the file, judged from its name and its first bytes.</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options);
}

/// <summary>Limits and defaults that apply to every reader.</summary>
public sealed record IngestOptions
{
    public static IngestOptions Default { get; } = new();

    /// <summary>Largest file read at all.</summary>
    public long MaxFileBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest single report text: larger items are rejected as oversized, not truncated.</summary>
    public int MaxReportChars { get; init; } = 1_000_000;

    /// <summary>
    /// The time a reader may work on one file, to which <see cref="ReadTimePerMegabyte"/> adds for each megabyte of it. A
    /// reader past it has that file rejected as over budget and the batch goes on: real files are read in well under a
    /// second per megabyte, a hostile one (a megabyte of nested elements) can hold a reader for minutes.
    /// </summary>
    public TimeSpan ReadTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The time a reader may take for each megabyte of a file, on top of <see cref="ReadTime"/>.</summary>
    public TimeSpan ReadTimePerMegabyte { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The time a reader may work on a file of <paramref name="bytes"/> bytes.</summary>
    public TimeSpan ReadTimeFor(long bytes) => ReadTime + (ReadTimePerMegabyte * (bytes / (1024.0 * 1024.0)));

    /// <summary>Largest XML document a feed may expand to.</summary>
    public long MaxXmlChars { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The column holding report text in event-dataset CSV, in place of the known names
    /// (<see cref="EventCsvReader.KnownTextColumns"/>); a file without it is rejected.
    /// </summary>
    public string? CsvTextColumn { get; init; }

    /// <summary>
    /// The public @username of the channel a Telegram export comes from: exports name the channel but not its
    /// username, and without it no t.me link can be made.
    /// </summary>
    public string? TelegramUsername { get; init; }
}

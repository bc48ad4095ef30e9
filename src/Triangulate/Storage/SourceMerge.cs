namespace Triangulate.Storage;

/// <summary>An analyst's decision that source <see cref="From"/> is the same origin as <see cref="Into"/>.</summary>
public sealed record SourceMerge(string From, string Into, string By, DateTimeOffset At, string? Note);

/// <summary>A merge with the id the ledger gave it, so that a copy keeps the order merges were made in.</summary>
public sealed record StoredSourceMerge(long Id, SourceMerge Merge);

namespace Triangulate.Ingest;

using Triangulate.Model;

/// <summary>Why an input file or item was not taken. Expected failures are values, not exceptions.</summary>
public enum RejectionReason
{
    MalformedJson,
    MalformedCsv,
    MalformedXml,
    HostileXml,
    InvalidUtf8,
    Oversized,
    EmptyText,
    MissingField,
    BadDate,
    UnknownFormat,
    Unreadable,
}

/// <summary>A file or item left out of a batch, with where it was and why.</summary>
public sealed record Rejection(InputLocation Location, RejectionReason Reason, string Detail)
{
    public override string ToString() => $"{Location}: {Reason} ({Detail})";
}

/// <summary>One item read from an input: a report, or the reason it was rejected (in the manner of Polly's Outcome).</summary>
public readonly record struct ReadOutcome
{
    private ReadOutcome(Report? report, Rejection? rejection)
    {
        Report = report;
        Rejection = rejection;
    }

    public Report? Report { get; }
    public Rejection? Rejection { get; }
    public bool IsReport => Report is not null;

    public static ReadOutcome Of(Report report) => new(report, null);
    public static ReadOutcome Rejected(InputLocation location, RejectionReason reason, string detail) =>
        new(null, new Rejection(location, reason, detail));
}

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
    /// <summary>A field holds a value of the wrong type or out of range (a message id that is text, a date in year 300,000).</summary>
    BadValue,
    /// <summary>
    /// The file ran its reader past the file's time budget (<see cref="IngestOptions.ReadTimeFor"/>), or the item ran
    /// past the analysis budget of size or time (<see cref="Pipeline.AnalysisBudget"/>).
    /// </summary>
    OverBudget,
    /// <summary>The reader failed on the file in a way it does not foresee: a fault of Triangulate, not of the input.</summary>
    ReaderFailed,
}

/// <summary>A file or item left out of a batch, with where it was and why.</summary>
public sealed record Rejection(InputLocation Location, RejectionReason Reason, string Detail)
{
    public override string ToString() => $"{Location}: {Reason} ({Detail})";
}

/// <summary>A change made to a report taken from an input (characters the ledger cannot store, replaced), with where it was.</summary>
public sealed record InputNote(InputLocation Location, string Detail)
{
    public override string ToString() => $"{Location}: {Detail}";
}

/// <summary>One item read from an input: a report, or the reason it was rejected (in the manner of Polly's Outcome).</summary>
public readonly record struct ReadOutcome
{
    private ReadOutcome(Report? report, Rejection? rejection, string? note)
    {
        Report = report;
        Rejection = rejection;
        Note = note;
    }

    public Report? Report { get; }
    public Rejection? Rejection { get; }

    /// <summary>What was changed in a report taken: characters the ledger cannot store, replaced.</summary>
    public string? Note { get; }

    public bool IsReport => Report is not null;

    public static ReadOutcome Of(Report report) => new(report, null, null);
    public static ReadOutcome Of(Report report, string? note) => new(report, null, note);
    public static ReadOutcome Rejected(InputLocation location, RejectionReason reason, string detail) =>
        new(null, new Rejection(location, reason, detail), null);
}

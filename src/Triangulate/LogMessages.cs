using Microsoft.Extensions.Logging;

namespace Triangulate;

/// <summary>
/// Everything Triangulate logs, in one place, as source-generated messages with stable event ids (1xxx requests, 2xxx
/// sign-ins, 3xxx refusals, 4xxx the ledger, 5xxx ingests), so that an operator's filters and alerts survive changes to
/// the wording. The server logs the first four; an ingest logs one summary per run and one line per rejection.
/// </summary>
internal static partial class LogMessages
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {ElapsedMs:0.0} ms for {User}")]
    public static partial void RequestCompleted(this ILogger logger, string method, string path, int status, double elapsedMs, string user);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "{Account} signed in from {Client}")]
    public static partial void SignedIn(this ILogger logger, string account, string client);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "sign-in as {Account} from {Client} refused: wrong name or password ({Failures} failures in a row)")]
    public static partial void SignInRefused(this ILogger logger, string account, string client, int failures);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "sign-in as {Account} from {Client} refused: locked out for {RetryAfterSeconds:0} s more after repeated failures")]
    public static partial void SignInLockedOut(this ILogger logger, string account, string client, double retryAfterSeconds);

    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "{Method} {Path} refused with {Status} for {User}")]
    public static partial void AccessRefused(this ILogger logger, string method, string path, int status, string user);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "{Method} {Path} refused with {Status}: invalid input")]
    public static partial void InputRefused(this ILogger logger, string method, string path, int status);

    [LoggerMessage(EventId = 4000, Level = LogLevel.Warning, Message = "claims were stored after the last regrouping (an ingest cut short?): regrouped the ledger before serving")]
    public static partial void GroupingResumed(this ILogger logger);

    [LoggerMessage(EventId = 5000, Level = LogLevel.Information, Message = "ingest read {Read} reports in {ElapsedMs:0} ms: {Added} added, {Revisions} new revisions, {Duplicates} already in the ledger; {Rejected} rejected, {Noted} taken with a change")]
    public static partial void IngestCompleted(this ILogger logger, int read, int added, int revisions, int duplicates, int rejected, int noted, double elapsedMs);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "rejected {Location}: {Reason} - {Detail}")]
    public static partial void InputRejected(this ILogger logger, string location, Ingest.RejectionReason reason, string detail);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "ingest failed after {Read} reports read and {Stored} stored")]
    public static partial void IngestFailed(this ILogger logger, int read, int stored, Exception error);
}

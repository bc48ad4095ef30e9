using Microsoft.Extensions.Logging;

namespace Triangulate.Web;

/// <summary>
/// Everything the server logs, in one place, as source-generated messages with stable event ids (1xxx requests, 2xxx
/// sign-ins, 3xxx refusals, 4xxx the ledger), so that an operator's filters and alerts survive changes to the wording.
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
}

using System.Net;

namespace Triangulate.Web.Security;

/// <summary>Who may use the app: one local user with every right, or the ledger's accounts and API keys.</summary>
public enum AccessMode
{
    SingleUser,
    Accounts,
}

/// <summary>The access mode the app starts in, or why it must not start.</summary>
public sealed record AccessDecision(AccessMode? Mode, string? Refusal)
{
    /// <summary>
    /// Loopback with nothing configured is one analyst on their own machine: single-user. Any other address could be
    /// reached by others, so it needs accounts, and accounts need at least one to sign in with.
    /// </summary>
    public static AccessDecision For(IReadOnlyList<string> urls, bool accountsRequested, int accountCount)
    {
        var exposed = urls.Where(url => !IsLoopback(url)).ToList();
        if (!accountsRequested && exposed.Count > 0)
        {
            return new AccessDecision(null,
                $"refusing to serve on {string.Join(", ", exposed)} without authentication: only loopback addresses run single-user. "
                + "Add an account (triangulate users add NAME --role admin) and serve with --auth accounts.");
        }
        if (accountsRequested && accountCount == 0)
        {
            return new AccessDecision(null, "--auth accounts needs at least one account: add one with `triangulate users add NAME --role admin`.");
        }
        return new AccessDecision(accountsRequested ? AccessMode.Accounts : AccessMode.SingleUser, null);
    }

    /// <summary>Whether a listening URL binds only the machine itself (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}

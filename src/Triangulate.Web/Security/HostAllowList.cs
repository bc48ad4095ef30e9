namespace Triangulate.Web.Security;

/// <summary>
/// Which Host headers the app answers. A loopback app is reachable from any page the analyst's browser opens through
/// DNS rebinding: a name the attacker controls first resolves to their server, then to 127.0.0.1, and the page's
/// requests arrive carrying that name as Host. Answering loopback names only defeats it.
/// </summary>
public static class HostAllowList
{
    public static IReadOnlyList<string> Loopback { get; } = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The configured hosts; the loopback names when every URL is loopback; otherwise null (any host).</summary>
    public static IReadOnlyList<string>? For(IReadOnlyList<string> urls, IReadOnlyList<string>? configured) =>
        configured is { Count: > 0 } ? configured
        : urls.Count > 0 && urls.All(AccessDecision.IsLoopback) ? Loopback
        : null;
}

namespace Triangulate.Web;

/// <summary>How to serve a ledger: where it is, where to listen, who may come in, and an optional tile server for online use.</summary>
public sealed record LedgerWebOptions
{
    /// <summary>The ledger, as the CLI's <c>--db</c> names it.</summary>
    public required string Database { get; init; }

    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:5000"];

    /// <summary>Sign in with the ledger's accounts and API keys; required for any address that is not loopback.</summary>
    public bool RequireAccounts { get; init; }

    /// <summary>A tile URL template (<c>https://tile.example.org/{z}/{x}/{y}.png</c>) for users who are online; none by default.</summary>
    public string? TileUrl { get; init; }

    /// <summary>
    /// Host header values the app answers (host names without port; <c>*.example.org</c> wildcards allowed). When
    /// null and every URL is loopback, only localhost, 127.0.0.1 and [::1]; when null otherwise, any.
    /// </summary>
    public IReadOnlyList<string>? AllowedHosts { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Where events come from; the ledger's own when null.</summary>
    public Events.IEventSource? Events { get; init; }

    /// <summary>Where the app's log also goes (tests read it; a host may add its own sink).</summary>
    public Microsoft.Extensions.Logging.ILoggerProvider? LoggerProvider { get; init; }
}

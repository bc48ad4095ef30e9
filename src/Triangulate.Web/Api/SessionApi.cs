using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Web.Api;

/// <summary>Who is signed in, in which access mode, and what the page needs to know at start.</summary>
public sealed record SessionView(string? Name, string? Role, string Mode, string? TileUrl);

public sealed record SignIn(string Name, string Password);

public sealed record AntiforgeryToken(string Token, string HeaderName);

internal static class SessionApi
{
    public static RouteGroupBuilder MapSessionApi(this RouteGroupBuilder api, AccessMode mode, string? tileUrl)
    {
        var session = api.MapGroup("/session").WithTags("Session");
        session.MapGet("/", (ClaimsPrincipal user) => Current(user, mode, tileUrl)).AllowAnonymous().WithName("GetSession");
        session.MapGet("/antiforgery", (IAntiforgery antiforgery, HttpContext http) =>
            {
                var tokens = antiforgery.GetAndStoreTokens(http);
                return TypedResults.Ok(new AntiforgeryToken(tokens.RequestToken!, AccessNames.AntiforgeryHeader));
            })
            .AllowAnonymous().WithName("GetAntiforgeryToken");
        session.MapPost("/", (ILedgerStore store, Audit audit, SignInGuard guard, ILogger<SignInGuard> logger, HttpContext http, SignIn body, CancellationToken cancellationToken) =>
                SignInAsync(new SignInAttempt(store, audit, guard, logger, http), body, mode, tileUrl, cancellationToken))
            .AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>().WithName("SignIn");
        session.MapDelete("/", new Func<HttpContext, Task<NoContent>>(SignOutAsync)).AllowAnonymous().AddEndpointFilter<AntiforgeryCheck>().WithName("SignOut");
        return api;
    }

    private static Ok<SessionView> Current(ClaimsPrincipal user, AccessMode mode, string? tileUrl) =>
        TypedResults.Ok(new SessionView(
            user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
            user.FindFirstValue(ClaimTypes.Role),
            mode == AccessMode.SingleUser ? "single_user" : "accounts",
            tileUrl));

    /// <summary>What a sign-in needs from the app.</summary>
    private sealed record SignInAttempt(ILedgerStore Store, Audit Audit, SignInGuard Guard, ILogger Logger, HttpContext Http);

    /// <summary>The longest account name and password read: a longer one is no account's, and costs the hash nothing extra.</summary>
    private const int MaxNameChars = 256;
    private const int MaxPasswordChars = 1024;

    /// <summary>
    /// Checks a name and password in the same time whether or not the account exists, and refuses every attempt on a
    /// name or from a client that failed too often lately (<see cref="SignInGuard"/>), with 429 and Retry-After.
    /// </summary>
    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> SignInAsync(
        SignInAttempt attempt, SignIn body, AccessMode mode, string? tileUrl, CancellationToken cancellationToken)
    {
        var http = attempt.Http;
        if (mode == AccessMode.SingleUser)
        {
            return Current(http.User, mode, tileUrl);
        }
        var name = (body.Name ?? "").Trim();
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (attempt.Guard.RetryAfter(name, client) is var wait && wait > TimeSpan.Zero)
        {
            attempt.Logger.SignInLockedOut(name, client, wait.TotalSeconds);
            http.Response.Headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many failed sign-ins",
                detail: $"Sign-ins for this name or from this address are refused for {Math.Ceiling(wait.TotalMinutes):0} more minute(s).");
        }
        var account = name.Length <= MaxNameChars ? await attempt.Store.GetAccountAsync(name, cancellationToken) : null;
        var password = body.Password is { Length: <= MaxPasswordChars } given ? given : "";
        // The hash runs whatever the name: an unknown account costs what a known one does.
        var matches = Secrets.VerifyPassword(password, account?.PasswordHash ?? Secrets.NoAccountHash);
        if (account is null || !matches || body.Password is not { Length: <= MaxPasswordChars })
        {
            var failures = attempt.Guard.RecordFailure(name, client);
            attempt.Logger.SignInRefused(name, client, failures);
            return Problems.Unauthorized("Wrong name or password.");
        }
        attempt.Guard.RecordSuccess(name);
        var principal = AccessNames.Principal(account.Name, account.Role, AccessNames.Cookie);
        await http.SignInAsync(AccessNames.Cookie, principal);
        await attempt.Audit.RecordAsync(principal, "session.sign_in", "account:" + account.Name, null, cancellationToken);
        attempt.Logger.SignedIn(account.Name, client);
        return Current(principal, mode, tileUrl);
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(AccessNames.Cookie);
        return TypedResults.NoContent();
    }
}

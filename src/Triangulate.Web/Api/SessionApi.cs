using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
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
        session.MapPost("/", (ILedgerStore store, Audit audit, HttpContext http, SignIn body, CancellationToken cancellationToken) =>
                SignInAsync(store, audit, http, body, mode, tileUrl, cancellationToken))
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

    private static async Task<Results<Ok<SessionView>, ProblemHttpResult>> SignInAsync(
        ILedgerStore store, Audit audit, HttpContext http, SignIn body, AccessMode mode, string? tileUrl, CancellationToken cancellationToken)
    {
        if (mode == AccessMode.SingleUser)
        {
            return Current(http.User, mode, tileUrl);
        }
        var account = await store.GetAccountAsync(body.Name ?? "", cancellationToken);
        if (account is null || !Secrets.VerifyPassword(body.Password ?? "", account.PasswordHash))
        {
            return Problems.Unauthorized("Wrong name or password.");
        }
        var principal = AccessNames.Principal(account.Name, account.Role, AccessNames.Cookie);
        await http.SignInAsync(AccessNames.Cookie, principal);
        await audit.RecordAsync(principal, "session.sign_in", "account:" + account.Name, null, cancellationToken);
        return Current(principal, mode, tileUrl);
    }

    private static async Task<NoContent> SignOutAsync(HttpContext http)
    {
        await http.SignOutAsync(AccessNames.Cookie);
        return TypedResults.NoContent();
    }
}

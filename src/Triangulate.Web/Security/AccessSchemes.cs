using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Triangulate.Storage;

namespace Triangulate.Web.Security;

/// <summary>The names of the app's authentication schemes and authorisation policies.</summary>
public static class AccessNames
{
    public const string Ledger = "ledger";
    public const string Cookie = "cookie";
    public const string ApiKey = "api-key";
    public const string SingleUser = "single-user";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    public const string CanRead = "can-read";
    public const string CanAnalyse = "can-analyse";
    public const string CanAdminister = "can-administer";

    public static string RoleName(AccessRole role) => LedgerJson.EnumName(role);

    public static ClaimsPrincipal Principal(string name, AccessRole role, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, RoleName(role))], scheme));
}

/// <summary>Single-user mode: whoever reaches the loopback address is the machine's analyst, with every right.</summary>
internal sealed class SingleUserHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string UserName = "local";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
        Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(
            AccessNames.Principal(UserName, AccessRole.Admin, AccessNames.SingleUser), AccessNames.SingleUser)));
}

/// <summary>Scripts authenticate with <c>X-Api-Key</c>; the key is checked against its stored hash.</summary>
internal sealed class ApiKeyHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ILedgerStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AccessNames.ApiKeyHeader, out var values) || values.ToString() is not { Length: > 0 } key)
        {
            return AuthenticateResult.NoResult();
        }
        var stored = Secrets.PrefixOf(key) is { } prefix ? await store.GetApiKeyAsync(prefix, Context.RequestAborted) : null;
        if (stored is null || !Secrets.VerifyApiKey(key, stored.KeyHash))
        {
            return AuthenticateResult.Fail("unknown API key");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(
            AccessNames.Principal("key:" + stored.Name, stored.Role, AccessNames.ApiKey), AccessNames.ApiKey));
    }
}

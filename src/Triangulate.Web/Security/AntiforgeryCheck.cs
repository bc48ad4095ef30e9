using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Triangulate.Web.Security;

/// <summary>
/// Guards every state-changing endpoint against cross-site requests: a browser session must echo the anti-forgery
/// token in <c>X-CSRF-TOKEN</c>. Scripts holding an API key send no cookie, so there is nothing to forge and they are exempt.
/// </summary>
internal sealed class AntiforgeryCheck(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var byApiKey = string.Equals(http.User.Identity?.AuthenticationType, AccessNames.ApiKey, StringComparison.Ordinal);
        if (!byApiKey && !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Missing or invalid anti-forgery token",
                detail: $"Send the token from GET /api/session/antiforgery in the {AccessNames.AntiforgeryHeader} header.");
        }
        return await next(context);
    }
}

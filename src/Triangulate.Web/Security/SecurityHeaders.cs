using Microsoft.AspNetCore.Builder;

namespace Triangulate.Web.Security;

/// <summary>Headers on every response that keep ingested text inert even if a bug ever put it into markup.</summary>
internal static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string? tileUrl) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(tileUrl);
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            await next(context);
        });

    /// <summary>Scripts and styles from this app only, never inline; images may also come from the configured tile server.</summary>
    public static string ContentSecurityPolicy(string? tileUrl)
    {
        var tiles = tileUrl is not null && Uri.TryCreate(tileUrl.Replace("{s}", "a", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority).Replace("://a.", "://*.", StringComparison.Ordinal)
            : "";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" + tiles
            + "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }
}

using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Triangulate.Web.Security;

/// <summary>Logs every request with its answer and time, and the refusals (401, 403, 400, 413, 429) apart, through <see cref="LogMessages"/>.</summary>
internal static class RequestLog
{
    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestLog).FullName!);
        return app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            var request = context.Request;
            var path = request.Path.Value ?? "/";
            var user = context.User.Identity is { IsAuthenticated: true, Name: { } name } ? name : "anonymous";
            var status = context.Response.StatusCode;
            logger.RequestCompleted(request.Method, path, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds, user);
            if (status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden)
            {
                logger.AccessRefused(request.Method, path, status, user);
            }
            else if (status is StatusCodes.Status400BadRequest or StatusCodes.Status413PayloadTooLarge)
            {
                logger.InputRefused(request.Method, path, status);
            }
        });
    }
}

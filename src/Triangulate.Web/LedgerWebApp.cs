using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Storage;
using Triangulate.Web.Api;
using Triangulate.Web.Events;
using Triangulate.Web.Places;
using Triangulate.Web.Security;

namespace Triangulate.Web;

/// <summary>The app built, or the reason it must not start (an exposed address without accounts).</summary>
public sealed record LedgerWebBuild(WebApplication? App, string? Refusal);

/// <summary>
/// Builds the analyst's desk: the HTTP API under <c>/api</c>, its OpenAPI document, and the page, all over one ledger.
/// The CLI's <c>serve</c> command and the tests host the same app.
/// </summary>
public static class LedgerWebApp
{
    private const string StaticFilesNamespace = "Triangulate.Web.wwwroot";
    private const long MaxRequestBodyBytes = 1024 * 1024;

    public static async Task<LedgerWebBuild> BuildAsync(LedgerWebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = await StoreFactory.OpenAsync(options.Database, options.Time, cancellationToken);
        var accounts = await store.ListAccountsAsync(cancellationToken);
        var decision = AccessDecision.For(options.Urls, options.RequireAccounts, accounts.Count);
        if (decision.Mode is not { } mode)
        {
            await store.DisposeAsync();
            return new LedgerWebBuild(null, decision.Refusal);
        }

        var resumed = false;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(LedgerWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // No request body of the API comes near a megabyte; a larger one is refused before it is read.
        builder.WebHost.UseKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes).UseUrls([.. options.Urls]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The app's own log (LogMessages): requests, sign-ins, refusals.
        builder.Logging.AddFilter(typeof(LedgerWebApp).Namespace, LogLevel.Information);
        if (options.LoggerProvider is { } loggerProvider)
        {
            builder.Logging.AddProvider(loggerProvider);
        }
        // The key ring is kept in the ledger unencrypted by design (a key to decrypt it would have to live beside the
        // ledger; the README says to guard the ledger instead), and Data Protection warns of that on every key it makes.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        // A missing anti-forgery cookie is answered as a problem: it is not news.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.Error);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options.Time);
        builder.Services.AddSingleton<Audit>();
        builder.Services.AddSingleton<SourceCatalog>();
        if (options.Events is { } events)
        {
            builder.Services.AddSingleton(events);
        }
        else
        {
            var corroboration = new CorroborationService(store, SourceRegistry.LoadDefault(), options.Time);
            // The desk shows events: a regrouping a crash cut short is completed before it serves them.
            resumed = await corroboration.ResumeAsync(cancellationToken);
            builder.Services.AddSingleton(corroboration);
            builder.Services.AddSingleton<IEventSource, LedgerEventSource>();
        }
        builder.Services.AddSingleton<EventBook>();
        builder.Services.AddSingleton(new SignInGuard(options.Time));
        builder.Services.AddSingleton<PlaceBook>();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        // The key ring that protects sign-ins and anti-forgery tokens lives in the ledger, so that they survive a restart
        // and every server on the ledger accepts them. The application name is fixed: the default, the install folder,
        // would part servers installed in different places.
        builder.Services.AddDataProtection()
            .SetApplicationName("Triangulate")
            .AddKeyManagementOptions(keys => keys.XmlRepository = new LedgerXmlRepository(store, options.Time));
        builder.Services.AddAntiforgery(antiforgery =>
        {
            antiforgery.HeaderName = AccessNames.AntiforgeryHeader;
            antiforgery.Cookie.Name = "triangulate.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });
        AddAccess(builder.Services, mode);
        var allowedHosts = HostAllowList.For(options.Urls, options.AllowedHosts);
        if (allowedHosts is not null)
        {
            builder.Services.Configure<HostFilteringOptions>(filtering =>
            {
                filtering.AllowedHosts = [.. allowedHosts];
                filtering.AllowEmptyHosts = false;
                filtering.IncludeFailureMessage = false;
            });
        }

        var app = builder.Build();
        if (resumed)
        {
            app.Logger.GroupingResumed();
        }
        app.UseRequestLog();
        if (allowedHosts is not null)
        {
            app.UseHostFiltering();
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders(options.TileUrl);
        var files = new EmbeddedFileProvider(typeof(LedgerWebApp).Assembly, StaticFilesNamespace);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        app.UseAuthentication();
        app.UseAuthorization();
        // The API's description is public, as it was before the fallback below made every endpoint need a role.
        app.MapOpenApi().AllowAnonymous();
        var api = app.MapGroup("/api");
        api.MapSessionApi(mode, options.TileUrl)
            .MapReportsApi()
            .MapClaimsApi()
            .MapEventsApi()
            .MapPlacesApi()
            .MapControlMapsApi()
            .MapSourcesApi()
            .MapAuditApi();
        app.Lifetime.ApplicationStopped.Register(() => store.DisposeAsync().AsTask().GetAwaiter().GetResult());
        return new LedgerWebBuild(app, null);
    }

    private static void AddAccess(IServiceCollection services, AccessMode mode)
    {
        services.AddAuthentication(AccessNames.Ledger)
            .AddPolicyScheme(AccessNames.Ledger, null, policy => policy.ForwardDefaultSelector = context =>
                mode == AccessMode.SingleUser ? AccessNames.SingleUser
                : context.Request.Headers.ContainsKey(AccessNames.ApiKeyHeader) ? AccessNames.ApiKey
                : AccessNames.Cookie)
            .AddCookie(AccessNames.Cookie, cookie =>
            {
                cookie.Cookie.Name = "triangulate.session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                // The API answers with status codes; the page sends people to its sign-in form itself.
                cookie.Events.OnRedirectToLogin = context => SetStatus(context.Response, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => SetStatus(context.Response, StatusCodes.Status403Forbidden);
            })
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyHandler>(AccessNames.ApiKey, null)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, SingleUserHandler>(AccessNames.SingleUser, null);
        var reader = AccessNames.RoleName(AccessRole.Reader);
        var analyst = AccessNames.RoleName(AccessRole.Analyst);
        var admin = AccessNames.RoleName(AccessRole.Admin);
        services.AddAuthorizationBuilder()
            // An endpoint that names no policy needs a reader's role: a new endpoint is closed until marked public.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(reader, analyst, admin).Build())
            .AddPolicy(AccessNames.CanRead, policy => policy.RequireRole(reader, analyst, admin))
            .AddPolicy(AccessNames.CanAnalyse, policy => policy.RequireRole(analyst, admin))
            .AddPolicy(AccessNames.CanAdminister, policy => policy.RequireRole(admin));
    }

    private static Task SetStatus(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}

using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Triangulate.Web;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate serve</c>: the HTTP API and the analyst's page over one ledger, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated. Loopback runs single-user; any other address needs --auth accounts",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var auth = new Option<string>("--auth")
        {
            Description = "none (single-user, loopback only) or accounts (the ledger's users and API keys)",
            DefaultValueFactory = _ => "none",
        };
        auth.AcceptOnlyFromAmong("none", "accounts");
        var tiles = new Option<string?>("--tile-url") { Description = "A tile URL template for online base maps; the page works offline without one" };
        var hosts = new Option<string[]>("--allowed-host")
        {
            Description = "A Host name the app answers (repeatable); by default only localhost, 127.0.0.1 and [::1] when serving on loopback",
            HelpName = "HOST",
        };
        var command = new Command("serve", "Serve the HTTP API and the analyst's page") { database, urls, auth, tiles, hosts };
        command.SetAction(async (parse, cancellationToken) =>
        {
            LedgerServices.RequireExisting(parse.GetRequiredValue(database));
            var build = await LedgerWebApp.BuildAsync(new LedgerWebOptions
            {
                Database = parse.GetRequiredValue(database),
                Urls = parse.GetRequiredValue(urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                RequireAccounts = parse.GetValue(auth) == "accounts",
                TileUrl = parse.GetValue(tiles),
                AllowedHosts = parse.GetValue(hosts) is { Length: > 0 } allowed ? allowed : null,
            }, cancellationToken);
            if (build.App is not { } app)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {build.Refusal}");
                return ExitCodes.Failed;
            }
            await app.StartAsync(cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine($"serving {parse.GetRequiredValue(database)} on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            await app.WaitForShutdownAsync(cancellationToken);
            await app.DisposeAsync();
            return ExitCodes.Ok;
        });
        return command;
    }
}

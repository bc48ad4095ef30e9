using System.CommandLine;
using Triangulate.Export;
using Triangulate.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Cli.Commands;

/// <summary><c>triangulate users add</c> and <c>triangulate apikeys add</c>: who may use the served ledger.</summary>
internal static class AccessCommands
{
    public static Command Users()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "The account's sign-in name" };
        var role = RoleOption();
        var password = new Option<string?>("--password") { Description = "The password; read from standard input when left out" };
        var add = new Command("add", "Add an account, or set the role and password of an existing one") { database, name, role, password };
        add.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryRole(parse.GetRequiredValue(role), parse.InvocationConfiguration.Error, out var accessRole))
            {
                return ExitCodes.Failed;
            }
            var secret = parse.GetValue(password) ?? Console.In.ReadLine();
            if (string.IsNullOrEmpty(secret) || secret.Length < 8)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: a password needs 8 characters or more");
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var accountName = parse.GetRequiredValue(name);
            await store.SaveAccountAsync(new LedgerAccount(accountName, accessRole, Secrets.HashPassword(secret), TimeProvider.System.GetUtcNow()), cancellationToken);
            await store.AppendAuditAsync(new AuditEntry(0, TimeProvider.System.GetUtcNow(), "cli", "account.save", "account:" + accountName, null,
                $"{{\"role\":\"{LedgerJson.EnumName(accessRole)}\"}}"), cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine($"account {accountName} ({LedgerJson.EnumName(accessRole)}) saved");
            return ExitCodes.Ok;
        });
        return new Command("users", "Manage the web app's accounts") { add };
    }

    public static Command ApiKeys()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("name") { Description = "What the key is for (a script, a tool)" };
        var role = RoleOption();
        var add = new Command("add", "Make an API key; it is printed once and only its hash is kept") { database, name, role };
        add.SetAction(async (parse, cancellationToken) =>
        {
            if (!TryRole(parse.GetRequiredValue(role), parse.InvocationConfiguration.Error, out var accessRole))
            {
                return ExitCodes.Failed;
            }
            await using var store = await LedgerServices.OpenAsync(parse.GetRequiredValue(database), cancellationToken);
            var key = Secrets.CreateApiKey();
            var keyName = parse.GetRequiredValue(name);
            await store.SaveApiKeyAsync(new ApiKeyRecord(key.Prefix, keyName, accessRole, key.Hash, TimeProvider.System.GetUtcNow()), cancellationToken);
            await store.AppendAuditAsync(new AuditEntry(0, TimeProvider.System.GetUtcNow(), "cli", "apikey.add", "apikey:" + key.Prefix, null,
                $"{{\"name\":\"{keyName}\",\"role\":\"{LedgerJson.EnumName(accessRole)}\"}}"), cancellationToken);
            parse.InvocationConfiguration.Output.WriteLine(key.Key);
            parse.InvocationConfiguration.Error.WriteLine($"API key {keyName} ({LedgerJson.EnumName(accessRole)}): send it as X-Api-Key; it is not shown again");
            return ExitCodes.Ok;
        });
        return new Command("apikeys", "Manage API keys for scripts") { add };
    }

    private static Option<string> RoleOption() => new("--role")
    {
        Description = "reader, analyst or admin",
        DefaultValueFactory = _ => "reader",
    };

    private static bool TryRole(string text, TextWriter error, out AccessRole role)
    {
        if (ContractNames.TryParse(text, out role))
        {
            return true;
        }
        error.WriteLine($"error: unknown role '{text}'; known: reader, analyst, admin");
        return false;
    }
}

using System.Security.Claims;
using System.Text.Json;
using Triangulate.Storage;

namespace Triangulate.Web.Api;

/// <summary>Writes each change made through the app to the ledger's append-only audit log.</summary>
internal sealed class Audit(ILedgerStore store, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task<long> RecordAsync(ClaimsPrincipal user, string action, string target, object? detail, CancellationToken cancellationToken) =>
        store.AppendAuditAsync(
            new AuditEntry(0, time.GetUtcNow(), user.Identity?.Name ?? "anonymous", action, target, null, detail is null ? null : JsonSerializer.Serialize(detail, Json)),
            cancellationToken);
}

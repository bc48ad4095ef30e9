using System.Collections.Immutable;
using System.Data.Common;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// Reads a <c>sources</c> row, laid out alike in both dialects (id, name, kind, side, role, aliases, affiliated_with),
/// so that SQLite and PostgreSQL cannot drift apart in how they read the registry.
/// </summary>
internal static class SourceRows
{
    public static Source Read(DbDataReader reader) => new(
        Id: reader.GetString(0),
        Name: reader.GetString(1),
        Kind: LedgerJson.ParseEnum<SourceKind>(reader.GetString(2)),
        Side: LedgerJson.ParseEnum<Side>(reader.GetString(3)),
        Aliases: LedgerJson.Deserialize<ImmutableArray<string>>(reader.GetString(5)),
        Role: reader.IsDBNull(4) ? null : reader.GetString(4),
        AffiliatedWith: LedgerJson.Deserialize<ImmutableArray<string>>(reader.GetString(6)));
}

namespace Triangulate.Storage;

/// <summary>What a person or script may do through the HTTP API and the page. Each role can do all that the one before it can.</summary>
public enum AccessRole
{
    /// <summary>Reads the ledger.</summary>
    Reader,
    /// <summary>Also sets verdicts, merges and splits events, adds sources and aliases.</summary>
    Analyst,
    /// <summary>Also reads the audit log and manages accounts.</summary>
    Admin,
}

/// <summary>A local account of the web page. The password is stored only as a salted PBKDF2 hash.</summary>
public sealed record LedgerAccount(string Name, AccessRole Role, string PasswordHash, DateTimeOffset CreatedAt);

/// <summary>
/// An API key for scripts. The key is shown once when made; the ledger keeps its public <see cref="Prefix"/> (to find
/// the row) and a salted hash of the whole key.
/// </summary>
public sealed record ApiKeyRecord(string Prefix, string Name, AccessRole Role, string KeyHash, DateTimeOffset CreatedAt);

/// <summary>
/// One XML element of the web app's ASP.NET Data Protection key ring (a key, or a key's revocation), as Data Protection
/// wrote it. The ring protects sign-in cookies and anti-forgery tokens; its keys are stored unencrypted, so whoever can
/// read them can forge a sign-in to any server on this ledger.
/// </summary>
public sealed record DataProtectionKeyElement(string Name, string Xml, DateTimeOffset CreatedAt);

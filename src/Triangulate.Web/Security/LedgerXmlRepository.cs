using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Triangulate.Ingest;
using Triangulate.Storage;

namespace Triangulate.Web.Security;

/// <summary>
/// Keeps ASP.NET Data Protection's key ring, which protects sign-in cookies and anti-forgery tokens, in the ledger: a
/// restarted server keeps its people signed in and its open pages' tokens valid, servers sharing a PostgreSQL ledger
/// accept each other's sign-ins, and a server on another ledger accepts none of them.
/// </summary>
/// <remarks>
/// Data Protection's repository contract is synchronous, so the store's calls are waited on here. It reads the ring
/// when the app starts and when it refreshes it (about once a day, or on meeting a key it does not know) and writes
/// when it makes a key (every 90 days), so the waits are rare; ASP.NET Core has no synchronisation context for them
/// to deadlock on.
/// </remarks>
internal sealed class LedgerXmlRepository(ILedgerStore store, TimeProvider time) : IXmlRepository
{
    // A key element is about 1 KB; the cap only bounds what a tampered row could make the reader hold.
    private const long MaxElementCharacters = 1_000_000;

    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ListDataProtectionKeysAsync().GetAwaiter().GetResult().Select(element => Parse(element.Xml))];

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        store.SaveDataProtectionKeyAsync(new DataProtectionKeyElement(friendlyName, element.ToString(), time.GetUtcNow())).GetAwaiter().GetResult();
    }

    private static XElement Parse(string xml)
    {
        using var text = new StringReader(xml);
        using var reader = XmlReader.Create(text, SafeXml.Settings(MaxElementCharacters));
        return XElement.Load(reader);
    }
}

using System.Xml;
using System.Xml.Linq;
using Triangulate.Storage;
using Triangulate.Tests.Storage;
using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

/// <summary>Data Protection's key ring read from and written to a ledger (SQLite; the store contract covers both engines).</summary>
public sealed class LedgerXmlRepositoryTests : IAsyncLifetime
{
    private const string KeyName = "key-915c6ef1-1737-483d-a34b-4772d9b4144a";
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 8, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory directory = new();
    private ILedgerStore store = null!;

    public async Task InitializeAsync() => store = await StoreFactory.OpenAsync(directory.File("ledger.db"), TimeProvider.System);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        directory.Dispose();
    }

    private LedgerXmlRepository Repository() => new(store, new FixedTimeProvider(Now));

    [Fact]
    public void GetAllElements_AfterStoreElement_ReadsTheKeyBack()
    {
        Repository().StoreElement(Key(), KeyName);

        var element = Assert.Single(Repository().GetAllElements());

        Assert.Equal(Key().ToString(), element.ToString());
    }

    [Fact]
    public async Task StoreElement_Key_IsStoredUnderItsNameAtTheClocksTime()
    {
        Repository().StoreElement(Key(), KeyName);

        var stored = Assert.Single(await store.ListDataProtectionKeysAsync());

        Assert.Equal((KeyName, Now), (stored.Name, stored.CreatedAt));
    }

    [Fact]
    public async Task GetAllElements_RowDeclaringADocumentType_IsRefused()
    {
        // A row written behind the app's back must not make it read local files.
        await store.SaveDataProtectionKeyAsync(new DataProtectionKeyElement(
            KeyName, """<!DOCTYPE key [<!ENTITY secret SYSTEM "file:///etc/passwd">]><key id="915c6ef1-1737-483d-a34b-4772d9b4144a">&secret;</key>""", Now));

        Assert.Throws<XmlException>(() => Repository().GetAllElements());
    }

    /// <summary>The shape of a Data Protection key element, without a secret in it.</summary>
    private static XElement Key() => new("key",
        new XAttribute("id", "915c6ef1-1737-483d-a34b-4772d9b4144a"),
        new XAttribute("version", "1"),
        new XElement("creationDate", "2025-03-14T08:30:00Z"),
        new XElement("activationDate", "2025-03-14T08:30:00Z"),
        new XElement("expirationDate", "2025-06-12T08:30:00Z"));
}

using System.Globalization;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>The web app's Data Protection key ring, kept in the ledger.</summary>
public abstract partial class LedgerStoreContractTests
{
    private static readonly Guid FirstKeyId = new("915c6ef1-1737-483d-a34b-4772d9b4144a");
    private static readonly Guid SecondKeyId = new("3f0b9a4e-6c1d-4b7e-9a52-0d8e2c7f1a63");

    [SkippableFact]
    public async Task ListDataProtectionKeysAsync_NewLedger_IsEmpty()
    {
        Assert.Empty(await Store.ListDataProtectionKeysAsync());
    }

    [SkippableFact]
    public async Task SaveDataProtectionKeyAsync_KeyThenRevocation_AreListedAsWrittenInTheOrderAdded()
    {
        DataProtectionKeyElement[] ring = [KeyElement(FirstKeyId, IngestTime), RevocationOf(FirstKeyId, IngestTime.AddDays(3))];

        foreach (var element in ring)
        {
            await Store.SaveDataProtectionKeyAsync(element);
        }

        Assert.Equal(ring, await Store.ListDataProtectionKeysAsync());
    }

    [SkippableFact]
    public async Task SaveDataProtectionKeyAsync_TwoElementsOfOneName_KeepsBoth()
    {
        // Data Protection promises nothing about its names: an element is never dropped for sharing one.
        var first = KeyElement(FirstKeyId, IngestTime);
        var second = KeyElement(SecondKeyId, IngestTime.AddDays(80)) with { Name = first.Name };

        await Store.SaveDataProtectionKeyAsync(first);
        await Store.SaveDataProtectionKeyAsync(second);

        Assert.Equal([first, second], await Store.ListDataProtectionKeysAsync());
    }

    [SkippableFact]
    public async Task ListDataProtectionKeysAsync_AnotherInstanceOnTheLedger_ReadsTheKeyWritten()
    {
        var key = KeyElement(FirstKeyId, IngestTime);
        await Store.SaveDataProtectionKeyAsync(key);

        await using var secondServer = await OpenSameLedgerAsync();

        Assert.Equal([key], await secondServer.ListDataProtectionKeysAsync());
    }

    [SkippableFact]
    public async Task MigrateAsync_LedgerMadeBeforeTheKeyRing_AddsTheRingAndKeepsItsData()
    {
        await Store.SaveAsync(Batch());
        // Migration 7 only creates the table: without it and its version line, the ledger is what scripts 1-6 made.
        await RunSqlAsync("DROP TABLE data_protection_keys; DELETE FROM schema_version WHERE version = 7;");

        await using var upgraded = await OpenSameLedgerAsync();
        await upgraded.SaveDataProtectionKeyAsync(KeyElement(FirstKeyId, IngestTime));

        Assert.Equal(
            (new LedgerSummary(4, 5, 6, 0), 1),
            (await upgraded.SummarizeAsync(), (await upgraded.ListDataProtectionKeysAsync()).Count));
    }

    /// <summary>A key element as ASP.NET Core's Data Protection writes one, its secret made up.</summary>
    private static DataProtectionKeyElement KeyElement(Guid id, DateTimeOffset created) => new($"key-{id:D}", $"""
        <key id="{id:D}" version="1">
          <creationDate>{Iso(created)}</creationDate>
          <activationDate>{Iso(created)}</activationDate>
          <expirationDate>{Iso(created.AddDays(90))}</expirationDate>
          <descriptor deserializerType="Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel.AuthenticatedEncryptorDescriptorDeserializer, Microsoft.AspNetCore.DataProtection, Version=10.0.0.0, Culture=neutral, PublicKeyToken=adb9793829ddae60">
            <descriptor>
              <encryption algorithm="AES_256_CBC" />
              <validation algorithm="HMACSHA256" />
              <masterKey p4:requiresEncryption="true" xmlns:p4="http://schemas.asp.net/2015/03/dataProtection">
                <!-- Warning: the key below is in an unencrypted form. -->
                <value>dGhpcyBpcyBub3QgYSByZWFsIGtleSwgb25seSBpdHMgc2hhcGUuIHRoaXMgaXMgbm90IGEgcmVhbCBrZXkh</value>
              </masterKey>
            </descriptor>
          </descriptor>
        </key>
        """, created);

    private static DataProtectionKeyElement RevocationOf(Guid id, DateTimeOffset revoked) => new($"revocation-{id:D}", $"""
        <revocation version="1">
          <revocationDate>{Iso(revoked)}</revocationDate>
          <key id="{id:D}" />
          <reason>The ledger's file was copied off the server.</reason>
        </revocation>
        """, revoked);

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
}

using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

public sealed class SecretsTests
{
    [Fact]
    public void VerifyPassword_RightPassword_Passes() =>
        Assert.True(Secrets.VerifyPassword("correct horse", Secrets.HashPassword("correct horse")));

    [Fact]
    public void VerifyPassword_WrongPassword_Fails() =>
        Assert.False(Secrets.VerifyPassword("correct horse!", Secrets.HashPassword("correct horse")));

    [Fact]
    public void HashPassword_SamePasswordTwice_SaltsDifferently() =>
        Assert.NotEqual(Secrets.HashPassword("same"), Secrets.HashPassword("same"));

    [Fact]
    public void CreateApiKey_StoresNoPlainKey()
    {
        var key = Secrets.CreateApiKey();
        Assert.DoesNotContain(key.Key, key.Hash, StringComparison.Ordinal);
        Assert.Equal(key.Prefix, Secrets.PrefixOf(key.Key));
        Assert.True(Secrets.VerifyApiKey(key.Key, key.Hash));
        Assert.False(Secrets.VerifyApiKey(key.Key + "x", key.Hash));
    }
}

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

    // The time a sign-in takes is the hash's: a hash of the same scheme and stretching costs what an account's does, so an
    // unknown name cannot be told from a wrong password by the clock (measured, not asserted, in tests).
    [Fact]
    public void NoAccountHash_IsStretchedAsAnAccountsHashIs() =>
        Assert.Equal(Secrets.HashPassword("correct horse").Split('$')[..2], Secrets.NoAccountHash.Split('$')[..2]);

    [Fact]
    public void VerifyPassword_AgainstNoAccountHash_FailsForAnEmptyPassword() =>
        Assert.False(Secrets.VerifyPassword("", Secrets.NoAccountHash));

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

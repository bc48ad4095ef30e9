using Triangulate.Web.Security;

namespace Triangulate.Tests.Web;

public sealed class AccessDecisionTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void For_LoopbackWithoutConfiguration_IsSingleUser(string url) =>
        Assert.Equal(AccessMode.SingleUser, AccessDecision.For([url], accountsRequested: false, accountCount: 0).Mode);

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://192.168.1.20:5000")]
    public void For_ExposedAddressWithoutAccounts_RefusesWithReason(string url)
    {
        var decision = AccessDecision.For(["http://127.0.0.1:5000", url], accountsRequested: false, accountCount: 3);
        Assert.Null(decision.Mode);
        Assert.Contains("authentication", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void For_AccountsRequestedWithNoAccount_Refuses() =>
        Assert.Null(AccessDecision.For(["http://0.0.0.0:5000"], accountsRequested: true, accountCount: 0).Mode);

    [Fact]
    public void For_ExposedAddressWithAccounts_UsesAccounts() =>
        Assert.Equal(AccessMode.Accounts, AccessDecision.For(["http://0.0.0.0:5000"], accountsRequested: true, accountCount: 1).Mode);
}

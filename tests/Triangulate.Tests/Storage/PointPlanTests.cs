using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

public sealed class PointPlanTests
{
    [Fact]
    public void PointPlanCountCap_IsTheSquareRootOfPageEndTimesClaims() =>
        Assert.Equal(22_361, LedgerStoreCore.PointPlanCountCap(pageEnd: 500, claims: 1_000_000));

    [Fact]
    public void PointPlanCountCap_OfAnEmptyLedger_IsOne() =>
        Assert.Equal(1, LedgerStoreCore.PointPlanCountCap(pageEnd: 100, claims: 0));
}

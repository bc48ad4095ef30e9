using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries;

namespace Triangulate.Tests.Summaries;

public sealed class ProvenanceTreeTests
{
    private static readonly SourceRef Kimakovsky = new("Igor Kimakovsky", SourceKind.Official, Side.RU, SourceId: "kimakovsky");
    private static readonly SourceRef Russia24 = new("Russia 24", SourceKind.StateMedia, Side.RU, SourceId: "rossiya24");

    private static StoredClaim Claim(long id, string publisher, params SourceRef[] relays) => new(id, id, null, publisher, null, new Claim(
        new Span(0, 10), "Russian forces took the centre of Toretsk", ClaimKind.TerritorialControl, null, null, [], null, [], null, false,
        new AttributionChain(new Attribution(Kimakovsky, AttributionRole.Origin), [.. relays.Select(r => new Attribution(r, AttributionRole.Relay))])));

    private static SourceRef? Registry(string publisher) => publisher == "Россия 24" ? Russia24 with { Written = publisher } : null;

    [Fact]
    public void Build_OutletThatPublishedAndRelayed_IsOneRelayNodeUnderTheOrigin()
    {
        var tree = ProvenanceTree.Build([Claim(1, "Россия 24"), Claim(2, "ТАСС", Russia24)], Registry);
        var origin = Assert.Single(tree);
        Assert.Equal("origin", origin.Role);
        var relay = Assert.Single(origin.Children);
        Assert.Equal(("rossiya24", "relay"), (relay.SourceId, relay.Role));
        Assert.Equal([1L, 2L], relay.ClaimIds);
        Assert.Equal("ТАСС", Assert.Single(relay.Children).Name);
    }

    [Fact]
    public void Build_OwnVoiceClaim_DoesNotRepeatThePublisher()
    {
        var ownVoice = new StoredClaim(5, 5, null, "Russia 24", null, Claim(5, "Russia 24").Claim with
        {
            Chain = new AttributionChain(new Attribution(Russia24, AttributionRole.Origin), ImmutableArray<Attribution>.Empty),
        });
        var root = Assert.Single(ProvenanceTree.Build([ownVoice], _ => Russia24));
        Assert.Empty(root.Children);
    }
}

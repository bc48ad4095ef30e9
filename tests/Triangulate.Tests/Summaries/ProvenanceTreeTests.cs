using System.Collections.Immutable;
using Triangulate.Corroboration;
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

    [Fact]
    public void Build_RewrittenReprintInACopyLine_HangsBelowTheReportItCopies()
    {
        var reuters = new SourceRef("Reuters", SourceKind.WireAgency, Side.Other, SourceId: "reuters");
        var wire = Claim(1, "Anadolu", reuters);
        // The rewrite dropped the credit: read alone, it is the aggregator's own voice.
        var rewrite = new StoredClaim(2, 2, null, "Devdiscourse", null, wire.Claim with
        {
            Chain = new AttributionChain(new Attribution(new SourceRef("Devdiscourse", SourceKind.Publisher, Side.Unknown), AttributionRole.Origin), ImmutableArray<Attribution>.Empty),
        });

        var tree = ProvenanceTree.Build([wire, rewrite], _ => null, [new CopyLine(1, [1, 2], "r2 holds 92% of r1's text")]);

        var origin = Assert.Single(tree);
        var publisher = Assert.Single(Assert.Single(origin.Children).Children);
        Assert.Equal(("Anadolu", "relay"), (publisher.Name, publisher.Role));
        var copy = Assert.Single(publisher.Children);
        Assert.Equal(("Devdiscourse", "copy"), (copy.Name, copy.Role));
        Assert.Equal([2L], copy.ClaimIds);
    }

    [Fact]
    public void Build_ForAnEvent_GroupsOriginsAsCountedAndPutsTheUncountedApart()
    {
        var claims = new[] { Claim(1, "ТАСС", Russia24), Claim(2, "Reuters") };
        var ownVoice = new StoredClaim(3, 3, null, "Reuters", null, claims[1].Claim with
        {
            Chain = new AttributionChain(new Attribution(new SourceRef("Reuters", SourceKind.Publisher, Side.Unknown), AttributionRole.Origin), ImmutableArray<Attribution>.Empty),
        });
        var kimakovsky = new FactSource("kimakovsky", "Igor Kimakovsky", Side.RU, SourceKind.Official, true);
        var reuters = new FactSource("reuters", "Reuters", Side.Unknown, SourceKind.Publisher, false);
        EventClaim Member(long id, FactSource origin) => new(id, id, null, "x", null, "ru", ClaimKind.TerritorialControl, "", origin, []);
        var ledgerEvent = new CorroboratedEvent(
            7, ClaimKind.TerritorialControl, Side.RU, [], null, null, new DateOnly(2024, 7, 4), new DateOnly(2024, 7, 4), [1, 2, 3],
            [Member(1, kimakovsky), Member(2, kimakovsky), Member(3, reuters)],
            [new OriginCluster([kimakovsky], Side.RU, [])], [reuters], [], [], null, new Grade("3", "possibly true"));

        var groups = ProvenanceTree.Build(ledgerEvent, [.. claims, ownVoice], Registry);

        Assert.Equal([(ProvenanceTree.IndependentRole, "Igor Kimakovsky"), (ProvenanceTree.NotCountedRole, "not counted: outlets or unnamed speakers passing the claim on, or voices heard only undated")],
            groups.Select(g => (g.Role, g.Name)));
        Assert.Equal([1L, 2L], groups[0].ClaimIds);
        Assert.Equal("Reuters", Assert.Single(groups[1].Children).Name);
    }

    [Fact]
    public void Build_ForAnEvent_UncountedRewriteOfACountedReport_HangsBelowTheReportItCopies()
    {
        var wire = Claim(1, "ТАСС");
        var rewrite = new StoredClaim(2, 2, null, "Devdiscourse", null, wire.Claim with
        {
            Chain = new AttributionChain(new Attribution(new SourceRef("Devdiscourse", SourceKind.Publisher, Side.Unknown), AttributionRole.Origin), ImmutableArray<Attribution>.Empty),
        });
        var kimakovsky = new FactSource("kimakovsky", "Igor Kimakovsky", Side.RU, SourceKind.Official, true);
        var devdiscourse = new FactSource("devdiscourse", "Devdiscourse", Side.Unknown, SourceKind.Publisher, false);
        EventClaim Member(long id, FactSource origin) => new(id, id, null, "x", null, "en", ClaimKind.TerritorialControl, "", origin, []);
        var ledgerEvent = new CorroboratedEvent(
            7, ClaimKind.TerritorialControl, Side.RU, [], null, null, new DateOnly(2024, 7, 4), new DateOnly(2024, 7, 4), [1, 2],
            [Member(1, kimakovsky), Member(2, devdiscourse)],
            [new OriginCluster([kimakovsky], Side.RU, [])], [devdiscourse], [], [], null, new Grade("3", "possibly true"))
        {
            CopyLines = [new CopyLine(1, [1, 2], "r2 holds 92% of r1's text")],
        };

        var groups = ProvenanceTree.Build(ledgerEvent, [wire, rewrite], Registry);

        var notCounted = groups.Single(g => g.Role == ProvenanceTree.NotCountedRole);
        var publisher = Assert.Single(Assert.Single(notCounted.Children).Children);
        Assert.Equal(("ТАСС", "relay"), (publisher.Name, publisher.Role));
        var copy = Assert.Single(publisher.Children);
        Assert.Equal(("Devdiscourse", "copy"), (copy.Name, copy.Role));
        Assert.Equal([2L], copy.ClaimIds);
    }
}

using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Tests.Storage;

public sealed class LedgerJsonTests
{
    [Fact]
    public void Deserialize_Span_RoundTripsStartAndEnd()
    {
        var span = new Span(17, 42);

        var json = LedgerJson.Serialize(span);

        Assert.Equal(span, LedgerJson.Deserialize<Span>(json));
    }

    [Fact]
    public void Deserialize_ImmutableArrayOfRecords_RoundTripsInOrder()
    {
        ImmutableArray<Quantity> quantities = [new Quantity(1.45, "km", new Span(3, 17), "about"), new Quantity(12, "attacks", new Span(30, 37))];

        var back = LedgerJson.Deserialize<ImmutableArray<Quantity>>(LedgerJson.Serialize(quantities));

        Assert.Equal<Quantity>(quantities, back);
    }

    [Fact]
    public void Serialize_Span_WritesStartAndEndOnly()
    {
        Assert.Equal("{\"start\":3,\"end\":17}", LedgerJson.Serialize(new Span(3, 17)));
    }

    [Fact]
    public void Deserialize_SpanEndingBeforeItsStart_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LedgerJson.Deserialize<Span>("{\"start\":9,\"end\":2}"));
    }

    [Fact]
    public void Serialize_DefaultImmutableArray_IsWrittenEmptyAndReadBackInitialised()
    {
        var hedgeless = new Claim(new Span(0, 5), "Бахмут", ClaimKind.Other, null, null, default, null, default, null, false, AttributionChain.OwnVoice("ТАСС"));

        var back = LedgerJson.Deserialize<Claim>(LedgerJson.Serialize(hedgeless));

        Assert.Equal((false, 0, false, 0), (back.Places.IsDefault, back.Places.Length, back.Quantities.IsDefault, back.Quantities.Length));
    }

    [Fact]
    public void Serialize_Cyrillic_IsWrittenAsIs()
    {
        var json = LedgerJson.Serialize(new Hedge("нібито", new Span(0, 6)));

        Assert.Contains("\"words\":\"нібито\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_Enums_UseSnakeCaseNames()
    {
        var json = LedgerJson.Serialize(new SourceRef("Рыбарь", SourceKind.MilbloggerChannel, Side.RU));

        Assert.Contains("\"kind\":\"milblogger_channel\",\"side\":\"ru\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumName_IsTheJsonValue()
    {
        Assert.Equal(JsonSerializer.Serialize(ClaimKind.RepelledAttack, LedgerJson.Options), $"\"{LedgerJson.EnumName(ClaimKind.RepelledAttack)}\"");
    }

    [Fact]
    public void ParseEnum_JsonName_ReturnsTheValue()
    {
        Assert.Equal(ClaimKind.TerritorialControl, LedgerJson.ParseEnum<ClaimKind>("territorial_control"));
    }
}

using System.Text.Json;
using Triangulate.Tests.Places;

namespace Triangulate.Tests.Cli;

/// <summary><c>places resolve|show|alias add|import geonames</c> run in-process against the bundled gazetteer.</summary>
public sealed class PlacesCommandTests
{
    [Fact]
    public async Task Resolve_Json_GivesOneObjectPerNameWithTheRenamedPlaceFirst()
    {
        var result = await CliRunner.RunAsync("places", "resolve", "Dzerzhinsk", "Chasov Yar", "--format", "json", "--db", "no-such-ledger.db");

        var answers = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["Dzerzhinsk", "Chasov Yar"], answers.Select(a => a.GetProperty("query").GetString()));
        Assert.Equal(
            [GazetteerFixture.Toretsk, GazetteerFixture.ChasivYar],
            answers.Select(a => a.GetProperty("candidates")[0].GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Resolve_Json_CandidatesCarryTheContractFields()
    {
        var result = await CliRunner.RunAsync("places", "resolve", "Торецьк", "--format", "json", "--db", "no-such-ledger.db");

        var candidate = JsonDocument.Parse(result.Output).RootElement[0].GetProperty("candidates")[0];
        foreach (var field in new[] { "id", "name", "kind", "lat", "lon", "admin", "score" })
        {
            Assert.True(candidate.TryGetProperty(field, out _), $"candidate lacks {field}");
        }
    }

    [Fact]
    public async Task Resolve_ContextNamingAnOblast_RaisesThePlaceInThatOblast()
    {
        var bare = await CliRunner.RunAsync("places", "resolve", "Pokrovske", "--format", "json", "--db", "no-such-ledger.db");
        var placed = await CliRunner.RunAsync("places", "resolve", "Pokrovske", "--context", "Дніпропетровська область", "--format", "json", "--db", "no-such-ledger.db");

        static string? AdminOfBest(string json) => JsonDocument.Parse(json).RootElement[0].GetProperty("candidates")[0].GetProperty("admin").GetString();
        Assert.DoesNotContain("Дніпропетровська", AdminOfBest(bare.Output));
        Assert.StartsWith("Дніпропетровська", AdminOfBest(placed.Output));
    }

    [Fact]
    public async Task Resolve_Date_WeighsTheFrontLineOfThatMonth()
    {
        var result = await CliRunner.RunAsync("places", "resolve", "Novotoretske", "--date", "2025-01-15", "--format", "json", "--db", "no-such-ledger.db");

        var best = JsonDocument.Parse(result.Output).RootElement[0].GetProperty("candidates")[0];
        Assert.Contains("near the front line on 2025-01-15", best.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_DateNotIso_IsRefusedNamingTheOption()
    {
        var result = await CliRunner.RunAsync("places", "resolve", "Novotoretske", "--date", "15.01.2025", "--db", "no-such-ledger.db");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--date", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolve_UnknownName_ExitsNotFound()
    {
        var result = await CliRunner.RunAsync("places", "resolve", "Qwzrtyxville", "--db", "no-such-ledger.db");

        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task Show_Toretsk_ListsItsFormerName()
    {
        var result = await CliRunner.RunAsync("places", "show", GazetteerFixture.Toretsk, "--format", "json", "--db", "no-such-ledger.db");

        var names = JsonDocument.Parse(result.Output).RootElement.GetProperty("names").EnumerateArray()
            .Where(n => n.GetProperty("validTo").ValueKind != JsonValueKind.Null).Select(n => n.GetProperty("text").GetString());
        Assert.Contains("Дзержинськ", names);
    }

    [Fact]
    public async Task AliasAdd_ThenResolve_FindsThePlaceByTheAnalystsName()
    {
        using var temp = new TempDirectory();
        var database = temp.File("ledger.db");

        var added = await CliRunner.RunAsync("places", "alias", "add", GazetteerFixture.Toretsk, "Дзержа", "--db", database);
        var resolved = await CliRunner.RunAsync("places", "resolve", "Дзержа", "--format", "json", "--db", database);

        Assert.Equal(0, added.ExitCode);
        Assert.Equal(GazetteerFixture.Toretsk, JsonDocument.Parse(resolved.Output).RootElement[0].GetProperty("candidates")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AliasAdd_UnknownPlace_IsRefused()
    {
        using var temp = new TempDirectory();

        var result = await CliRunner.RunAsync("places", "alias", "add", "osm:node/1", "Nowhere", "--db", temp.File("ledger.db"));

        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task ImportGeoNames_PlaceTableAndAlternateNames_AreResolvedFromTheLedger()
    {
        using var temp = new TempDirectory();
        var database = temp.File("ledger.db");
        var places = temp.Write("UA.txt",
            "9990001\tZarichne Druhe\tZarichne Druhe\t\t48.71234\t37.41234\tP\tPPL\tUA\t\t14\t\t\t\t120\t\t180\tEurope/Kyiv\t2024-01-15\n" +
            "9990002\tStavok\tStavok\t\t48.7\t37.4\tH\tLK\tUA\t\t14\t\t\t\t0\t\t170\tEurope/Kyiv\t2024-01-15\n");
        var names = temp.Write("alternateNamesV2.txt",
            "88000001\t9990001\tuk\tЗарічне Друге\t\t\t\t\t\t\n" +
            "88000002\t9990001\tde\tZaritschne Zwei\t\t\t\t\t\t\n");

        var imported = await CliRunner.RunAsync("places", "import", "geonames", places, names, "--db", database);
        var resolved = await CliRunner.RunAsync("places", "resolve", "Зарічному Другому", "--format", "json", "--db", database);

        Assert.Contains("imported 1 places and 1 names", imported.Output);
        Assert.Equal("geonames:9990001", JsonDocument.Parse(resolved.Output).RootElement[0].GetProperty("candidates")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task AliasAdd_ThenIngest_FindsThePlaceInReports()
    {
        using var temp = new TempDirectory();
        var database = temp.File("ledger.db");
        var report = temp.Write("r.jsonl", """{"id":"a1","publisher":"Test","text":"Бои у Дзержи продолжаются третий день."}""" + "\n");

        await CliRunner.RunAsync("places", "alias", "add", GazetteerFixture.Toretsk, "Дзержа", "--db", database);
        await CliRunner.RunAsync("ingest", report, "--db", database);
        var shown = await CliRunner.RunAsync("show", "r1", "--format", "json", "--db", database);

        var places = JsonDocument.Parse(shown.Output).RootElement.GetProperty("places").EnumerateArray();
        Assert.Contains(places, p => p.GetProperty("id").GetString() == GazetteerFixture.Toretsk);
    }
}

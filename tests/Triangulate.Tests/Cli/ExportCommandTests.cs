using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Triangulate.Export;

namespace Triangulate.Tests.Cli;

/// <summary>
/// <c>claims</c> and <c>events</c> exported as CSV and GeoJSON over the samples' ledger, read back by a CSV parser and
/// by NetTopologySuite, against the same listing as JSON: nothing cut, nothing lost.
/// </summary>
public sealed class ExportCommandTests(SampleLedgerFixture ledger) : IClassFixture<SampleLedgerFixture>, IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };

    private async Task<List<Dictionary<string, string>>> CsvAsync(params string[] args)
    {
        var file = temp.File(Guid.NewGuid().ToString("N") + ".csv");
        var result = await CliRunner.RunAsync([.. args, "--format", "csv", "--out", file, "--db", ledger.Database]);
        Assert.Equal(0, result.ExitCode);
        using var reader = CsvReader.Create(new StreamReader(file), null, leaveOpen: false);
        reader.ReadHeader();
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            Assert.Equal(header.Length, reader.FieldCount);
            rows.Add(header.Select((name, i) => (name, i)).ToDictionary(pair => pair.name, pair => reader.GetString(pair.i) ?? "", StringComparer.Ordinal));
        }
        return rows;
    }

    private async Task<FeatureCollection> GeoJsonAsync(params string[] args)
    {
        var file = temp.File(Guid.NewGuid().ToString("N") + ".geojson");
        var result = await CliRunner.RunAsync([.. args, "--format", "geojson", "--out", file, "--db", ledger.Database]);
        Assert.Equal(0, result.ExitCode);
        return JsonSerializer.Deserialize<FeatureCollection>(await File.ReadAllTextAsync(file), GeoJson)!;
    }

    private async Task<List<JsonElement>> JsonAsync(params string[] args)
    {
        var result = await CliRunner.RunAsync([.. args, "--format", "json", "--db", ledger.Database]);
        Assert.Equal(0, result.ExitCode);
        return [.. JsonDocument.Parse(result.Output).RootElement.Clone().EnumerateArray()];
    }

    /// <summary>A GeoJSON property as the CSV cell of the same column writes it.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };

    [Fact]
    public async Task Claims_Csv_ReadBackByACsvParser_HasEveryClaimWithItsWholeTextIdsAndCoordinates()
    {
        var csv = await CsvAsync("claims", "--limit", "10000");
        var json = await JsonAsync("claims", "--limit", "10000");

        Assert.Equal(ExportTables.Claims.Select(column => column.Name), csv[0].Keys);
        Assert.Equal(json.Count, csv.Count);
        foreach (var (row, claim) in csv.Zip(json))
        {
            Assert.Equal("c" + claim.GetProperty("id").GetInt64(), row["id"]);
            Assert.Equal("r" + claim.GetProperty("reportId").GetInt64(), row["reportId"]);
            Assert.Equal(claim.GetProperty("text").GetString(), row["text"]);
            Assert.Equal(claim.GetProperty("origin").GetProperty("name").GetString(), row["origin"]);
            Assert.Equal(claim.GetProperty("hedged").GetBoolean(), bool.Parse(row["hedged"]));
            Assert.Equal(claim.GetProperty("startCp").GetInt32(), int.Parse(row["startCp"], CultureInfo.InvariantCulture));
            Assert.Equal(claim.GetProperty("published").GetDateTimeOffset(), DateTimeOffset.Parse(row["published"], CultureInfo.InvariantCulture));
            var located = claim.GetProperty("places").EnumerateArray().FirstOrDefault(p => p.GetProperty("lat").ValueKind == JsonValueKind.Number);
            if (located.ValueKind == JsonValueKind.Object)
            {
                Assert.Equal(located.GetProperty("lat").GetDouble(), double.Parse(row["lat"], CultureInfo.InvariantCulture));
                Assert.Equal(located.GetProperty("lon").GetDouble(), double.Parse(row["lon"], CultureInfo.InvariantCulture));
            }
            else
            {
                Assert.Equal("", row["lat"]);
            }
        }
        Assert.Contains(csv, row => row["text"].Length > 70);
    }

    [Fact]
    public async Task Claims_Csv_CarriesEachClaimsEnglishSummary_WhateverTheLanguageOfItsText()
    {
        var csv = await CsvAsync("claims", "--limit", "10000");
        var json = await JsonAsync("claims", "--limit", "10000");

        Assert.Equal(json.Select(claim => claim.GetProperty("summary").GetString()), csv.Select(row => row["summary"]));
        Assert.All(csv, row => Assert.NotEqual("", row["summary"]));
        Assert.Contains(csv, row => row["text"].Any(c => c is >= 'А' and <= 'я') && !row["summary"].Any(c => c is >= 'А' and <= 'я'));
    }

    [Fact]
    public async Task Claims_GeoJson_ReadBackByNetTopologySuite_CarriesEveryCsvColumnOfItsClaim()
    {
        var features = await GeoJsonAsync("claims", "--limit", "10000");
        var csv = (await CsvAsync("claims", "--limit", "10000")).ToDictionary(row => row["id"]);
        var json = (await JsonAsync("claims", "--limit", "10000")).ToDictionary(claim => "c" + claim.GetProperty("id").GetInt64());

        Assert.NotEmpty(features);
        foreach (var feature in features)
        {
            var id = (string)feature.Attributes["id"];
            foreach (var (column, cell) in csv[id].Where(pair => pair.Key is not ("lat" or "lon")))
            {
                Assert.Equal(cell, Cell(feature.Attributes[column]));
            }
            var point = Assert.IsType<Point>(feature.Geometry);
            Assert.Contains(json[id].GetProperty("places").EnumerateArray(), place =>
                place.GetProperty("lat").ValueKind == JsonValueKind.Number
                && place.GetProperty("lat").GetDouble() == point.Y && place.GetProperty("lon").GetDouble() == point.X);
        }
        var locatedPlaces = json.Values.Sum(claim => claim.GetProperty("places").EnumerateArray().Count(p => p.GetProperty("lat").ValueKind == JsonValueKind.Number));
        Assert.Equal(locatedPlaces, features.Count);
    }

    [Fact]
    public async Task Events_Csv_ReadBackByACsvParser_HasOneRowPerEventWithCountsInTheirOwnColumns()
    {
        var csv = await CsvAsync("events");
        var json = await JsonAsync("events");

        Assert.Equal(ExportTables.Events.Select(column => column.Name), csv[0].Keys);
        Assert.Equal(json.Count, csv.Count);
        foreach (var (row, e) in csv.Zip(json))
        {
            Assert.Equal("e" + e.GetProperty("id").GetInt64(), row["id"]);
            Assert.Equal(e.GetProperty("independentOrigins").GetInt32(), int.Parse(row["independentOrigins"], CultureInfo.InvariantCulture));
            var bySide = e.GetProperty("independentOriginsBySide");
            Assert.Equal(bySide.GetProperty("RU").GetInt32(), int.Parse(row["independentOriginsRU"], CultureInfo.InvariantCulture));
            Assert.Equal(bySide.GetProperty("UA").GetInt32(), int.Parse(row["independentOriginsUA"], CultureInfo.InvariantCulture));
            Assert.Equal(bySide.GetProperty("other").GetInt32(), int.Parse(row["independentOriginsOther"], CultureInfo.InvariantCulture));
            Assert.Equal(e.GetProperty("reports").GetInt32(), int.Parse(row["reports"], CultureInfo.InvariantCulture));
            Assert.Equal(e.GetProperty("credibility").GetString(), row["credibility"]);
            Assert.Equal(e.GetProperty("claims")[0].GetProperty("text").GetString(), row["text"]);
            // An event whose claims are all undated (reprints with no date) has no days: both cells are empty.
            Assert.Matches(@"^(\d{4}-\d{2}-\d{2})?$", row["from"]);
            Assert.Equal(row["from"].Length == 0, row["to"].Length == 0);
            if (e.GetProperty("places").GetArrayLength() > 0)
            {
                Assert.Equal(e.GetProperty("places")[0].GetProperty("lat").GetDouble(), double.Parse(row["lat"], CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public async Task Events_Csv_CarriesTheEnglishSummaryOfTheClaimWhoseTextItGives()
    {
        var csv = await CsvAsync("events");
        var json = await JsonAsync("events");

        Assert.Equal(json.Select(e => e.GetProperty("claims")[0].GetProperty("summary").GetString()), csv.Select(row => row["summary"]));
        Assert.All(csv, row => Assert.NotEqual("", row["summary"]));
    }

    [Fact]
    public async Task Events_GeoJson_ReadBackByNetTopologySuite_HasEveryLocatedEventWithItsCsvColumns()
    {
        var features = await GeoJsonAsync("events");
        var csv = await CsvAsync("events");

        var located = csv.Where(row => row["lat"].Length > 0).ToDictionary(row => row["id"]);
        Assert.Equal(located.Count, features.Count);
        foreach (var feature in features)
        {
            var row = located[(string)feature.Attributes["id"]];
            foreach (var (column, cell) in row.Where(pair => pair.Key is not ("lat" or "lon")))
            {
                Assert.Equal(cell, Cell(feature.Attributes[column]));
            }
            var point = Assert.IsType<Point>(feature.Geometry);
            Assert.Equal(double.Parse(row["lat"], CultureInfo.InvariantCulture), point.Y);
            Assert.Equal(double.Parse(row["lon"], CultureInfo.InvariantCulture), point.X);
        }
    }

    [Fact]
    public async Task Out_WritesTheFileAndSaysWhereOnTheTerminal()
    {
        var file = temp.File("reports.csv");

        var result = await CliRunner.RunAsync("reports", "--format", "csv", "--out", file, "--db", ledger.Database);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(file, result.Output, StringComparison.Ordinal);
        Assert.StartsWith(string.Join(",", ExportTables.Reports.Select(column => column.Name)), await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_IntoAMissingFolder_FailsNamingTheFolder()
    {
        var folder = temp.File("no-such-folder");

        var result = await CliRunner.RunAsync("claims", "--format", "csv", "--out", Path.Combine(folder, "claims.csv"), "--db", ledger.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(folder, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_GeoJsonForReports_IsRefusedSayingWhichListingsHaveIt()
    {
        var result = await CliRunner.RunAsync("reports", "--format", "geojson", "--db", ledger.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("geojson is for claims and events", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Triangulate.Cli", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Format_CsvForShow_IsRefusedRatherThanPrintingTheTable()
    {
        var result = await CliRunner.RunAsync("show", "r1", "--format", "csv", "--db", ledger.Database);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--format takes table or json here, not 'csv'", result.Error, StringComparison.Ordinal);
    }
}

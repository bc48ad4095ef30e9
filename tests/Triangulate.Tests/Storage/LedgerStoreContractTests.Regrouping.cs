using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>An ingest regroups only what its claims touch, and stores what a regrouping of the whole ledger would.</summary>
public abstract partial class LedgerStoreContractTests
{
    private static readonly string[] UkrainianTowns = ["Торецьк", "Часів Яр", "Покровськ", "Бахмут", "Курахове", "Вугледар", "Авдіївка", "Селидове"];
    private static readonly string[] RussianTowns = ["Торецк", "Часов Яр", "Покровск", "Бахмут", "Курахово", "Угледар", "Авдеевка", "Селидово"];
    private static readonly string[] EnglishTowns = ["Toretsk", "Chasiv Yar", "Pokrovsk", "Bakhmut", "Kurakhove", "Vuhledar", "Avdiivka", "Selydove"];

    /// <summary>
    /// Reports of the shapes corroboration treats apart, over 80 days and eight towns: captures and strikes claimed by
    /// Russia's ministry, their denials by Ukraine's spokesmen (some undated, some not saying what they deny, so that they
    /// are set against the one claim they could deny while there is one), bulletins of repelled attacks naming two towns,
    /// strikes told by Ukraine's side and their tolls (which join the one strike at their town their origin stands
    /// behind; told with no place, the one toll at a town their origin gave the same head count), claims with no place,
    /// captures told only by their oblast (which join the one capture inside it their origin stands behind), strikes
    /// told only by the river (which join the one strike within its reach their origin told in those days), planes of
    /// prisoners and their tolls (which join the one prisoners event of their count their origin stands behind), and
    /// reprints of each under other publishers.
    /// </summary>
    private static List<Report> RegroupingReports(int seed)
    {
        var random = new Random(seed);
        var reports = new List<Report>();
        for (var n = 0; reports.Count < 90; n++)
        {
            var town = random.Next(UkrainianTowns.Length);
            var other = (town + 1 + random.Next(UkrainianTowns.Length - 1)) % UkrainianTowns.Length;
            DateTimeOffset? published = random.Next(6) == 0 ? null : IngestTime.AddDays(random.Next(80)).AddHours(random.Next(24));
            var prisoners = random.Next(2) == 0 ? 65 : 74;
            var (publisher, language, text) = random.Next(14) switch
            {
                12 => ("ТАСС", "ru", $"Министерство обороны России заявило, что на борту самолёта были {prisoners} украинских военнопленных."),
                11 => ("Reuters", "en", $"At least {prisoners} Ukrainian prisoners of war were killed in the crash, Russia's defence ministry said."),
                10 => ("Reuters", "en", "Russia's defence ministry said its forces struck Ukrainian boats on the Dnipro River."),
                9 => ("Reuters", "en", $"At least {random.Next(12, 15)} people were killed in {EnglishTowns[town]}, the regional governor said."),
                13 => ("Reuters", "en", $"At least {random.Next(12, 15)} people were killed, the regional governor said."),
                8 => ("Reuters", "en", "Russia's defence ministry said its forces had captured another settlement in the Donetsk region."),
                6 => ("Укрінформ", "uk", $"Речник Хортиці Назар Волошин заявив, що повідомлення про події в місті {UkrainianTowns[town]} не відповідають дійсності."),
                7 => ("Reuters", "en", $"Russia's defence ministry said its forces struck Ukrainian army positions in {EnglishTowns[town]} with drones."),
                0 => ("ТАСС", "ru", $"Министерство обороны России заявило, что подразделения группировки «Южная» освободили населённый пункт {RussianTowns[town]}."),
                1 => ("Укрінформ", "uk", $"Речник Хортиці Назар Волошин заявив, що інформація про захоплення міста {UkrainianTowns[town]} не відповідає дійсності."),
                2 => ("Генштаб ЗСУ", "uk", $"Минулої доби противник {random.Next(2, 12)} разів атакував позиції наших захисників поблизу міст {UkrainianTowns[town]} та {UkrainianTowns[other]}."),
                3 => ("Reuters", "en", $"Russian forces struck {EnglishTowns[town]} with drones and guided bombs overnight, the regional governor said."),
                4 => ("Генштаб ЗСУ", "uk", $"Противник {random.Next(2, 30)} разів намагався просунутися вперед, усі атаки відбито."),
                _ => ("Reuters", "en", $"Russia's defence ministry said its forces had captured {EnglishTowns[town]} in eastern Ukraine."),
            };
            reports.Add(new Report($"r{seed}-{n}", publisher, $"https://example.org/{seed}/{n}", published, language, null, text, new InputLocation("regrouping.jsonl", n)));
            if (random.Next(4) == 0)
            {
                reports.Add(new Report($"r{seed}-{n}-copy", "Aggregator " + random.Next(3), $"https://copies.example.org/{seed}/{n}",
                    published?.AddHours(random.Next(1, 30)), language, null, text, new InputLocation("regrouping.jsonl", n)));
            }
        }
        return reports;
    }

    /// <summary>
    /// The property: whatever order reports come in and however they are cut into batches, with analysts' merges, splits
    /// and verdicts made between batches, the events stored after each batch's partial regrouping are those a
    /// regrouping of the whole ledger gives — members, origins, grades, links and verdicts, document by document.
    /// </summary>
    [SkippableTheory]
    [InlineData(5, 1)]
    [InlineData(2, 4)]
    [InlineData(3, 12)]
    [InlineData(4, 30)]
    public async Task RefreshAsync_RandomBatchOrdersAndSizes_StoresWhatAWholeRegroupingGives(int seed, int largestBatch)
    {
        var random = new Random(seed);
        var reports = RegroupingReports(seed).OrderBy(_ => random.Next()).ToList();
        var registry = SourceRegistry.LoadDefault();
        var service = new CorroborationService(Store, registry, new FixedTimeProvider(IngestTime));
        var contradictions = 0;
        for (var start = 0; start < reports.Count;)
        {
            var size = Math.Min(reports.Count - start, random.Next(1, largestBatch + 1));
            await Store.SaveAsync(IngestAnalyzer.Value.AnalyzeAll(reports.GetRange(start, size)));
            start += size;
            await service.RefreshAsync();
            var stored = await Store.ListEventsAsync();
            Assert.Equal(await WholeRegroupingAsync(service), stored.Select(e => (e.Id, e.ClaimIds, e.Document)).ToList(), new StoredEventComparer());
            contradictions += stored.Count(e => e.Document.Contains("\"contradicts\":[", StringComparison.Ordinal) && !e.Document.Contains("\"contradicts\":[]", StringComparison.Ordinal));
            if (start > reports.Count / 3 && (await Store.ListEventOverridesAsync()).Count == 0)
            {
                await AnalystsEditAsync(service, stored, random);
            }
        }
        Assert.True(contradictions > 0, "no batch left contradicting events, so the links went untested");
    }

    [SkippableFact]
    public async Task GetSettingAsync_KeepsTheLastValueSetUnderAName()
    {
        Assert.Null(await Store.GetSettingAsync("grouped_by"));
        await Store.SetSettingAsync("grouped_by", "1.0.0+aaaa");
        await Store.SetSettingAsync("grouped_by", "1.0.0+bbbb");
        Assert.Equal("1.0.0+bbbb", await Store.GetSettingAsync("grouped_by"));
        Assert.Null(await Store.GetSettingAsync("another"));
    }

    /// <summary>
    /// After an upgrade the stored events are what the old build's rules made of the ledger (here one event's document is
    /// another's); the next ingest regroups the whole ledger, not only its own buckets, and records this build, so the
    /// ingest after it is partial again.
    /// </summary>
    [SkippableFact]
    public async Task RefreshAsync_EventsGroupedByAnotherBuild_RegroupsTheWholeLedgerOnce()
    {
        var reports = RegroupingReports(7);
        var service = new CorroborationService(Store, SourceRegistry.LoadDefault(), new FixedTimeProvider(IngestTime));
        await Store.SaveAsync(IngestAnalyzer.Value.AnalyzeAll(reports.GetRange(0, 40)));
        await service.RefreshAsync();
        Assert.Equal(GroupingBuild.Current, await Store.GetSettingAsync(LedgerSettingNames.GroupedBy));
        await StoreEventsAnOlderBuildMadeAsync();

        await Store.SaveAsync(IngestAnalyzer.Value.AnalyzeAll(reports.GetRange(40, 1)));
        var upgraded = await service.RefreshAsync();
        await Store.SaveAsync(IngestAnalyzer.Value.AnalyzeAll(reports.GetRange(41, 1)));
        var next = await service.RefreshAsync();

        Assert.True(upgraded.Whole);
        Assert.False(next.Whole);
        Assert.Equal(GroupingBuild.Current, await Store.GetSettingAsync(LedgerSettingNames.GroupedBy));
        Assert.Equal(await WholeRegroupingAsync(service), (await Store.ListEventsAsync()).Select(e => (e.Id, e.ClaimIds, e.Document)).ToList(), new StoredEventComparer());
    }

    /// <summary>Opening a ledger an older build grouped (as every command that shows events does) regroups it, new claims or not.</summary>
    [SkippableFact]
    public async Task ResumeAsync_EventsGroupedByAnotherBuild_RegroupsWithoutNewClaims()
    {
        var service = new CorroborationService(Store, SourceRegistry.LoadDefault(), new FixedTimeProvider(IngestTime));
        await Store.SaveAsync(IngestAnalyzer.Value.AnalyzeAll(RegroupingReports(8).GetRange(0, 40)));
        await service.RefreshAsync();
        Assert.False(await service.ResumeAsync());
        await StoreEventsAnOlderBuildMadeAsync();

        Assert.True(await service.ResumeAsync());
        Assert.Equal(await WholeRegroupingAsync(service), (await Store.ListEventsAsync()).Select(e => (e.Id, e.ClaimIds, e.Document)).ToList(), new StoredEventComparer());
    }

    /// <summary>Stands in for events an older build grouped: one event's document replaced by another's, keys kept, stamped by that build.</summary>
    private async Task StoreEventsAnOlderBuildMadeAsync()
    {
        var events = await Store.ListEventsAsync();
        Assert.True(events.Count > 1, "the first batch made fewer than two events");
        var first = Assert.Single(await Store.FindEventsAsync(new EventSelection { Ids = [events[0].Id] }));
        await Store.UpdateEventsAsync([], [first with { Document = events[1].Document }]);
        await Store.SetSettingAsync(LedgerSettingNames.GroupedBy, "1.0.0+an-older-build");
    }

    /// <summary>A merge of two events, a split of one, and a verdict on an event that others contradict.</summary>
    private static async Task AnalystsEditAsync(CorroborationService service, IReadOnlyList<StoredEvent> events, Random random)
    {
        var several = events.Where(e => e.ClaimIds.Length > 1).ToList();
        if (several.Count > 0)
        {
            var split = several[random.Next(several.Count)];
            Assert.True((await service.SplitAsync(split.Id, [split.ClaimIds[^1]], "analyst", "a different day")).Done);
        }
        var current = await service.ListEventsAsync();
        var pair = current.OrderBy(_ => random.Next()).Take(2).Select(e => e.Id).ToList();
        Assert.True((await service.MergeAsync(pair, "analyst", "one assault")).Done);
        current = await service.ListEventsAsync();
        var contradicted = current.FirstOrDefault(e => e.Contradicts.Length > 0) ?? current[0];
        Assert.True((await service.RecordVerdictAsync(VerdictTarget.Event, contradicted.Id, VerdictValue.Confirmed, "analyst", null)).Done);
    }

    /// <summary>What a regrouping of the whole ledger would store, computed beside the stored events without replacing them.</summary>
    private async Task<List<(long Id, ImmutableArray<long> ClaimIds, string Document)>> WholeRegroupingAsync(CorroborationService service)
    {
        var sources = await service.SourcesAsync();
        var result = Corroborator.Run(
            await service.ReadFactsAsync(),
            await Store.ListEventOverridesAsync(),
            await Store.ListVerdictsAsync(),
            new EvidenceSet(new ControlMapIndex(await Store.ListControlMapsAsync()), [.. await Store.ListOccupationEntriesAsync()]),
            new Affiliations(sources.Sources));
        return [.. result.Events.Select(e => (e.Id, e.Claims.Select(c => c.ClaimId).Order().ToImmutableArray(), LedgerJson.Serialize(e)))];
    }

    private sealed class StoredEventComparer : IEqualityComparer<(long Id, ImmutableArray<long> ClaimIds, string Document)>
    {
        public bool Equals((long Id, ImmutableArray<long> ClaimIds, string Document) x, (long Id, ImmutableArray<long> ClaimIds, string Document) y) =>
            x.Id == y.Id && x.ClaimIds.SequenceEqual(y.ClaimIds) && x.Document == y.Document;

        public int GetHashCode((long Id, ImmutableArray<long> ClaimIds, string Document) obj) => obj.Id.GetHashCode();
    }
}

using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Triangulate.Corroboration;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;

namespace Triangulate.Bench;

/// <summary>
/// Event grouping and the whole of corroboration (grouping, independence, contradictions, grades) over synthetic
/// claims shaped like a year and a half of front-line reporting: 1,500 places over the Donetsk front with a few hot
/// spots taking most claims, kinds and sides mixed, 300 origins and a handful of relays each.
/// <c>dotnet run -c Release --project bench/Triangulate.Bench -- grouping</c> prints the 10k/30k/100k curve;
/// BenchmarkDotNet runs <see cref="Group10k"/> for a steady figure.
/// </summary>
[MemoryDiagnoser]
public class EventGrouping
{
    private static readonly ClaimKind[] Kinds =
        [ClaimKind.TerritorialControl, ClaimKind.Advance, ClaimKind.Attack, ClaimKind.RepelledAttack, ClaimKind.Strike, ClaimKind.Casualties, ClaimKind.Denial];

    private ClaimFacts[] claims = [];

    [GlobalSetup]
    public void Setup() => claims = Synthetic(10_000, seed: 42);

    [Benchmark]
    public int Group10k() => EventGrouper.Group(claims).Length;

    public static int Run()
    {
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var warm = Synthetic(5_000, seed: 7);
        Corroborator.Run(warm, [], [], EvidenceSet.None, Affiliations.None);
        Console.WriteLine("every claim dated and of a known side:");
        Curve(undatedShare: 0);
        Console.WriteLine("one claim in ten undated and one in ten of no known side:");
        Curve(undatedShare: 0.1);
        return 0;
    }

    private static void Curve(double undatedShare)
    {
        Console.WriteLine("claims    events   grouping   per claim   all corroboration   per claim");
        double? baseline = null;
        foreach (var count in new[] { 10_000, 30_000, 100_000 })
        {
            var facts = Synthetic(count, seed: 42, undatedShare);
            var clock = Stopwatch.StartNew();
            var groups = EventGrouper.Group(facts);
            var grouping = clock.Elapsed;
            clock.Restart();
            Corroborator.Run(facts, [], [], EvidenceSet.None, Affiliations.None);
            var all = clock.Elapsed;
            var perClaim = grouping.TotalMicroseconds / count;
            baseline ??= perClaim;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count,7:N0}  {groups.Length,7:N0}  {grouping.TotalSeconds,7:F2} s  {perClaim,7:F1} µs  {all.TotalSeconds,14:F2} s  {all.TotalMicroseconds / count,8:F1} µs   (grouping per claim ×{perClaim / baseline:F2} of 10k)"));
        }
    }

    /// <summary>
    /// Deterministic synthetic claims: the same seed gives the same ledger. Each report's text is sketched, as the
    /// ledger sketches it when it reads the facts. With <paramref name="undatedShare"/>, that share of the claims is
    /// undated (a reprint with no date) and as many again of no known side, drawn after the rest so that the dated,
    /// sided ledger stays the same.
    /// </summary>
    public static ClaimFacts[] Synthetic(int count, int seed, double undatedShare = 0)
    {
        var random = new Random(seed);
        var places = Enumerable.Range(0, 1_500)
            .Select(i => new FactPlace($"bench:{i}", $"Place {i}", 47.6 + (random.NextDouble() * 1.4), 36.8 + (random.NextDouble() * 2.2), []))
            .ToArray();
        var origins = Enumerable.Range(0, 300)
            .Select(i => new FactSource($"source:{i}", $"Source {i}", i % 3 == 0 ? Side.UA : i % 3 == 1 ? Side.RU : Side.Other, SourceKind.Official, i % 2 == 0))
            .ToArray();
        var relays = Enumerable.Range(0, 40).Select(i => new FactSource($"relay:{i}", $"Outlet {i}", Side.Unknown, SourceKind.StateMedia, true)).ToArray();
        var start = new DateOnly(2024, 1, 1);
        var result = new ClaimFacts[count];
        for (var i = 0; i < count; i++)
        {
            // Squaring a uniform draw puts most claims on the first places: the hot spots of the front.
            var place = places[(int)(Math.Pow(random.NextDouble(), 2) * places.Length)];
            var kind = Kinds[random.Next(Kinds.Length)];
            var day = start.AddDays(random.Next(540));
            var origin = origins[random.Next(origins.Length)];
            var side = random.Next(2) == 0 ? Side.RU : Side.UA;
            var published = new DateTimeOffset(day.ToDateTime(new TimeOnly(random.Next(24), 0)), TimeSpan.Zero);
            var text = $"{kind} by {side} at {place.Name} on {day:yyyy-MM-dd} according to {origin.Name}, report {i % 97}";
            result[i] = new ClaimFacts(
                i + 1, $"{i:D8}:0", i + 1, $"ext-{i}", origin.Name, random.Next(3) switch { 0 => "ru", 1 => "uk", _ => "en" },
                new FactTime(day, day, TimePrecision.Day, TimeBasis.Published), published, kind, side, place, null, origin,
                [.. Enumerable.Range(0, random.Next(3)).Select(_ => relays[random.Next(relays.Length)])],
                text, false, false, ImmutableArray<double>.Empty, false)
            {
                Stance = kind == ClaimKind.Denial ? Stance.Denies : Stance.Asserts,
                ReportSketch = TextSketch.Of(text),
            };
        }
        var unusual = new Random(seed + 1);
        for (var i = 0; i < count; i++)
        {
            var draw = unusual.NextDouble();
            result[i] = draw < undatedShare ? result[i] with { Time = null, Published = null }
                : draw < 2 * undatedShare ? result[i] with { ActingSide = Side.Unknown }
                : result[i];
        }
        return result;
    }
}

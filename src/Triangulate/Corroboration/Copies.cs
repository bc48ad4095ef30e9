using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Text;

namespace Triangulate.Corroboration;

/// <summary>
/// A text as a bottom-k MinHash sketch of its normalised word shingles: words lower-cased, «ё» read as «е», cut to
/// their first <see cref="StemLength"/> letters (so that «освободили» and «освобождён», "captured" and "capture" meet,
/// and a case ending changed in a rewrite costs nothing), taken three at a time, each shingle hashed, and the
/// <see cref="Size"/> smallest hashes kept. Two sketches estimate how much of the shorter text the longer one holds,
/// which survives what reprints do: a headline, a "read also" box or a footer added, paragraphs cut, a word changed.
/// A text of fewer than <see cref="Size"/> shingles keeps them all, so short texts compare exactly.
/// </summary>
public sealed class TextSketch
{
    public const int Size = 64;
    public const int StemLength = 5;
    public const int ShingleWords = 3;

    private readonly ulong[] smallest;

    private TextSketch(ulong[] smallest, int shingles)
    {
        this.smallest = smallest;
        Shingles = shingles;
    }

    /// <summary>How many distinct shingles the text has.</summary>
    public int Shingles { get; }

    public static TextSketch Of(string text)
    {
        var words = TextTokens.Words(text);
        var stems = new ulong[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            stems[i] = StemHash(words[i].Text);
        }
        var hashes = new ulong[Math.Max(0, stems.Length - ShingleWords + 1)];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Mix(stems[i] ^ ulong.RotateLeft(stems[i + 1], 21) ^ ulong.RotateLeft(stems[i + 2], 42));
        }
        if (hashes.Length == 0 && stems.Length > 0)
        {
            // One or two words: the words themselves are the text's only shingle.
            hashes = [Mix(stems.Aggregate(0UL, (h, s) => ulong.RotateLeft(h, 21) ^ s))];
        }
        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }
        return new TextSketch(hashes[..Math.Min(distinct, Size)], distinct);
    }

    /// <summary>
    /// The estimated share of the shorter text's shingles that the other holds: from the Jaccard estimate J over the
    /// union's smallest hashes, |A ∩ B| = J (|A| + |B|) / (1 + J).
    /// </summary>
    public double Containment(TextSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Shingles == 0 || other.Shingles == 0)
        {
            return 0;
        }
        var jaccard = Jaccard(other);
        var shared = jaccard * (Shingles + other.Shingles) / (1 + jaccard);
        return Math.Min(1, shared / Math.Min(Shingles, other.Shingles));
    }

    /// <summary>The bottom-k estimate of the Jaccard similarity: of the union's smallest hashes, the share both texts hold.</summary>
    public double Jaccard(TextSketch other)
    {
        ArgumentNullException.ThrowIfNull(other);
        int i = 0, j = 0, taken = 0, both = 0;
        var a = smallest;
        var b = other.smallest;
        while (taken < Size && (i < a.Length || j < b.Length))
        {
            if (j >= b.Length || (i < a.Length && a[i] < b[j]))
            {
                // A hash of A beyond B's sketch is in B only if B's sketch is complete and holds it; it is not.
                if (j >= b.Length && other.Shingles > b.Length)
                {
                    break;
                }
                i++;
            }
            else if (i >= a.Length || b[j] < a[i])
            {
                if (i >= a.Length && Shingles > a.Length)
                {
                    break;
                }
                j++;
            }
            else
            {
                both++;
                i++;
                j++;
            }
            taken++;
        }
        return taken == 0 ? 0 : (double)both / taken;
    }

    private static ulong StemHash(string word)
    {
        // FNV-1a over the folded stem: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        var letters = 0;
        foreach (var c in word)
        {
            if (letters == StemLength)
            {
                break;
            }
            var folded = char.ToLowerInvariant(c) is var lower && lower == 'ё' ? 'е' : lower;
            hash = (hash ^ folded) * 1099511628211UL;
            letters++;
        }
        return hash;
    }

    // The finaliser of SplitMix64: spreads FNV's low-entropy high bits so that the smallest hashes are a fair sample.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Shingles} shingles");
}

/// <summary>
/// Whether one claim is a copy of another, and why: the one decision behind counting a reprint as one voice with its
/// original (<see cref="OriginIndependence"/>), dating an undated reprint by its original, joining unplaced reposts
/// (<see cref="EventGrouper"/>), and showing copies as one line in the provenance tree.
/// </summary>
public static class Copies
{
    /// <summary>
    /// A report that holds half the words of another (as normalised shingles) is its copy: a wire story on an
    /// aggregator, a TASS item on a regional site, lightly rewritten or cut. On the development corpus, reports of one
    /// relay group reach 0.5–1.0 and reports of different groups stay below 0.35.
    /// </summary>
    public const double ReportContainment = 0.5;

    /// <summary>A claim's own sentence copied: most of the shorter one's shingles in the other (a repost with a word added).</summary>
    public const double ClaimContainment = 0.6;

    /// <summary>Shorter claims than this many shingles ("Все атаки отбиты") are said alike by many and copy nothing.</summary>
    public const int MinimumClaimShingles = 4;

    /// <summary>Why claim b is a copy of claim a (or a of b), or null when it is not.</summary>
    public static string? Reason(ClaimFacts a, ClaimFacts b) => Reason(a, b, TextSketch.Of(a.Text), TextSketch.Of(b.Text));

    internal static string? Reason(ClaimFacts a, ClaimFacts b, TextSketch claimA, TextSketch claimB)
    {
        if (a.ReportId == b.ReportId)
        {
            return null;
        }
        if (a.Language == b.Language)
        {
            if (SameReportText(a, b) is { } shared)
            {
                return FormattableString.Invariant($"{a.Publisher} and {b.Publisher} carry one text (a copy line: {shared:P0} of the shorter report in the other)");
            }
            var contained = Math.Min(claimA.Shingles, claimB.Shingles) >= MinimumClaimShingles ? claimA.Containment(claimB) : 0;
            return contained >= ClaimContainment
                ? FormattableString.Invariant($"{a.Publisher} and {b.Publisher} carry near-identical text ({contained:P0} of the shorter claim in the other)")
                : null;
        }
        return a.Quotes && b.Quotes && a.Day is { } day && a.Day == b.Day && !a.Quantities.IsEmpty && a.Quantities.SequenceEqual(b.Quantities)
            ? FormattableString.Invariant($"{a.Publisher} ({a.Language}) and {b.Publisher} ({b.Language}) carry the same quoted statement with the same figures on {day:yyyy-MM-dd}")
            : null;
    }

    /// <summary>How much of the shorter report the other holds, when they are copies of one text; null otherwise.</summary>
    public static double? SameReportText(ClaimFacts a, ClaimFacts b) =>
        a.ReportId != b.ReportId && a.Language == b.Language && a.ReportSketch is { } sa && b.ReportSketch is { } sb
        && Math.Min(sa.Shingles, sb.Shingles) >= MinimumClaimShingles && sa.Containment(sb) is var shared && shared >= ReportContainment
            ? shared
            : null;

    /// <summary>
    /// The copy lines among an event's claims: reports that are copies of one text, joined pairwise and closed over
    /// chains (a reprint of a reprint), each line of two or more reports led by the earliest published report's claim.
    /// </summary>
    public static ImmutableArray<CopyLine> Lines(IReadOnlyList<ClaimFacts> claims)
    {
        var reports = claims.Where(c => c.ReportSketch is not null).GroupBy(c => c.ReportId).Select(g => g.MinBy(c => c.ClaimId)!).OrderBy(c => c.ReportId).ToList();
        var sets = new UnionFind(reports.Count);
        var reasons = new Dictionary<int, string>();
        for (var a = 0; a < reports.Count; a++)
        {
            for (var b = a + 1; b < reports.Count; b++)
            {
                if (sets.Find(a) != sets.Find(b) && SameReportText(reports[a], reports[b]) is { } shared)
                {
                    sets.Union(a, b);
                    reasons.TryAdd(a, FormattableString.Invariant($"{reports[a].Publisher} and {reports[b].Publisher} carry one text ({shared:P0} of the shorter report in the other)"));
                }
            }
        }
        var lineOfReport = Enumerable.Range(0, reports.Count).ToDictionary(i => reports[i].ReportId, sets.Find);
        return [.. Enumerable.Range(0, reports.Count)
            .GroupBy(sets.Find)
            .Where(line => line.Count() > 1)
            .Select(line =>
            {
                var members = claims.Where(c => lineOfReport.TryGetValue(c.ReportId, out var root) && root == line.Key).ToList();
                var lead = members.OrderBy(c => c.Published ?? DateTimeOffset.MaxValue).ThenBy(c => c.ClaimId).First();
                return new CopyLine(lead.ClaimId, [.. members.Select(c => c.ClaimId).Order()], string.Join("; ", line.Where(reasons.ContainsKey).Select(i => reasons[i])));
            })
            .OrderBy(line => line.Lead)];
    }
}

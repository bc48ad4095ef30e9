using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>A party named as saying or passing on what a sentence reports; <see cref="CitedAsOrigin"/> when the text marks it as the one cited.</summary>
public sealed record SpeakerMention(SourceRef Source, bool CitedAsOrigin);

/// <summary>What a sentence says about who says it: the parties named, and whether it refers back to the last speaker ("He added").</summary>
public sealed record SentenceAttribution(ImmutableArray<SpeakerMention> Speakers, bool RefersBack)
{
    public static SentenceAttribution None { get; } = new([], false);

    public bool NamesSpeakers => !Speakers.IsEmpty;
}

/// <summary>
/// Reads attribution from one sentence: registry sources wherever they appear next to a saying word, and speakers the
/// registry does not know ("a former Ukrainian prisoner stated", "заявил военкор …", "according to a local resident"),
/// with a kind guessed from how they are described.
/// </summary>
public sealed partial class AttributionReader(SourceRegistry registry)
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "him", "her", "them", "it", "он", "она", "они", "его", "её", "ее", "их", "він", "вона", "вони", "його", "її", "їх",
    };

    public SentenceAttribution Read(string text, string lowered, Span sentence)
    {
        var cues = ClaimLexicons.Attribution.FindAll(lowered, sentence);
        if (cues.IsEmpty)
        {
            return SentenceAttribution.None;
        }
        var refersBack = cues.Any(cue => cue.Value == AttributionCue.RefersBack);
        var citations = cues.Where(cue => cue.Value == AttributionCue.CitesOrigin).Select(cue => cue.Span).ToList();
        var known = registry.FindIn(text, sentence);
        var speakers = known.Select(match => match.ToRef())
            .Concat(UnknownSpeakers(text, sentence, known))
            .OrderBy(source => source.Span!.Value.Start)
            .Select(source => new SpeakerMention(source, citations.Any(cite => cite.End <= source.Span!.Value.Start && source.Span!.Value.Start - cite.End <= 30)))
            .ToImmutableArray();
        return new SentenceAttribution(speakers, refersBack);
    }

    private IEnumerable<SourceRef> UnknownSpeakers(string text, Span sentence, ImmutableArray<SourceMatch> known)
    {
        var slice = sentence.Slice(text);
        // Bare sentence-initial subjects and cited parties count only when described as a speaker ("Russian milbloggers
        // claimed"); article-led and named subjects of a saying verb count anyway.
        var phrases = new[] { (SubjectBeforeVerb(), true), (NameBeforeVerb(), true), (AccordingTo(), true), (SubjectAfterVerb(), true), (SentenceSubject(), false), (Cited(), false) }
            .SelectMany(pattern => pattern.Item1.Matches(slice).Select(match => (Group: match.Groups["np"], NamesSuffice: pattern.Item2)))
            .Where(found => found.Group.Success)
            .Select(found => (Span: new Span(sentence.Start + found.Group.Index, sentence.Start + found.Group.Index + found.Group.Length), found.NamesSuffice))
            .Where(found => !known.Any(match => match.Span.Overlaps(found.Span)))
            .DistinctBy(found => found.Span.Start);
        var taken = new List<Span>();
        foreach (var (span, namesSuffice) in phrases.OrderByDescending(found => found.Span.Length))
        {
            var written = span.Slice(text);
            if (Pronouns.Contains(written) || taken.Any(other => other.Overlaps(span)))
            {
                continue;
            }
            var kind = KindFromDescription(written)
                ?? (namesSuffice && written.Any(char.IsUpper) ? SourceKind.Individual : SourceKind.Unknown);
            if (kind == SourceKind.Unknown)
            {
                continue;
            }
            taken.Add(span);
            var role = StripArticle(written);
            yield return new SourceRef(written, kind, Side.Unknown, role == written ? null : role, null, written, span);
        }
    }

    /// <summary>The kind of party a description suggests ("військовий канал" → channel, "прес-служба" → official), or null.</summary>
    public static SourceKind? KindFromDescription(string description) =>
        ClaimLexicons.SpeakerKinds.FindFirst(description.ToLowerInvariant(), new Span(0, description.Length))?.Value;

    private static string StripArticle(string phrase)
    {
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the ", "A ", "An ", "The "])
        {
            if (phrase.StartsWith(article, StringComparison.Ordinal))
            {
                return phrase[article.Length..];
            }
        }
        return phrase;
    }

    private const string RussianUkrainianVerbs = "заявил[аи]?|сообщил[аи]?|рассказал[аи]?|написал[аи]?|утверждает|пишет|заявив|заявила|заявили|повідомив|повідомила|повідомили|розповів|розповіла|написав|написала|стверджує|пише";

    private const string EnglishVerbs = "said|says|stated|told|claimed|reported|wrote|added|observed|described|announced|confirmed";

    [GeneratedRegex(@"(?<np>\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}\p{N}’'\-]+\s+){0,5}?[\p{L}\p{N}’'\-]+)\s+(?:" + EnglishVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"^(?<np>(?:[\p{L}\p{N}’'\-]+\s+){0,4}?[\p{L}\p{N}’'\-]+)\s+(?:" + EnglishVerbs + "|" + RussianUkrainianVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"\b(?:citing|со ссылкой на|ссылаясь на|посилаючись на|з посиланням на)\s+(?<np>[\p{L}’'\-]+(?:\s+[\p{L}’'\-]+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cited();

    [GeneratedRegex(@"(?<np>\b(?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)\s+(?:" + EnglishVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameBeforeVerb();

    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Пп]о словам|[Пп]о данным|[Пп]о информации|[Зз]а словами|[Зз]а даними|[Зз]а інформацією)\s+(?<np>[^,.;:!?«»""“”]{2,70}?)(?=[,.;:!?]|\s+(?:that|что|що)\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:заявил[аи]?|сообщил[аи]?|рассказал[аи]?|написал[аи]?|добавил[аи]?|сказал[аи]?|отметил[аи]?|заявив|заявила|заявили|повідомив|повідомила|повідомили|розповів|розповіла|написав|написала|додав|додала|сказав|сказала|зазначив|зазначила)\s+(?<np>[^,.;:!?«»""“”]{3,80}?)(?=[,.;:!?]|\s+(?:что|що)\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectAfterVerb();
}

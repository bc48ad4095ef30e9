using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// A party named as saying or passing on what a sentence reports; <see cref="CitedAsOrigin"/> when the text marks it as
/// the one cited; <see cref="RefersBack"/> when it is only described ("the channel", "агентства", "бойцов") and so means
/// a party named before.
/// </summary>
public sealed record SpeakerMention(SourceRef Source, bool CitedAsOrigin, bool RefersBack = false);

/// <summary>
/// What a sentence says about who says it: the parties named, and whether it refers back to the last speaker ("He
/// added"). A sentence inside a longer quotation carries the quotation's speakers, named in the sentence that opens or
/// closes it.
/// </summary>
public sealed record SentenceAttribution(ImmutableArray<SpeakerMention> Speakers, bool RefersBack)
{
    public static SentenceAttribution None { get; } = new([], false);
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

    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "он", "она", "они", "він", "вона", "вони"], StringComparer.Ordinal);

    public SentenceAttribution Read(string text, string lowered, Span sentence)
    {
        var cues = ClaimLexicons.Attribution.FindAll(lowered, sentence);
        if (cues.IsEmpty && !text.AsSpan(sentence.Start, sentence.Length).Contains(':'))
        {
            // Without a saying word only a label ("Трегубов: …") could name a speaker.
            return SentenceAttribution.None;
        }
        var named = registry.FindIn(text, sentence);
        var label = Label(text, sentence, named);
        if (cues.IsEmpty)
        {
            return label is null ? SentenceAttribution.None : new SentenceAttribution([new SpeakerMention(label.ToRef(), false)], false);
        }
        var citations = cues.Where(cue => cue.Value == AttributionCue.CitesOrigin).Select(cue => cue.Span).ToList();
        var sayings = cues.Where(cue => cue.Value != AttributionCue.CitesOrigin).Select(cue => cue.Span).ToList();
        // "«…», — наголосив він": a saying word with a pronoun for its subject refers back as "He added" does.
        var refersBack = cues.Any(cue => cue.Value == AttributionCue.RefersBack)
            || sayings.Any(saying => SubjectPronouns.Contains(WordAfter(lowered, saying, sentence.End)));
        var known = named
            .Where((match, i) => match == label
                || (Speaks(text, lowered, match, i + 1 < named.Length ? named[i + 1] : null, sayings)
                    && !(i > 0 && InApposition(text, named[i - 1], match, cues))))
            .ToImmutableArray();
        var speakers = known.Select(match => (Source: match.ToRef(), Described: false))
            // A side named as a whole ("Окупанти", "the Kremlin") is a party of its own, never a description of one named before.
            .Concat(UnknownSpeakers(text, lowered, sentence, named, sayings)
                .Select(source => (Source: source, Described: source.Side == Side.Unknown && IsOnlyDescribed(source.Written ?? source.Name))))
            .OrderBy(found => found.Source.Span!.Value.Start)
            .Select(found => new SpeakerMention(
                found.Source,
                citations.Any(cite => cite.End <= found.Source.Span!.Value.Start && found.Source.Span!.Value.Start - cite.End <= 30),
                found.Described))
            .ToImmutableArray();
        return new SentenceAttribution(speakers, refersBack);
    }

    /// <summary>
    /// Whether a registry source named in an attributed sentence is one of its speakers. Not when it only describes the
    /// speaker named next ("представитель Минобороны России … Игорь Конашенков"), nor when it is the author of the
    /// statement being denied ("Заява Міноборони Росії … не відповідає дійсності"); a force's own name ("ЗСУ",
    /// "Ukraine's military") speaks only right before a saying word.
    /// </summary>
    private bool Speaks(string text, string lowered, SourceMatch match, SourceMatch? next, List<Span> sayings)
    {
        if (next is not null && next.Source.Id != match.Source.Id && match.Source.Kind is not (SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency)
            && next.Span.Start - match.Span.End <= 20
            && !text.AsSpan(match.Span.End, next.Span.Start - match.Span.End).ContainsAny(",.;:")
            && !sayings.Any(saying => saying.Start >= match.Span.End && saying.Start < next.Span.Start))
        {
            return false;
        }
        var before = lowered.AsSpan(0, match.Span.Start).TrimEnd().Length;
        if (ClaimLexicons.StatementNouns.FindAll(lowered, new Span(Math.Max(0, before - 20), before)).Any(noun => noun.Span.End == before))
        {
            return false;
        }
        return !registry.IsSubjectOnly(match.Source.Id)
            || sayings.Any(saying => saying.Start >= match.Span.End && saying.Start - match.Span.End <= 15
                && !text.AsSpan(match.Span.End, saying.Start - match.Span.End).ContainsAny(",.;:"));
    }

    /// <summary>
    /// The registry source a sentence is labelled with, as news headlines and direct-speech paragraphs name their speaker:
    /// "Кимаковский: российские бойцы заняли…", "Пряма мова Трегубова: «…»". It is the first source named, right before
    /// a colon, with at most two words before it.
    /// </summary>
    private static SourceMatch? Label(string text, Span sentence, ImmutableArray<SourceMatch> named)
    {
        if (named.IsEmpty)
        {
            return null;
        }
        var first = named[0];
        var before = text.AsSpan(sentence.Start, first.Span.Start - sentence.Start);
        var after = text.AsSpan(first.Span.End, sentence.End - first.Span.End).TrimStart("»”\"");
        return after.StartsWith(':') && !before.ContainsAny(",.;:!?—–«»\"“”()")
            && TextTokens.Words(text, new Span(sentence.Start, first.Span.Start)).Length <= 2
            ? first
            : null;
    }

    /// <summary>
    /// Whether a person or body is named inside the description set off after the speaker before it: "Igor Kimakovsky,
    /// an adviser to Denis Pushilin, told …" quotes Kimakovsky, and Pushilin only says whose adviser he is. The
    /// description opens with a comma and a lower-case word and holds no attribution word; outlets named there still
    /// speak ("…, speaking on Russia 24").
    /// </summary>
    private static bool InApposition(string text, SourceMatch previous, SourceMatch match, ImmutableArray<CueMatch<AttributionCue>> cues)
    {
        if (match.Source.Kind is SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency
            || previous.Source.Kind is SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency
            || match.Span.Start - previous.Span.End > 90)
        {
            return false;
        }
        var between = text.AsSpan(previous.Span.End, match.Span.Start - previous.Span.End);
        var opening = between.TrimStart();
        return opening.Length > 1 && opening[0] == ','
            && opening[1..].TrimStart() is { Length: > 0 } description && char.IsLower(description[0])
            && !between.ContainsAny(".;:«»\"“”")
            && !cues.Any(cue => cue.Span.Start >= previous.Span.End && cue.Span.Start < match.Span.Start);
    }

    /// <summary>
    /// "the channel", "агентства", "a brigade spokesperson", "главы ДНР", "Центру": a description without a proper name, or
    /// a bare word, standing for a party named before.
    /// </summary>
    private static bool IsOnlyDescribed(string written)
    {
        var words = StripArticle(written).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(word => !ClaimLexicons.Adverbs.Contains(word.ToLowerInvariant()))
            .ToList();
        return words.Count == 1 || (words.Count <= 3 && !words.Any(word => char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower)));
    }

    private IEnumerable<SourceRef> UnknownSpeakers(string text, string lowered, Span sentence, ImmutableArray<SourceMatch> known, List<Span> sayings)
    {
        var slice = sentence.Slice(text);
        // Bare sentence-initial subjects and cited parties count only when described as a speaker ("Russian milbloggers
        // claimed") or named as a side ("В Кремле заявили"); article-led and named subjects of a saying verb count anyway.
        var phrases = new[]
            {
                (SubjectBeforeVerb(), true), (NameBeforeVerb(), true), (AccordingTo(), true), (SubjectAfterVerb(), true), (SentenceSubject(), false), (Cited(), false),
                (InsideBody(), false), (PluralSubject(), false),
            }
            .SelectMany(pattern => pattern.Item1.Matches(slice).Select(match => (Group: match.Groups["np"], NamesSuffice: pattern.Item2)))
            .Where(found => found.Group.Success)
            .Select(found => (Span: new Span(sentence.Start + found.Group.Index, sentence.Start + found.Group.Index + found.Group.Length), found.NamesSuffice))
            .Concat(SidesSaying(text, lowered, sentence, sayings).Select(span => (Span: span, NamesSuffice: false)))
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
            var side = SideNamed(written);
            // A side speaking as a whole speaks through its authorities.
            var kind = KindFromDescription(written)
                ?? (side is not null ? SourceKind.Official : namesSuffice && written.Any(char.IsUpper) ? SourceKind.Individual : SourceKind.Unknown);
            if (kind == SourceKind.Unknown)
            {
                continue;
            }
            taken.Add(span);
            var role = StripArticle(written);
            yield return new SourceRef(written, kind, side ?? Side.Unknown, role == written ? null : role, null, written, span);
        }
    }

    /// <summary>
    /// Sides named as the subject of a saying word at the start of a clause: "Окупанти заявляють про захоплення …",
    /// "Russians claim …", "…; Kyiv denied it". A genitive before the verb ("Про втрати окупантів повідомляють у
    /// Генштабі") does not open a clause, and so is no speaker.
    /// </summary>
    private static IEnumerable<Span> SidesSaying(string text, string lowered, Span sentence, List<Span> sayings)
    {
        foreach (var side in ClaimLexicons.SideGroups.FindAll(lowered, sentence))
        {
            var span = new Span(side.Span.Start, WordEnd(text, side.Span.End, sentence.End));
            var next = SkipAdverb(lowered, SkipSpaces(text, span.End, sentence.End), sentence.End);
            if (sayings.Any(saying => saying.Start == next) && OpensClause(lowered, sentence.Start, span.Start))
            {
                yield return span;
            }
        }
    }

    /// <summary>The side a speaker phrase names as a whole ("Окупанти", "the Russian side", "Кремле"), or null.</summary>
    private static Side? SideNamed(string phrase)
    {
        var lowered = StripArticle(phrase).ToLowerInvariant();
        return ClaimLexicons.SideGroups.FindAll(lowered, new Span(0, lowered.Length)) is [var only]
            && only.Span.Start == 0 && WordEnd(lowered, only.Span.End, lowered.Length) == lowered.Length
            ? only.Value
            : null;
    }

    private static readonly string[] ClauseOpeners = ["and", "but", "while", "whereas", "а", "але", "і", "й", "та", "но", "и", "однако", "проте", "однак"];

    /// <summary>Whether a word at <paramref name="at"/> opens its clause: after the sentence start, a clause mark or a conjunction, and an article.</summary>
    private static bool OpensClause(string lowered, int sentenceStart, int at)
    {
        var before = lowered.AsSpan(sentenceStart, at - sentenceStart).TrimEnd();
        if (before.EndsWith("the", StringComparison.Ordinal) && (before.Length == 3 || !char.IsLetter(before[^4])))
        {
            before = before[..^3].TrimEnd();
        }
        if (before.IsEmpty || ",;:—–«\"“(".Contains(before[^1]))
        {
            return true;
        }
        var lastWord = before[(before.LastIndexOfAny(" ,;:—–«\"“(") + 1)..];
        foreach (var opener in ClauseOpeners)
        {
            if (lastWord.SequenceEqual(opener))
            {
                return true;
            }
        }
        return false;
    }

    private static int WordEnd(string text, int at, int limit)
    {
        while (at < limit && char.IsLetter(text[at]))
        {
            at++;
        }
        return at;
    }

    /// <summary>The word right after the word a cue starts, or "" at the end of the range.</summary>
    private static string WordAfter(string lowered, Span cue, int limit)
    {
        var start = SkipSpaces(lowered, WordEnd(lowered, cue.End, limit), limit);
        return lowered[start..WordEnd(lowered, start, limit)];
    }

    private static int SkipSpaces(string text, int at, int limit)
    {
        while (at < limit && char.IsWhiteSpace(text[at]))
        {
            at++;
        }
        return at;
    }

    /// <summary>Past one adverb riding along with a verb ("Росіяни також стверджують").</summary>
    private static int SkipAdverb(string lowered, int at, int limit)
    {
        var end = WordEnd(lowered, at, limit);
        return end > at && ClaimLexicons.Adverbs.Contains(lowered[at..end]) ? SkipSpaces(lowered, end, limit) : at;
    }

    /// <summary>The kind of party a description suggests ("військовий канал" → channel, "прес-служба" → official), or null.</summary>
    /// <remarks>A spokesman of a command speaks for the command: "представитель украинского командования" is the command's.</remarks>
    public static SourceKind? KindFromDescription(string description)
    {
        var kinds = ClaimLexicons.SpeakerKinds.FindAll(description.ToLowerInvariant(), new Span(0, description.Length));
        return kinds.Any(found => found.Value == SourceKind.MilitaryCommand) && kinds.Any(found => found.Value == SourceKind.Official)
            ? SourceKind.MilitaryCommand
            : kinds.Length > 0 ? kinds[0].Value : null;
    }

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

    private const string RussianUkrainianVerbs = "заявил[аи]?|сообщил[аи]?|сообщают|рассказал[аи]?|написал[аи]?|доложил[аи]?|утверждают?|пишут?|заявив|заявила|заявили|повідомив|повідомила|повідомили|повідомляють|розповів|розповіла|написав|написала|стверджують?|пишуть|пише";

    /// <summary>What a body is said to do in "У ЗСУ ці заяви назвали…", "В Минобороны опровергли…".</summary>
    private const string BodyVerbs = "заявили|сообщили|опровергли|отметили|назвали|повідомили|спростували|заявили|назвали|наголошують|зазначили";

    private const string EnglishVerbs = "said|says|stated|told|claimed|reported|wrote|added|observed|described|announced|confirmed";

    [GeneratedRegex(@"(?<np>\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{L}\p{N}’'\-]+\s+){0,5}?[\p{L}\p{N}’'\-]+)\s+(?:" + EnglishVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"^(?<np>(?:[\p{L}\p{N}’'\-]+\s+){0,4}?[\p{L}\p{N}’'\-]+)\s+(?:" + EnglishVerbs + "|" + RussianUkrainianVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"\b(?:citing|со ссылкой на|ссылаясь на|посилаючись на|з посиланням на)\s+(?<np>[\p{L}’'\-]+(?:\s+[\p{L}’'\-]+){0,4}?)(?=[,.;:!?]|\s+(?:that|что|що)\b|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cited();

    [GeneratedRegex(@"(?<np>\b(?:\p{Lu}[\p{L}’'\-]+\s+){1,3}\p{Lu}[\p{L}’'\-]+)\s+(?:" + EnglishVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameBeforeVerb();

    [GeneratedRegex(@"\b(?:[Aa]ccording to|[Пп]о словам|[Пп]о данным|[Пп]о информации|[Зз]а словами|[Зз]а даними|[Зз]а інформацією)\s+(?<np>[^,.;:!?«»""“”]{2,70}?)(?=[,.;:!?]|\s+(?:that|что|що)\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@"\b(?:заявил[аи]?|сообщил[аи]?|рассказал[аи]?|написал[аи]?|добавил[аи]?|сказал[аи]?|отметил[аи]?|заявив|заявила|заявили|повідомив|повідомила|повідомили|розповів|розповіла|написав|написала|додав|додала|сказав|сказала|зазначив|зазначила)\s+(?!(?:у|в|во|на|із|з|от|від)\s)(?<np>[^,.;:!?«»""“”]{3,80}?)(?=[,.;:!?]|\s+(?:что|що)\b|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectAfterVerb();

    [GeneratedRegex(@"(?:^|\s)[УВуві]\s+(?<np>[\p{L}\-]+(?:\s+[\p{L}\-]+)?)\s+(?:[\p{L}\-]+\s+){0,2}(?:" + BodyVerbs + @")\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InsideBody();

    [GeneratedRegex(@"(?<np>\b\p{Ll}[\p{L}\-]+s)\s+(?:said|say|claimed|reported)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralSubject();
}

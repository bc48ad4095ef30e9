using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Triangulate.Claims.Speech;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// A clause that may be a claim: its words, the event word that makes it one, the sentence it stands in, how it is
/// voiced, and the features a <see cref="ClaimDetector"/> reads to decide whether it asserts a happening or is
/// background, assessment, a disclaimer or politics.
/// </summary>
public sealed record ClaimCandidate(Span Clause, CueMatch<ClaimKind> Cue, int Sentence, bool OnlyDenies, ClaimVoicing Voicing, ImmutableArray<string> Features);

/// <summary>
/// The features of a candidate clause, as names: its kind and event word; the not-claim words of its sentence by reason
/// and word (in the clause or beside it); whether its event is told as unreal (future, conditional, possibility); whether it is a question, a headline or a digest's title, hedged, negated, quoted, dated to a past year; how it
/// is voiced; where it stands in the report; its length; and the stems of its words. Pure, so that training and
/// extraction read the same features.
/// </summary>
public static class ClaimFeatures
{
    private const int StemLength = 6;

    private const int HeadlineWords = 15;

    /// <summary>The most words a subhead, byline or caption without a stop has in prose whose lines end with stops.</summary>
    private const int HeadingWords = 8;

    public static ImmutableArray<string> Of(
        string text, string lowered, Span unit, Span clause, CueMatch<ClaimKind> cue, ClaimVoicing voicing, ImmutableArray<Span> parties,
        Sentence sentence, int sentenceIndex, Report report, TimeReader.ReportDate reportDate, DateOnly? reportPeriodStart)
    {
        var lexicon = SpeechLexicon.Default;
        var features = new HashSet<string>(StringComparer.Ordinal)
        {
            "kind:" + ClaimKinds.ToName(cue.Value),
            "cue:" + cue.Cue,
            "voice:" + voicing.How,
            "lang:" + report.Language,
        };
        if (voicing.Shape is { } shape)
        {
            features.Add("shape:" + shape);
        }
        // A not-claim word inside a party's name ("analysts" of "Western analysts said") is the speaker, not the sentence's
        // reading; one that only runs into a speaker's words is the sentence's own ("Moscow has not yet commented", where
        // "has not yet" may be read as part of the speaker).
        // «В результате переговорного процесса возвращены 90 военнослужащих», "after peace talks stalled, Russia
        // launched …": a not-claim word in an adverbial phrase of cause or time sets the scene of the sentence's statement
        // and is not its main statement, which the sentence's other words tell.
        var scenes = ClaimKinds.Circumstances(lowered, unit);
        foreach (var found in ClaimLexicon.Default.NotClaim.FindAll(lowered, unit).Where(found => !parties.Any(party => party.Contains(found.Span)) && !InName(text, unit, found.Span)))
        {
            // "Russian forces captured Toretsk, which lies 15 km south of Chasiv Yar, …", "…, marking his first statement
            // since the onset of …": a description after the event word describes a place or party of the claim, or
            // what it meant, and does not make the claim background.
            // A word in a clause after the candidate's ("…, authorities said, as European leaders condemned the attack") stands
            // apart from one before it, which may govern the rest of the sentence ("The report underscores how …, shaping …"),
            // unless the candidate's clause is set against it by a contrastive conjunction ("…for more than a year, but
            // Ukraine says its forces are holding on", «…протягом тривалого часу не штурмував місто, проте вчора захопив…»).
            // «Напомним, вечером 31 марта россияне нанесли пять ударов по громаде»: a recall that dates what it recalls to a
            // day of the report's period retells the news of those days, which the protocol counts as claims; one that
            // names no such day («Нагадаємо, раніше повідомлялося, що …», «Напомним, 24 февраля …» in a November report)
            // recalls background.
            var where = found.Value == NotClaimReason.Link && RecallsADayOfThePeriod(text, lowered, clause, found.Span, reportDate, reportPeriodStart) ? "recalled"
                : Describes(text, lowered, clause, cue, found.Span) ? "relative"
                : found.Span.End <= clause.Start && ClaimLexicon.Default.OpensWithContrast(lowered, unit, clause) ? "contrasted"
                : scenes.Any(scene => scene.Contains(found.Span)) ? "scene"
                : clause.Contains(found.Span) ? "in"
                : found.Span.Start >= clause.End ? "after" : "beside";
            features.Add($"nc:{found.Value}:{where}");
            features.Add($"nccue:{found.Cue}:{where}");
        }
        // "Russian forces will take Pokrovsk", «Освобождение … станет ударом», «ворог атакуватиме»: a happening told in
        // the future, the conditional or as a possibility is a prediction, not a claim that it happened. Recruitment is
        // the exception: "Russia will mobilise 300,000 reservists" announces the call-up, which is the claim. An event noun
        // opening the clause is the subject of the verb after it, whose mood tells the same: "The capture of the town
        // would bring Russian forces closer to Kramatorsk" weighs a possibility (the protocol's assessment).
        var moodReach = ClaimLexicon.Default.OpensWithEventNoun(lowered, clause, cue) ? clause.End : TextTokens.ToWordEnd(text, cue.Span).End;
        if (cue.Value != ClaimKind.Recruitment
            && ClaimLexicon.Default.FindIrrealis(text, lowered, new Span(clause.Start, moodReach)) is { } irrealis && !InRelativeClause(text, lowered, clause, irrealis))
        {
            features.Add("irrealis");
        }
        // "В начале августа 2024 года ВСУ перешли границу" in a report of March 2025, «РФ розв'язала війну 2014 року»: a
        // clause its own time words place before the report's period tells history, not news. A year in a description
        // after the event word ("…, which it has held since 2014") dates what is described, not the claim.
        // A statement a speaker made then («ще в липні 2024 року Кимаковський заявляв про взяття центру») stays that
        // speaker's claim, dated by its own words: only the report's narration of the past is history.
        // "…in Sevastopol in Crimea, seized from Ukraine in 2014": a phrase set off by a comma that opens with its event
        // word, naming no actor, glosses the noun before it (a reduced relative clause); dated before the report's
        // period it is the report's note of history, also where it stands inside a speaker's words.
        // A month named without a year as when the happening took place ("In October, Putin issued a decree …", «В октябре
        // российские войска перешли в наступление», «У січні окупанти захопили село») is read against the report's own
        // date, the latest such month not after it, in the report's plain narration only: in a sentence with a verb of
        // saying a month may date the telling rather than the happening. A day without a year ("footage published on
        // August 24 indicates …", «об этом сообщалось 11 октября») as often dates a report, a video or a statement as the
        // happening itself, and is not read so.
        if ((voicing.How is not (VoicedBy.Content or VoicedBy.OwnCue) || GlossesTheNounBefore(text, clause, cue))
            && reportPeriodStart is { } periodStart && (TimeReader.YearPeriod(text, clause) ?? (lexicon.Saying.FindFirst(lowered, unit) is null ? MonthNamed(text, clause, reportDate) : null)) is { } named
            && named.End < periodStart && !Describes(text, lowered, clause, cue, named.Span))
        {
            features.Add("time:history");
        }
        // "Ukraine had originally taken control of parts of the Kursk region", "the town had been occupied since August": a
        // happening the report's own narration tells in the past perfect came before the time it reports on, and tells
        // the history that leads up to the news. "Russian troops have been advancing on Pokrovsk", "Russian forces have
        // been shelling the outskirts": told in the perfect progressive, it sums up the course of the fighting, a state of
        // affairs rather than a dated happening. A speaker's words in these tenses ("Russia said its forces had taken the
        // village") are the tense of reported speech and stay the speaker's claim, also where the reader finds no speaker
        // for the verb of saying before them ("Russia announced it had launched a missile strike"). Nor do they in a
        // relative clause or participle phrase, whose tense is reckoned from the clause it describes, also where it holds
        // the event word: in "Ukrainian soldiers, who had been encircled near Kurakhove, surrendered" the past perfect
        // sets the encirclement before the surrender, not before the report.
        if (voicing.How == VoicedBy.ReportVoice)
        {
            foreach (var (auxiliary, tense) in (ReadOnlySpan<(Span?, string)>)[
                (ClaimLexicon.Default.FindPluperfect(lowered, clause, cue.Span), "tense:pluperfect"),
                (ClaimLexicon.Default.FindPerfectProgressive(lowered, clause, cue.Span), "tense:perfect-progressive")])
            {
                if (auxiliary is { } found && !Describes(text, lowered, clause, cue, found) && !InDescriptivePhrase(text, lowered, clause, found)
                    && lexicon.Saying.FindFirst(lowered, new Span(unit.Start, found.Start)) is null)
                {
                    features.Add(tense);
                }
            }
        }
        // «Противник ежедневно обстреливает приграничье», «Щодня зростають втрати ворога»: a habit told in the present is a
        // state of affairs, background rather than a dated happening. One that names its place or unit («окупанти щодня
        // обстрілюють Покровськ») is about a specific happening all the same, which the annotation protocol counts.
        if (ClaimLexicon.Default.FindHabitual(lowered, clause) is { } habit && !Describes(text, lowered, clause, cue, habit)
            && !NamesSomething(text, clause, parties))
        {
            features.Add("habitual");
        }
        // "Russian forces have made modest advances this year", "Ukrainian forces have been pushed back from the area over
        // the past year", «Ворог уже понад рік марно намагається витіснити наші війська», «Останнім часом у районі тривали
        // інтенсивні бої»: a happening told over a stretch of months or years that runs up to the report sums up the course
        // of the fighting, whoever tells it (the protocol's background), unless it is a tally: a figure beside the stretch
        // ("seized 880 square kilometres this year alone", «упродовж 2025 року втрати зменшилися на 13%») counts what the
        // stretch held, and a day the clause names ("its biggest attack this year overnight") dates a happening in it. A
        // stretch in a description after the event word or in a scene-setting phrase ("after fighting for months, …")
        // tells what surrounds the claim, not the claim.
        // A stretch from a year before the report's period up to it ("Russia's advance has been ongoing since October 2023",
        // «ВСУ удерживают город с 2022 года», «Ворог обстрілює місто з 2014 року») is such a course too, unless a ranking
        // word before it ranks the happening among those of the stretch ("its largest attack since 2022").
        if ((ClaimLexicon.Default.FindCourseSpan(lowered, clause) ?? SinceBeforeThePeriod(text, lowered, clause, reportPeriodStart)) is { } course
            && !Describes(text, lowered, clause, cue, course)
            && !scenes.Any(scene => scene.Contains(course)) && !HoldsFigureBeside(text, clause, course) && !NamesADayBeside(text, clause, course))
        {
            features.Add("time:course");
        }
        // «Російські окупаційні війська продовжують стратегічну наступальну операцію проти України», «Ворог наносить ракетні
        // удари по об’єктам … нашої Держави»: a happening aimed at a whole country, told of no smaller place, no day and no
        // figure, is the war as a whole (the protocol's general state of the war), not a specific happening.
        if (ClaimLexicon.Default.WholeWarTargets.FindFirst(lowered, clause) is { } target
            && !NamesSomething(text, clause, [.. parties, target.Span]) && !TextTokens.HasDigit(text.AsSpan(clause.Start, clause.Length))
            && !TimeReader.NamesADay(text, clause))
        {
            features.Add("whole-war");
        }
        // «Відбивали повітряну атаку мобільними вогневими групами, авіацією, …»: the means that took part in repelling an
        // attack, listed with no count, tell how the air defence works (the protocol's background), not what it did.
        if (ClaimLexicon.Default.ListsDefenceMeans(lowered, clause))
        {
            features.Add("defence-means");
        }
        if (ClaimLexicon.Default.FindRanking(lowered, clause, cue.Span) is not null)
        {
            features.Add("ranking");
        }
        if (ClaimLexicon.Default.FindDefinition(lowered, clause, cue.Span) is { } copula && !Describes(text, lowered, clause, cue, copula))
        {
            features.Add("definition");
        }
        foreach (var found in lexicon.Grammar.FindAll(lowered, unit))
        {
            var where = clause.Contains(found.Span) ? found.Span.Start <= cue.Span.Start ? "before" : "after" : "beside";
            features.Add($"g:{found.Value}:{where}");
        }
        // «Чому удар по аеродрому важливий», "What we know about the strike": a title or teaser opening with a question
        // word asks, though it ends without a question mark.
        if (text[unit.End - 1] == '?' || ClaimLexicon.Default.OpensQuestion(text, lowered, unit))
        {
            features.Add("question");
        }
        if (ClaimLexicon.Default.TitlesADigest(text, lowered, unit, clause))
        {
            features.Add("digest");
        }
        if (!IsFinalStop(text[unit.End - 1]))
        {
            features.Add("no-final-stop");
            if (IsHeadline(text, unit))
            {
                features.Add("headline");
            }
        }
        if (lexicon.Hedges.FindFirst(lowered, clause) is not null)
        {
            features.Add("hedge");
        }
        if (lexicon.Negations.FindFirst(lowered, clause) is not null)
        {
            features.Add("negation");
        }
        if (clause.Start > 0 && text[clause.Start] is '«' or '"' or '“' or '„')
        {
            features.Add("quoted");
        }
        if (YearNamed(text, clause) is { } year)
        {
            features.Add(report.Published is not { } published ? "year:named" : year < published.Year ? "year:past" : "year:current");
        }
        if (TextTokens.HasDigit(text.AsSpan(clause.Start, clause.Length)))
        {
            features.Add("digits");
        }
        features.Add(sentenceIndex == 0 ? "position:first" : sentence.Paragraph == 0 ? "position:lead" : "position:body");
        var words = TextTokens.Words(text, clause);
        features.Add("length:" + (words.Length switch { < 6 => "short", < 15 => "medium", < 30 => "long", _ => "very-long" }));
        foreach (var word in words)
        {
            if (word.Text.Length >= 3 && IsAllLetters(word.Text))
            {
                // The lower-cased text holds the word folded: invariant lower-casing maps each letter on its own.
                features.Add(string.Concat("w:", lowered.AsSpan(word.Span.Start, Math.Min(word.Text.Length, StemLength))));
            }
        }
        var sorted = new string[features.Count];
        features.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    private static bool IsAllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Whether a line without a final stop is a headline: a line of its own, of at most <see cref="HeadlineWords"/>
    /// words, either in title case ("Russian Drones Strike Kharkiv Power Plant", "Ukraine: Four Dead": at least two words
    /// of four letters or more and three in four of them capitalised) or a short one (at most <see cref="HeadingWords"/>
    /// words, not a list item) in a text whose lines mostly end with a stop ("Fighting in the Kursk region", «Контратака
    /// ЗСУ» between paragraphs of prose): where prose ends its lines with stops, a short line without one is a subhead,
    /// a byline or a caption. A headline names what the report tells; it is no claim of its own (the annotation
    /// protocol's <c>meta</c>). Telegram posts, which write claims on lines without a stop, mostly leave their lines
    /// unstopped and keep them.
    /// </summary>
    private static bool IsHeadline(string text, Span unit)
    {
        var lineStart = unit.Start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t')
        {
            lineStart--;
        }
        var lineEnd = unit.End;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '\t' or '\r')
        {
            lineEnd++;
        }
        if ((lineStart > 0 && text[lineStart - 1] != '\n') || (lineEnd < text.Length && text[lineEnd] != '\n'))
        {
            return false;
        }
        var words = TextTokens.Words(text, unit);
        var contentWords = words.Where(word => word.Text.Length >= 4 && char.IsLetter(word.Text[0])).ToArray();
        var titleCase = contentWords.Length >= 2 && contentWords.Count(word => char.IsUpper(word.Text[0])) * 4 >= contentWords.Length * 3;
        var subhead = words.Length <= HeadingWords && text[unit.Start] is not ('-' or '•' or '—' or '–' or '*') && MostLinesEndWithAStop(text, passOverTitle: !text.AsSpan(0, lineStart).IsWhiteSpace());
        return words.Length <= HeadlineWords && (titleCase || subhead);
    }

    /// <summary>Whether a character ends a sentence or line as written: a stop, a closing quote or bracket, a colon or semicolon.</summary>
    private static bool IsFinalStop(char last) => last is '.' or '!' or '?' or '…' or '»' or '"' or '”' or ')' or ';' or ':';

    /// <summary>
    /// Whether more than half of the text's non-empty lines end with a stop, as the paragraphs of prose do. Judging a
    /// line below the first, the first is passed over (<paramref name="passOverTitle"/>): an article's title stands
    /// there without a stop whatever its body is, so that in a short article of three paragraphs under a title and two
    /// subheads («Операция по освобождению», «Значение освобождения …») the body's stops still tell it is prose.
    /// </summary>
    private static bool MostLinesEndWithAStop(string text, bool passOverTitle)
    {
        int lines = 0, stopped = 0;
        var first = passOverTitle;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            if (first)
            {
                first = false;
                continue;
            }
            lines++;
            if (IsFinalStop(line[^1]))
            {
                stopped++;
            }
        }
        return stopped * 2 > lines;
    }

    /// <summary>
    /// Whether a clause names a place or unit: a word written with a capital and then lower-case letters after its first
    /// word, outside the words set aside: the names of its speakers, or the country a whole-war reading has already read
    /// («обстрілюють Покровськ», «біля Часового Яру»).
    /// </summary>
    private static bool NamesSomething(string text, Span clause, ImmutableArray<Span> setAside) =>
        TextTokens.Words(text, clause).Skip(1).Any(word => word.Text.Length > 1 && char.IsUpper(word.Text[0]) && char.IsLower(word.Text[1])
            && !setAside.Any(words => words.Overlaps(word.Span)));

    /// <summary>
    /// Whether link words are a <see cref="ClaimLexicon.Recalls">recall</see> and the clause names a day that lies in the
    /// report's period (or, in a report with no date, any day it names).
    /// </summary>
    private static bool RecallsADayOfThePeriod(string text, string lowered, Span clause, Span linkWords, TimeReader.ReportDate reportDate, DateOnly? reportPeriodStart) =>
        ClaimLexicon.Default.Recalls.FindFirst(lowered, linkWords) is not null
        && TimeReader.Read(text, clause, reportDate) is { Basis: TimeBasis.Text, Precision: TimePrecision.Day } day
        && (day.To is not { } to || reportPeriodStart is not { } periodStart || to >= periodStart);

    /// <summary>The last day of the month a clause's own time words name without a year, read against the report's date, and where they stand; null when they name none or the report has no date.</summary>
    private static (DateOnly End, Span Span)? MonthNamed(string text, Span clause, TimeReader.ReportDate reportDate) =>
        TimeReader.Read(text, clause, reportDate) is { Basis: TimeBasis.Text, Precision: TimePrecision.Month, To: { } end, Span: { } words } ? (end, words) : null;

    /// <summary>
    /// The words of a clause that run a stretch from before the report's period up to it ("since 2014", «з 2014 року»), when
    /// no ranking word before them ranks the clause's happening among those of the stretch ("the biggest attack since
    /// 2022", «наймасованіша атака з 2022 року»); null otherwise or for a report with no date.
    /// </summary>
    private static Span? SinceBeforeThePeriod(string text, string lowered, Span clause, DateOnly? reportPeriodStart) =>
        reportPeriodStart is { } periodStart && TimeReader.SinceBefore(text, clause, periodStart) is { } since
        && ClaimLexicon.Default.Rankings.FindFirst(lowered, new Span(clause.Start, since.Start)) is null ? since : null;

    /// <summary>Whether a clause names a day outside the given words of it (a stretch "since 24 February 2022" whose own day dates no happening).</summary>
    private static bool NamesADayBeside(string text, Span clause, Span words) =>
        TimeReader.NamesADay(text, new Span(clause.Start, words.Start)) || TimeReader.NamesADay(text, new Span(words.End, clause.End));

    /// <summary>Whether a clause holds a figure outside the given words of it (a stretch of time whose own number is no count).</summary>
    private static bool HoldsFigureBeside(string text, Span clause, Span words) =>
        TextTokens.HasDigit(text.AsSpan(clause.Start, words.Start - clause.Start)) || TextTokens.HasDigit(text.AsSpan(words.End, clause.End - words.End));

    /// <summary>The first year (1990–2039) the clause names, or null.</summary>
    private static int? YearNamed(string text, Span clause)
    {
        for (var at = clause.Start; at + 4 <= clause.End; at++)
        {
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (at + 4 == text.Length || !char.IsDigit(text[at + 4]))
                && int.TryParse(text.AsSpan(at, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1990 and < 2040)
            {
                return year;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether words stand in a name: written with a capital inside their unit rather than opening it («освобождение
    /// Купянска-Узлового», where «узлов» of a railway junction is part of the town's name). A not-claim word in a name
    /// says nothing of the sentence, as the month "May" is no mark of possibility.
    /// </summary>
    private static bool InName(string text, Span unit, Span words) =>
        char.IsUpper(text[words.Start]) && TextTokens.Words(text, new Span(unit.Start, words.Start)).Length > 0;

    /// <summary>
    /// Whether words of a clause stand in a description of something the claim names rather than in its telling: a
    /// relative clause, a participle phrase set off by a comma ("Vovchansk, located 60 km from Kharkiv, is seeing …",
    /// «…, расположенного к западу от Курахово»), or a description after the event word. A relative clause or participle
    /// phrase that holds the event word itself tells that happening, so its words are the telling's own: "The cruiser
    /// Moskva, which sank in April 2022 after being hit by Ukrainian missiles, was the flagship …" recalls an earlier
    /// happening to describe the ship, and its year makes that recollection history.
    /// </summary>
    private static bool Describes(string text, string lowered, Span clause, CueMatch<ClaimKind> cue, Span words) =>
        (InDescriptivePhrase(text, lowered, clause, words) && !WithinOnePhrase(text, cue.Span, words))
        || (words.Start >= cue.Span.End && ClaimLexicon.Default.SetsApartAsDescription(text, lowered, new Span(cue.Span.End, words.Start)));

    /// <summary>Whether words stand in a relative clause or a participle phrase set off by a comma within the clause.</summary>
    private static bool InDescriptivePhrase(string text, string lowered, Span clause, Span words) =>
        InRelativeClause(text, lowered, clause, words) || OpensParticiplePhrase(text, lowered, clause, words);

    /// <summary>Whether two stretches of a clause stand in one phrase: no comma, dash or bracket parts them.</summary>
    private static bool WithinOnePhrase(string text, Span first, Span second)
    {
        var between = first.End <= second.Start ? new Span(first.End, second.Start)
            : second.End <= first.Start ? new Span(second.End, first.Start) : default;
        return text.AsSpan(between.Start, between.Length).IndexOfAny(",—–()") < 0;
    }

    /// <summary>Whether the clause opens with its event word right after a comma (", seized from Ukraine in 2014"), a phrase with no actor of its own that describes the noun before it.</summary>
    private static bool GlossesTheNounBefore(string text, Span clause, CueMatch<ClaimKind> cue) =>
        text.AsSpan(clause.Start, cue.Span.Start - clause.Start).IsWhiteSpace()
        && text.AsSpan(0, clause.Start).TrimEnd() is [.., ','];

    /// <summary>Whether <paramref name="words"/> open a phrase right after a comma of the clause with a describing participle ("…, located …").</summary>
    private static bool OpensParticiplePhrase(string text, string lowered, Span clause, Span words)
    {
        if (!clause.Contains(words))
        {
            return false;
        }
        var before = text.AsSpan(clause.Start, words.Start - clause.Start).TrimEnd();
        return before is [.., ','] && TextTokens.Words(lowered, new Span(words.Start, clause.End)) is [var first, ..]
            && first.Span.Start == words.Start && ClaimLexicon.Default.IsDescribingParticiple(first.Text);
    }

    /// <summary>Whether <paramref name="span"/> lies in a relative clause set off by a comma («, which …», «, который …», «, який …») within <paramref name="clause"/>.</summary>
    private static bool InRelativeClause(string text, string lowered, Span clause, Span span)
    {
        var comma = span.Start > clause.Start ? text.LastIndexOf(',', span.Start - 1, span.Start - clause.Start) : -1;
        if (comma < 0)
        {
            return false;
        }
        var opener = new Span(comma + 1, span.Start);
        return SpeechLexicon.Default.Relatives.FindFirst(lowered, opener) is { } relative
            && text.AsSpan(comma + 1, relative.Span.Start - comma - 1).Trim().IsEmpty;
    }
}

using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Triangulate.Text;

/// <summary>
/// The inflected forms of English verbs, so that a lexicon lists a verb once, as its lemma, and still reads it in any
/// tense: "pull~ back" in a lexicon file stands for "pull back", "pulls back", "pulled back" and "pulling back". Regular
/// forms follow the spelling rules of English (-s/-es/-ies, -ed/-d/-ied, -ing with a silent e dropped); the irregular
/// ones ("took", "taken", "fell") and the doubled consonants ("hitting", "stopped") come from WordNet's list of verb
/// exceptions (<c>data/lexicon/verb.exc.en</c>, WordNet 3.0's <c>verb.exc</c>: an inflected form and its lemma a line).
/// </summary>
public sealed class VerbForms
{
    /// <summary>The mark after a lexicon word that makes it a verb lemma to inflect.</summary>
    public const char LemmaMark = '~';

    /// <summary>Where the exception list ships, relative to the assembly.</summary>
    public const string ExceptionsFile = "verb.exc.en";

    private static readonly Lazy<VerbForms> Bundled = new(() => Load(Path.Combine(AppContext.BaseDirectory, LexiconFiles.DefaultDirectory, ExceptionsFile)));

    private readonly FrozenDictionary<string, ImmutableArray<string>> _exceptions;

    public VerbForms(IEnumerable<(string Form, string Lemma)> exceptions) =>
        _exceptions = exceptions.GroupBy(pair => pair.Lemma, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.Select(pair => pair.Form).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The forms shipped beside the assembly, loaded once.</summary>
    public static VerbForms Default => Bundled.Value;

    /// <summary>Reads a WordNet exception list: "form lemma" a line; a multi-word lemma (with '_') is left out.</summary>
    public static VerbForms Load(string path) =>
        new(File.ReadLines(path)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields.Length >= 2 && !fields[0].Contains('_'))
            .SelectMany(fields => fields.Skip(1).Select(lemma => (fields[0], lemma))));

    /// <summary>Every form of a verb: the lemma, its third person singular, past, past participle and present participle, regular and listed.</summary>
    public ImmutableArray<string> Of(string lemma)
    {
        var forms = new List<string> { lemma, ThirdPerson(lemma), Past(lemma), PresentParticiple(lemma) };
        forms.AddRange(_exceptions.GetValueOrDefault(lemma, []));
        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// A lexicon cue with its verbs inflected: each word marked with <see cref="LemmaMark"/> takes every one of its forms
    /// ("take~ control" → "take control", "took control", "taken control", …). A marked word ending the cue ends a word in
    /// every form ("enter~" matches "entered" and not "entertainment"). A cue with no mark is itself.
    /// </summary>
    public IEnumerable<string> Expand(string cue)
    {
        var mark = cue.IndexOf(LemmaMark, StringComparison.Ordinal);
        if (mark < 0)
        {
            return [cue];
        }
        var start = cue.LastIndexOf(' ', mark) + 1;
        var rest = cue[(mark + 1)..];
        var tail = rest.Length == 0 ? "=" : rest;
        return Of(cue[start..mark]).SelectMany(form => Expand(string.Concat(cue.AsSpan(0, start), form, tail)));
    }

    private static string ThirdPerson(string lemma) =>
        lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith('z') || lemma.EndsWith("ch", StringComparison.Ordinal) || lemma.EndsWith("sh", StringComparison.Ordinal)
            ? lemma + "es"
            : EndsInConsonantY(lemma) ? lemma[..^1] + "ies" : lemma + "s";

    private static string Past(string lemma) =>
        lemma.EndsWith('e') ? lemma + "d" : EndsInConsonantY(lemma) ? lemma[..^1] + "ied" : lemma + "ed";

    private static string PresentParticiple(string lemma) =>
        lemma.EndsWith("ie", StringComparison.Ordinal) ? lemma[..^2] + "ying"
            : lemma.EndsWith('e') && !lemma.EndsWith("ee", StringComparison.Ordinal) && lemma.Length > 2 ? lemma[..^1] + "ing"
            : lemma + "ing";

    private static bool EndsInConsonantY(string lemma) => lemma.Length > 1 && lemma[^1] == 'y' && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal);
}

using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// The inflected forms of the registry's Russian and Ukrainian names and titles (data/sources/forms.tsv), made from
/// morphological resources by tools/NameForms: for each name, one column per word with the word's other forms, "="
/// for a word that stays as written or "~" for a word no resource knows. People's names are declined for their
/// gender, so a man's surname never takes a woman's forms.
/// </summary>
public sealed class NameForms
{
    public const string FileName = "forms.tsv";

    public static readonly NameForms None = new(new Dictionary<string, ImmutableArray<WordForms>>(StringComparer.Ordinal));

    private readonly Dictionary<string, ImmutableArray<WordForms>> _byName;

    private NameForms(Dictionary<string, ImmutableArray<WordForms>> byName) => _byName = byName;

    /// <summary>How a word of a name is matched.</summary>
    public enum Rule
    {
        /// <summary>Only as written (a word after the head noun, in quotation marks, an abbreviation).</summary>
        AsWritten,
        /// <summary>As written or in one of the listed forms.</summary>
        Listed,
        /// <summary>By the stem rule (<see cref="NameWord"/>): no resource knew the word.</summary>
        Stem,
    }

    /// <summary>One word of a name: its rule and, for <see cref="Rule.Listed"/>, its other forms, folded.</summary>
    public readonly record struct WordForms(Rule Rule, ImmutableArray<string> Forms);

    public int Count => _byName.Count;

    /// <summary>Reads the table; a malformed line is an error naming the file and line.</summary>
    public static NameForms Parse(string tsv, string fileName)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var byName = new Dictionary<string, ImmutableArray<WordForms>>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in tsv.AsSpan().EnumerateLines())
        {
            lineNumber++;
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }
            var columns = line.ToString().Split('\t');
            if (columns.Length < 3 || columns[1] is not ("m" or "f" or "-"))
            {
                throw new FormatException($"{fileName}:{lineNumber}: expected a name, a gender (m, f or -) and one column per word");
            }
            byName[Key(columns[0], columns[1][0])] = [.. columns.Skip(2).Select(column => column switch
            {
                "=" => new WordForms(Rule.AsWritten, []),
                "~" => new WordForms(Rule.Stem, []),
                _ => new WordForms(Rule.Listed, [.. column.Split(',').Select(RegistryWords.Fold)]),
            })];
        }
        return new NameForms(byName);
    }

    /// <summary>The forms of each word of <paramref name="name"/> (as a person's of <paramref name="gender"/> 'm' or 'f', else '-'), or none when the table lacks it.</summary>
    public ImmutableArray<WordForms>? Of(string name, char gender) =>
        _byName.TryGetValue(Key(name, gender), out var forms) ? forms : null;

    private static string Key(string name, char gender) => name + "\t" + gender;
}

/// <summary>Words as the registry compares them: <see cref="TextTokens.Words"/> less the endings of ordinal numbers, folded.</summary>
public static class RegistryWords
{
    /// <summary>
    /// The words of a text range, skipping an ordinal number's ending ("93-я", "93-ї", "150-й"), which changes with
    /// the case of the words after it while the number names the same unit.
    /// </summary>
    public static ImmutableArray<TextToken> Of(string text, Span range)
    {
        var tokens = TextTokens.Words(text, range);
        var kept = ImmutableArray.CreateBuilder<TextToken>(tokens.Length);
        foreach (var token in tokens)
        {
            if (kept.Count > 0 && IsOrdinalEnding(text, kept[^1], token))
            {
                continue;
            }
            kept.Add(token);
        }
        return kept.DrainToImmutable();
    }

    /// <summary>A word lower-cased, without a possessive, with ё as е and one kind of apostrophe.</summary>
    public static string Fold(string word) => TextTokens.Fold(Normalise(word));

    /// <summary>A word with ё as е and one kind of apostrophe, its case kept.</summary>
    public static string Normalise(string word) =>
        word.AsSpan().IndexOfAny(Unnormalised) < 0 ? word : string.Create(word.Length, word, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = source[i] switch
                {
                    'ё' => 'е',
                    'Ё' => 'Е',
                    '’' or 'ʼ' or '`' => '\'',
                    var c => c,
                };
            }
        });

    private static readonly SearchValues<char> Unnormalised = SearchValues.Create("ёЁ’ʼ`");

    private static bool IsOrdinalEnding(string text, TextToken previous, TextToken token) =>
        token.Span.Start == previous.Span.End + 1
        && text[previous.Span.End] == '-'
        && token.Text.Length <= 3
        && token.Text.All(char.IsLetter)
        && previous.Text.All(char.IsDigit);
}

/// <summary>
/// Names, each standing for a value (a source, the holders of a title), found in text word by word: a word matches
/// by its listed forms when <see cref="NameForms"/> has the name, else by the stem rule of <see cref="NameWord"/>.
/// Longer names win over their parts; among names of equal length the one added first wins.
/// </summary>
public sealed class NameIndex<T>
{
    // Plain dictionaries: freezing tens of thousands of keys took longer at load than the lookups it speeds up.
    private readonly Dictionary<string, ImmutableArray<Name>>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    /// <summary>Names whose first word matches by its stem, by that stem.</summary>
    private readonly Dictionary<string, ImmutableArray<Name>>.AlternateLookup<ReadOnlySpan<char>> _byStem;

    /// <summary>The values of the names by their words in any order (<see cref="WordSet"/>), made on the first look-up.</summary>
    private readonly Lazy<Dictionary<string, ImmutableArray<T>>> _byWordSet;

    /// <param name="names">Each name as written, the gender ('m', 'f' or '-') its forms were made for, and its value.</param>
    public NameIndex(IEnumerable<(string Name, char Gender, T Value)> names, NameForms forms)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(forms);
        var listed = names.ToList();
        _byWordSet = new(() => listed
            .GroupBy(name => WordSet(name.Name), name => name.Value, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Distinct().ToImmutableArray(), StringComparer.Ordinal));
        var built = listed
            .Select((name, order) => Name.Build(name.Name, forms.Of(name.Name, name.Gender), name.Value, order))
            .Where(name => name is not null)
            .Select(name => name!)
            .ToList();
        _byWord = Group(built, name => name.Words[0].ExactKeys).GetAlternateLookup<ReadOnlySpan<char>>();
        _byStem = Group(built, name => name.Words[0].Stem is { } stem ? [stem] : []).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A name found in a text: its value, span and the words as written.</summary>
    public readonly record struct Found(T Value, Span Span, string Written);

    /// <summary>Every name in <paramref name="range"/> of <paramref name="text"/>, longest first at each word, no overlaps.</summary>
    public ImmutableArray<Found> FindIn(string text, Span range)
    {
        var tokens = RegistryWords.Of(text, range);
        var folded = new string[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            folded[i] = RegistryWords.Fold(tokens[i].Text);
        }
        var found = ImmutableArray.CreateBuilder<Found>();
        var position = 0;
        while (position < tokens.Length)
        {
            if (BestAt(tokens, folded, position, wholeName: false) is not { } best
                || IsCompoundModifier(text, tokens[position].Span.Start, tokens[position + best.Words.Length - 1].Span.End))
            {
                position++;
                continue;
            }
            var span = new Span(tokens[position].Span.Start, tokens[position + best.Words.Length - 1].Span.End);
            found.Add(new Found(best.Value, span, span.Slice(text)));
            position += best.Words.Length;
        }
        return found.ToImmutable();
    }

    /// <summary>
    /// Whether a name from <paramref name="start"/> to <paramref name="end"/> is half of a compound modifier
    /// ("Kremlin-backed", "Wagner-linked", "pro-Kremlin"), which describes someone else rather than naming the source.
    /// </summary>
    private static bool IsCompoundModifier(string text, int start, int end) =>
        (end + 1 < text.Length && text[end] == '-' && char.IsLower(text[end + 1]))
        || (start >= 2 && text[start - 1] == '-' && char.IsLower(text[start - 2]));

    /// <summary>The value of the name that <paramref name="text"/> is, whole, or default when none.</summary>
    public bool TryResolve(string text, out T value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = RegistryWords.Of(text, new Span(0, text.Length));
        var folded = tokens.Select(token => RegistryWords.Fold(token.Text)).ToArray();
        var best = tokens.IsEmpty ? null : BestAt(tokens, folded, 0, wholeName: true);
        value = best is null ? default! : best.Value;
        return best is not null;
    }

    /// <summary>
    /// The value of the names whose words are those of <paramref name="text"/> in another order, "of", "the" and "and"
    /// aside: reports and annotators put a unit's or command's designation before or after its kind ("Group of Forces
    /// East", "East group of forces"; "South Operational Command", "Operational Command South"). False when no name,
    /// or names of two values, have those words.
    /// </summary>
    public bool TryResolveInAnyOrder(string text, out T value)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (WordSet(text) is { Length: > 0 } words && _byWordSet.Value.TryGetValue(words, out var values) && values.Length == 1)
        {
            value = values[0];
            return true;
        }
        value = default!;
        return false;
    }

    /// <summary>A name's folded words in ordinal order, less the English words that only join the others.</summary>
    private static string WordSet(string name) =>
        string.Join(' ', RegistryWords.Of(name, new Span(0, name.Length))
            .Select(token => RegistryWords.Fold(token.Text))
            .Where(word => word is not ("of" or "the" or "and"))
            .Order(StringComparer.Ordinal));

    private Name? BestAt(ImmutableArray<TextToken> tokens, string[] folded, int position, bool wholeName)
    {
        Name? best = null;
        var word = folded[position];
        Consider(_byWord.TryGetValue(word, out var exact) ? exact : []);
        // A stemmed first word matches a text word that starts with its stem and runs at most NameWord.MaxEnding letters
        // past it: only the names under those stems of the text word can match.
        for (var ending = 0; ending <= NameWord.MaxEnding && ending < word.Length; ending++)
        {
            Consider(_byStem.TryGetValue(word.AsSpan(0, word.Length - ending), out var stemmed) ? stemmed : []);
        }
        return best;

        void Consider(ImmutableArray<Name> candidates)
        {
            foreach (var candidate in candidates)
            {
                var fits = wholeName ? candidate.Words.Length == tokens.Length : position + candidate.Words.Length <= tokens.Length;
                if (fits
                    && (best is null || candidate.Words.Length > best.Words.Length || (candidate.Words.Length == best.Words.Length && candidate.Order < best.Order))
                    && candidate.MatchesAt(tokens, folded, position))
                {
                    best = candidate;
                }
            }
        }
    }

    private static Dictionary<string, ImmutableArray<Name>> Group(List<Name> names, Func<Name, IEnumerable<string>> keys) =>
        names
            .SelectMany(name => keys(name).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Name: name)))
            .GroupBy(pair => pair.Key, pair => pair.Name, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>
    /// One name, word by word, with the value it stands for and its place in the order of addition. A one-word
    /// Cyrillic name written with a capital ("Известия", "Волошин", "Суспільне") matches only a capitalised word, so
    /// that the common word it also is ("известия", "суспільне життя") does not.
    /// </summary>
    private sealed record Name(ImmutableArray<AliasWord> Words, T Value, int Order, bool NeedsCapital)
    {
        public static Name? Build(string written, ImmutableArray<NameForms.WordForms>? forms, T value, int order)
        {
            var tokens = RegistryWords.Of(written, new Span(0, written.Length));
            if (tokens.IsEmpty)
            {
                return null;
            }
            // A table line made for other words (the name's spelling changed since the table was made) is not used.
            var columns = forms is { } known && known.Length == tokens.Length ? known : default;
            var needsCapital = tokens is [var only] && TextTokens.IsCyrillic(only.Text) && char.IsUpper(only.Text[0]) && only.Text.Skip(1).Any(char.IsLower);
            return new Name([.. tokens.Select((token, i) => AliasWord.Of(token.Text, columns.IsDefault ? null : columns[i]))], value, order, needsCapital);
        }

        public bool MatchesAt(ImmutableArray<TextToken> tokens, string[] folded, int position)
        {
            if (NeedsCapital && !char.IsUpper(tokens[position].Text[0]))
            {
                return false;
            }
            for (var i = 0; i < Words.Length; i++)
            {
                if (!Words[i].Matches(tokens[position + i].Text, folded[position + i]))
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>One word of a registry name: a set of folded forms, or a <see cref="NameWord"/> stem rule.</summary>
internal sealed class AliasWord
{
    // A plain set: building thousands of frozen sets would cost more at load than they save in lookups.
    private readonly HashSet<string>? _forms;
    private readonly NameWord? _stem;

    private AliasWord(HashSet<string>? forms, NameWord? stem)
    {
        _forms = forms;
        _stem = stem;
    }

    /// <summary>
    /// A word with its listed forms; a Cyrillic word the table lacks, or that no resource knew, by the stem rule; any
    /// other word (Latin, digits, two capitals such as "AP") as <see cref="NameWord"/> compares it.
    /// </summary>
    public static AliasWord Of(string word, NameForms.WordForms? forms)
    {
        var nameWord = new NameWord(RegistryWords.Normalise(word));
        return forms?.Rule switch
        {
            NameForms.Rule.Listed => new AliasWord(new HashSet<string>(forms.Value.Forms.Append(RegistryWords.Fold(word)), StringComparer.Ordinal), null),
            NameForms.Rule.AsWritten when !nameWord.IsExactCase => new AliasWord(new HashSet<string>([RegistryWords.Fold(word)], StringComparer.Ordinal), null),
            _ => new AliasWord(null, nameWord),
        };
    }

    /// <summary>The folded text words this word may match, when it matches whole words only.</summary>
    public IEnumerable<string> ExactKeys => _forms ?? (_stem!.Stem is not null ? [] : [_stem.Folded]);

    /// <summary>The <see cref="NameWord.Stem"/> a stemmed word is looked up by.</summary>
    public string? Stem => _stem?.Stem;

    public bool Matches(string textWord, string foldedTextWord) =>
        _forms?.Contains(foldedTextWord) ?? _stem!.Matches(textWord, foldedTextWord);
}

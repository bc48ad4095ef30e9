using System.Text.Json;

namespace Triangulate.Text;

/// <summary>
/// Reads the per-language lexicon files (<c>data/lexicon/{name}.{en,ru,uk}.json</c>): each file an object of lists, a
/// list either plain words or words grouped under a tag (a claim kind, a side, a reason).
/// </summary>
internal static class LexiconFiles
{
    /// <summary>Where the lexicon files ship, relative to the assembly.</summary>
    public const string DefaultDirectory = "data/lexicon";

    /// <summary>Every file of a folder matching <paramref name="pattern"/>, parsed; a file that is not JSON is named in the error.</summary>
    public static IReadOnlyList<JsonElement> ReadAll(string directory, string pattern, string what)
    {
        var files = Directory.GetFiles(directory, pattern).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new FileNotFoundException($"no {what} ({pattern}) in {directory}");
        }
        return [.. files.Select(file => Parse(file, what))];
    }

    /// <summary>A list's words, a verb marked as a lemma ("pull~ back") standing for all its forms (<see cref="VerbForms"/>).</summary>
    public static IEnumerable<string> Strings(JsonElement language, string list) =>
        language.TryGetProperty(list, out var values) ? values.EnumerateArray().SelectMany(Cues) : [];

    public static CueLexicon<bool> Words(IReadOnlyList<JsonElement> languages, string list) =>
        new(languages.SelectMany(language => Strings(language, list)).Select(cue => (cue, true)));

    /// <summary>
    /// A list of words grouped under tags. With <paramref name="slotFillers"/>, a cue holding a slot ("в * інтерв") stands
    /// both for itself without the slot and for the cue with each word of that list of its language in the slot ("в
    /// ексклюзивному інтерв"), so that a phrase the language lets take a modifier is written once.
    /// </summary>
    public static CueLexicon<T> Tagged<T>(IReadOnlyList<JsonElement> languages, string list, Func<string, T> parse, string? slotFillers = null) =>
        new(languages
            .Where(language => language.TryGetProperty(list, out _))
            .SelectMany(language => language.GetProperty(list).EnumerateObject()
                .SelectMany(group => group.Value.EnumerateArray().SelectMany(Cues)
                    .SelectMany(cue => FilledSlots(cue, slotFillers is null ? [] : Strings(language, slotFillers)))
                    .Select(cue => (cue, parse(group.Name))))));

    /// <summary>The slot marking where a cue's phrase may take one more word.</summary>
    private const string Slot = " * ";

    private static IEnumerable<string> FilledSlots(string cue, IEnumerable<string> fillers) =>
        cue.Contains(Slot, StringComparison.Ordinal)
            ? fillers.Select(filler => cue.Replace(Slot, $" {filler} ", StringComparison.Ordinal)).Prepend(cue.Replace(Slot, " ", StringComparison.Ordinal))
            : [cue];

    private static IEnumerable<string> Cues(JsonElement value) => value.GetString() is { } cue ? VerbForms.Default.Expand(cue) : [""];

    private static JsonElement Parse(string file, string what)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"{file}: not a {what} ({error.Message})", error);
        }
    }
}

using System.Buffers;

namespace Triangulate.Model;

/// <summary>
/// Text that both ledger engines store as it is. PostgreSQL refuses U+0000 in text and in jsonb, and no engine can
/// encode half of a surrogate pair as UTF-8 (SQLite would silently write U+FFFD, Npgsql throws). Each such character
/// becomes U+FFFD, one UTF-16 unit for one, so that every span into the text still points at the same words.
/// </summary>
public static class StorableText
{
    public const char Replacement = '\uFFFD';

    /// <summary>Whether the text holds a character no engine stores as given.</summary>
    public static bool NeedsCleaning(ReadOnlySpan<char> text) => FirstUnstorable(text) >= 0;

    /// <summary>The text with every unstorable character replaced by U+FFFD; the same string when there is none.</summary>
    public static string Clean(string text) => Clean(text, out _);

    /// <summary>As <see cref="Clean(string)"/>, counting the characters replaced.</summary>
    public static string Clean(string text, out int replaced)
    {
        ArgumentNullException.ThrowIfNull(text);
        replaced = 0;
        var first = FirstUnstorable(text);
        if (first < 0)
        {
            return text;
        }
        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (IsUnstorableAt(chars, i))
            {
                chars[i] = Replacement;
                replaced++;
            }
            else if (char.IsHighSurrogate(chars[i]))
            {
                i++;
            }
        }
        return new string(chars);
    }

    private static readonly SearchValues<char> Suspects =
        SearchValues.Create("\0" + new string([.. Enumerable.Range(0xD800, 0x800).Select(code => (char)code)]));

    private static int FirstUnstorable(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAny(Suspects);
        while (i >= 0)
        {
            var c = text[i];
            if (c == '\0' || char.IsLowSurrogate(c) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }
            // A whole surrogate pair: look on after it.
            var next = text[(i + 2)..].IndexOfAny(Suspects);
            i = next < 0 ? -1 : i + 2 + next;
        }
        return -1;
    }

    private static bool IsUnstorableAt(char[] chars, int i)
    {
        var c = chars[i];
        if (c == '\0')
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= chars.Length || !char.IsLowSurrogate(chars[i + 1]);
        }
        return char.IsLowSurrogate(c);
    }
}

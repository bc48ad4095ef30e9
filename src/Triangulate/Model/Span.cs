namespace Triangulate.Model;

/// <summary>
/// A half-open range [Start, End) of UTF-16 character offsets into a report's text.
/// Every extracted thing carries one, so that any field can point back at the words it came from.
/// </summary>
public readonly record struct Span
{
    public Span(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }
    public int End { get; }
    public int Length => End - Start;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public string Slice(string text) => text[Start..End];

    public override string ToString() => $"[{Start},{End})";
}

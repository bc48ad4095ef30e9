namespace Triangulate.Model;

/// <summary>The party to the war a source, actor or claim belongs to.</summary>
public enum Side
{
    Unknown,
    RU,
    UA,
    Other,
}

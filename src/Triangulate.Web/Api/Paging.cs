namespace Triangulate.Web.Api;

/// <summary>One page of a listing; <see cref="NextOffset"/> is null on the last page.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? NextOffset)
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <summary>Makes a page from up to <c>limit + 1</c> rows: the extra row only tells that there is a next page.</summary>
    public static Page<T> FromOverfetch(IReadOnlyList<T> rows, int offset, int limit) =>
        rows.Count > limit
            ? new Page<T>(rows.Take(limit).ToList(), offset, limit, offset + limit)
            : new Page<T>(rows, offset, limit, null);
}

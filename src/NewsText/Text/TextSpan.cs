namespace NewsText;

/// <summary>A range of UTF-16 code units in a source text: every element of the document model is one of these, not a copy.</summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span has no code units.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates the span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">First offset.</param>
    /// <param name="end">Offset just past the last code unit.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    /// <param name="other">Another span.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    /// <summary>The spanned text.</summary>
    /// <param name="source">The text the span refers to.</param>
    /// <returns>The slice.</returns>
    public ReadOnlySpan<char> Slice(ReadOnlySpan<char> source) => source.Slice(Start, Length);
}

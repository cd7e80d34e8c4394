namespace NewsText;

/// <summary>The left context a boundary rule set needs, updated one code point at a time.</summary>
internal interface IBoundaryState
{
    /// <summary>The position from which replaying code points into a fresh state rebuilds the state at <paramref name="start"/> exactly.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The start of a code point.</param>
    static abstract int RestartPoint(ReadOnlySpan<char> text, int start);

    /// <summary>Adds a code point to the left context without a break decision (the first code point, or a replay).</summary>
    void Advance(int codePoint);

    /// <summary>Decides whether there is a boundary before <paramref name="codePoint"/>, then adds it to the left context.</summary>
    /// <param name="codePoint">The code point right of the candidate boundary.</param>
    /// <param name="text">The whole text, for rules that look ahead.</param>
    /// <param name="next">The offset just past <paramref name="codePoint"/>.</param>
    /// <returns><see langword="true"/> for a boundary before <paramref name="codePoint"/>.</returns>
    bool Step(int codePoint, ReadOnlySpan<char> text, int next);
}

/// <summary>Moves a boundary rule set forward through UTF-16 text: linear, allocation-free, never splits a surrogate pair.</summary>
internal static class BoundaryScanner
{
    /// <summary>Finds the first boundary after the code point at <paramref name="start"/>.</summary>
    /// <param name="state">The left context including the code point at <paramref name="start"/>; on return it includes the code point at the returned boundary.</param>
    /// <param name="text">The text.</param>
    /// <param name="start">The start of a code point, less than <c>text.Length</c>.</param>
    /// <returns>The boundary, or <c>text.Length</c>.</returns>
    public static int Scan<TState>(ref TState state, ReadOnlySpan<char> text, int start)
        where TState : struct, IBoundaryState
    {
        int pos = start + CodePoints.DecodeAt(text, start, out _);
        while (pos < text.Length)
        {
            int length = CodePoints.DecodeAt(text, pos, out int codePoint);
            if (state.Step(codePoint, text, pos + length))
            {
                return pos;
            }

            pos += length;
        }

        return pos;
    }

    /// <summary>The first boundary strictly after <paramref name="index"/>, rebuilding the left context from a restart point.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, <c>text.Length</c>).</exception>
    public static int NextBoundary<TState>(ReadOnlySpan<char> text, int index)
        where TState : struct, IBoundaryState
    {
        if ((uint)index >= (uint)text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The index must be at least 0 and less than the text's length.");
        }

        int start = CodePoints.StartOf(text, index);
        TState state = default;
        for (int i = TState.RestartPoint(text, start); i <= start;)
        {
            i += CodePoints.DecodeAt(text, i, out int codePoint);
            state.Advance(codePoint);
        }

        return Scan(ref state, text, start);
    }
}

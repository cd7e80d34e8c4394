namespace NewsText;

/// <summary>Enumerates the word boundaries of a text (see <see cref="WordSegmenter.EnumerateBoundaries"/>); use it in <c>foreach</c>.</summary>
/// <remarks>A <c>ref struct</c> over the text: it allocates nothing and carries the rule context forward, so a whole text takes linear time.</remarks>
public ref struct WordBoundaryEnumerator
{
    private readonly ReadOnlySpan<char> text;
    private WordBreakState state;
    private int current;
    private bool started;

    internal WordBoundaryEnumerator(ReadOnlySpan<char> text)
    {
        this.text = text;
    }

    /// <summary>The current boundary: an offset in UTF-16 code units, from 0 to the text's length.</summary>
    public readonly int Current => current;

    /// <summary>Returns this enumerator, so it can be used in <c>foreach</c>.</summary>
    /// <returns>A copy of this enumerator.</returns>
    public readonly WordBoundaryEnumerator GetEnumerator() => this;

    /// <summary>Moves to the next boundary.</summary>
    /// <returns><see langword="false"/> after the boundary at the end of the text (at once for empty text).</returns>
    public bool MoveNext()
    {
        if (!started)
        {
            started = true;
            if (text.IsEmpty)
            {
                return false;
            }

            CodePoints.DecodeAt(text, 0, out int first);
            state.Advance(first);
            current = 0;
            return true;
        }

        if (current >= text.Length)
        {
            return false;
        }

        current = BoundaryScanner.Scan(ref state, text, current);
        return true;
    }
}

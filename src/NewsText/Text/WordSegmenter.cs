namespace NewsText;

/// <summary>Finds word boundaries as defined by Unicode Standard Annex #29 (rules WB1–WB999, Unicode 16.0).</summary>
/// <remarks>
/// Offsets are UTF-16 code units; a boundary never falls inside a surrogate pair. A lone surrogate counts as one code point
/// of Word_Break property Other; no input throws. The methods are thread-safe and allocate nothing.
/// These are the raw UAX #29 boundaries: a word, a space run, each punctuation mark lies between two of them.
/// </remarks>
public static class WordSegmenter
{
    /// <summary>Returns the first word boundary strictly after <paramref name="index"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">An offset in [0, <c>text.Length</c>); inside a surrogate pair it stands for the pair's start.</param>
    /// <returns>The next boundary; <c>text.Length</c> when none is left before the end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <c>text.Length</c>.</exception>
    /// <remarks>
    /// Rules look left of <paramref name="index"/>, so the call first reads back over the context it needs: two letters or marks,
    /// the Extend/Format/ZWJ characters around them and a run of regional indicators. To walk a whole text, use
    /// <see cref="EnumerateBoundaries"/>, which carries that context forward and runs in linear time.
    /// </remarks>
    public static int NextBoundary(ReadOnlySpan<char> text, int index) => BoundaryScanner.NextBoundary<WordBreakState>(text, index);

    /// <summary>Enumerates every word boundary of <paramref name="text"/> in order, in linear time.</summary>
    /// <param name="text">The text.</param>
    /// <returns>An enumerator of boundary offsets: 0, each boundary inside the text, and <c>text.Length</c>; nothing for empty text.</returns>
    public static WordBoundaryEnumerator EnumerateBoundaries(ReadOnlySpan<char> text) => new(text);
}

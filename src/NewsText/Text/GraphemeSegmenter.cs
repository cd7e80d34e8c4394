using GB = NewsText.GraphemeBreakProperty;

namespace NewsText;

/// <summary>Finds extended grapheme cluster boundaries as defined by Unicode Standard Annex #29 (rules GB1–GB999, Unicode 16.0, with GB9c).</summary>
/// <remarks>Offsets are UTF-16 code units; a lone surrogate is one code point (Grapheme_Cluster_Break Other). Never throws on any text.</remarks>
internal static class GraphemeSegmenter
{
    /// <summary>Returns the first grapheme cluster boundary strictly after <paramref name="index"/>; <c>text.Length</c> at the end.</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">An offset in [0, <c>text.Length</c>); inside a surrogate pair it stands for the pair's start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, <c>text.Length</c>).</exception>
    /// <remarks>Reads back over the context the rules need (a conjunct, an emoji ZWJ sequence, a regional indicator run) unless the code point at <paramref name="index"/> starts afresh.</remarks>
    public static int NextBoundary(ReadOnlySpan<char> text, int index) => BoundaryScanner.NextBoundary<GraphemeBreakState>(text, index);
}

/// <summary>Left context for the extended grapheme cluster rules (UAX #29, Unicode 16.0).</summary>
internal struct GraphemeBreakState : IBoundaryState
{
    private const byte None = 0;
    private const byte Started = 1; // GB9c: a consonant and then Extend/Linker, no Linker yet; GB11: a pictograph and then Extend.
    private const byte Ready = 2; // GB9c: a Linker seen, the next consonant joins; GB11: the ZWJ seen, the next pictograph joins.

    private GB raw;
    private byte conjunct;
    private byte pictographic;
    private int regionalIndicators;

    /// <inheritdoc/>
    public static int RestartPoint(ReadOnlySpan<char> text, int start)
    {
        // After a code point that continues no sequence (not InCB Extend/Linker, not Extend/ZWJ, not a regional indicator)
        // the state no longer depends on anything before it.
        int restart = start;
        CodePoints.DecodeAt(text, start, out int codePoint);
        while (Continues(codePoint) && restart > 0)
        {
            restart = CodePoints.StartBefore(text, restart);
            CodePoints.DecodeAt(text, restart, out codePoint);
        }

        return restart;
    }

    /// <inheritdoc/>
    public void Advance(int codePoint) => Advance(codePoint, UnicodeData.GetGraphemeBreak(codePoint), UnicodeData.GetIndicConjunctBreak(codePoint));

    /// <inheritdoc/>
    public bool Step(int codePoint, ReadOnlySpan<char> text, int next)
    {
        GB right = UnicodeData.GetGraphemeBreak(codePoint);
        IndicConjunctBreak incb = UnicodeData.GetIndicConjunctBreak(codePoint);
        bool isBreak = IsBreakBefore(right, incb, codePoint);
        Advance(codePoint, right, incb);
        return isBreak;
    }

    private static bool Continues(int codePoint) =>
        UnicodeData.GetIndicConjunctBreak(codePoint) is IndicConjunctBreak.Extend or IndicConjunctBreak.Linker
        || UnicodeData.GetGraphemeBreak(codePoint) is GB.Extend or GB.ZWJ or GB.RegionalIndicator;

    private void Advance(int codePoint, GB property, IndicConjunctBreak incb)
    {
        conjunct = incb switch
        {
            IndicConjunctBreak.Consonant => Started,
            IndicConjunctBreak.Linker when conjunct != None => Ready,
            IndicConjunctBreak.Extend => conjunct,
            _ => None,
        };
        pictographic = UnicodeData.IsExtendedPictographic(codePoint) ? Started
            : pictographic == Started && property == GB.Extend ? Started
            : pictographic == Started && property == GB.ZWJ ? Ready
            : None;
        regionalIndicators = property == GB.RegionalIndicator ? regionalIndicators + 1 : 0;
        raw = property;
    }

    private readonly bool IsBreakBefore(GB right, IndicConjunctBreak incb, int codePoint)
    {
        if (raw == GB.CR && right == GB.LF)
        {
            return false; // GB3
        }

        if (raw is GB.Control or GB.CR or GB.LF || right is GB.Control or GB.CR or GB.LF)
        {
            return true; // GB4, GB5
        }

        return !((raw == GB.L && right is GB.L or GB.V or GB.LV or GB.LVT) // GB6
            || (raw is GB.LV or GB.V && right is GB.V or GB.T) // GB7
            || (raw is GB.LVT or GB.T && right == GB.T) // GB8
            || right is GB.Extend or GB.ZWJ or GB.SpacingMark // GB9, GB9a
            || raw == GB.Prepend // GB9b
            || (conjunct == Ready && incb == IndicConjunctBreak.Consonant) // GB9c
            || (pictographic == Ready && UnicodeData.IsExtendedPictographic(codePoint)) // GB11
            || (raw == GB.RegionalIndicator && right == GB.RegionalIndicator && (regionalIndicators & 1) == 1)); // GB12, GB13
    }
}

using WB = NewsText.WordBreakProperty;

namespace NewsText;

/// <summary>Left context for the UAX #29 word boundary rules (Unicode 16.0), updated one code point at a time.</summary>
/// <remarks>
/// WB4 makes Extend, Format and ZWJ invisible to the rules from WB5 on, so besides the raw last property the state keeps the last two
/// visible ones and the length of the run of visible regional indicators that ends the context (WB15/WB16 pair them from its start).
/// After sot, CR, LF or Newline WB4 does not apply; there the last visible property stays the newline (or Other at sot), which no rule
/// from WB5 on joins to anything, exactly like the lone Extend the rules would see.
/// </remarks>
internal struct WordBreakState : IBoundaryState
{
    private WB raw;
    private WB last;
    private WB beforeLast;
    private int regionalIndicators;

    /// <inheritdoc/>
    public static int RestartPoint(ReadOnlySpan<char> text, int start)
    {
        // Read back over two visible code points (with the invisible ones around them); if both are regional indicators,
        // over the whole run of them, since only its length tells whether the last one starts a pair.
        int restart = start, visible = 0;
        bool allRegional = true;
        while (restart > 0)
        {
            int before = CodePoints.StartBefore(text, restart);
            CodePoints.DecodeAt(text, before, out int codePoint);
            WB property = UnicodeData.GetWordBreak(codePoint);
            if (!IsIgnored(property))
            {
                if (visible >= 2 && property != WB.RegionalIndicator)
                {
                    break;
                }

                visible++;
                allRegional &= property == WB.RegionalIndicator;
            }

            restart = before;
            if (visible >= 2 && !allRegional)
            {
                break;
            }
        }

        return restart;
    }

    /// <inheritdoc/>
    public void Advance(int codePoint) => Advance(UnicodeData.GetWordBreak(codePoint));

    /// <inheritdoc/>
    public bool Step(int codePoint, ReadOnlySpan<char> text, int next)
    {
        WB right = UnicodeData.GetWordBreak(codePoint);
        bool isBreak = IsBreakBefore(right, codePoint, text, next);
        Advance(right);
        return isBreak;
    }

    private static bool IsIgnored(WB p) => p is WB.Extend or WB.Format or WB.ZWJ;

    private static bool IsAHLetter(WB p) => p is WB.ALetter or WB.HebrewLetter;

    private static bool IsMidLetterQ(WB p) => p is WB.MidLetter or WB.MidNumLet or WB.SingleQuote;

    private static bool IsMidNumQ(WB p) => p is WB.MidNum or WB.MidNumLet or WB.SingleQuote;

    /// <summary>The first property after <paramref name="index"/> that WB4 does not ignore; Other at the end of the text.</summary>
    private static WB NextVisible(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length)
        {
            index += CodePoints.DecodeAt(text, index, out int codePoint);
            WB p = UnicodeData.GetWordBreak(codePoint);
            if (!IsIgnored(p))
            {
                return p;
            }
        }

        return WB.Other;
    }

    private void Advance(WB property)
    {
        raw = property;
        if (IsIgnored(property))
        {
            return;
        }

        beforeLast = last;
        last = property;
        regionalIndicators = property == WB.RegionalIndicator ? regionalIndicators + 1 : 0;
    }

    private readonly bool IsBreakBefore(WB right, int codePoint, ReadOnlySpan<char> text, int next)
    {
        // WB3–WB3d look at the raw neighbours.
        if (raw == WB.CR && right == WB.LF)
        {
            return false;
        }

        if (raw is WB.CR or WB.LF or WB.Newline || right is WB.CR or WB.LF or WB.Newline)
        {
            return true;
        }

        if ((raw == WB.ZWJ && UnicodeData.IsExtendedPictographic(codePoint)) || (raw == WB.WSegSpace && right == WB.WSegSpace))
        {
            return false;
        }

        // WB4: Extend, Format and ZWJ attach to what precedes them; from here on the rules see only visible properties.
        if (IsIgnored(right))
        {
            return false;
        }

        switch (right)
        {
            case WB.ALetter or WB.HebrewLetter:
                return !(IsAHLetter(last) // WB5
                    || (IsMidLetterQ(last) && IsAHLetter(beforeLast)) // WB7
                    || (right == WB.HebrewLetter && last == WB.DoubleQuote && beforeLast == WB.HebrewLetter) // WB7c
                    || last is WB.Numeric or WB.ExtendNumLet); // WB10, WB13b
            case WB.Numeric:
                return !(last is WB.Numeric or WB.ExtendNumLet || IsAHLetter(last) // WB8, WB13b, WB9
                    || (IsMidNumQ(last) && beforeLast == WB.Numeric)); // WB11
            case WB.Katakana:
                return last is not (WB.Katakana or WB.ExtendNumLet); // WB13, WB13b
            case WB.ExtendNumLet:
                return !(IsAHLetter(last) || last is WB.Numeric or WB.Katakana or WB.ExtendNumLet); // WB13a
            case WB.RegionalIndicator:
                return !(last == WB.RegionalIndicator && (regionalIndicators & 1) == 1); // WB15, WB16
            case WB.SingleQuote or WB.DoubleQuote or WB.MidLetter or WB.MidNumLet or WB.MidNum:
                if (last == WB.HebrewLetter && right == WB.SingleQuote)
                {
                    return false; // WB7a
                }

                if (!IsAHLetter(last) && last != WB.Numeric)
                {
                    return true;
                }

                WB after = NextVisible(text, next);
                return !((IsAHLetter(last) && IsMidLetterQ(right) && IsAHLetter(after)) // WB6
                    || (last == WB.HebrewLetter && right == WB.DoubleQuote && after == WB.HebrewLetter) // WB7b
                    || (last == WB.Numeric && IsMidNumQ(right) && after == WB.Numeric)); // WB12
            default:
                return true; // WB999
        }
    }
}

namespace NewsText;

// TEMPORARY stand-in until the UAX #29 segmenter lands (branch `unicode`); deleted at that merge. Partial rules only.
internal static class WordSegmenter
{
    internal static int NextBoundary(ReadOnlySpan<char> text, int index)
    {
        int i = index;
        WordBreakProperty first = Prop(text, i, out int w);
        i += w;
        if (first is WordBreakProperty.CR && i < text.Length && text[i] == '\n')
        {
            return i + 1;
        }

        if (first is WordBreakProperty.CR or WordBreakProperty.LF or WordBreakProperty.Newline)
        {
            return i;
        }

        WordBreakProperty last = first;
        while (i < text.Length)
        {
            WordBreakProperty p = Prop(text, i, out w);
            if (p is WordBreakProperty.Extend or WordBreakProperty.Format or WordBreakProperty.ZWJ)
            {
                i += w;
                continue;
            }

            bool join = (IsAH(last) || last == WordBreakProperty.Numeric || last == WordBreakProperty.ExtendNumLet) && (IsAH(p) || p == WordBreakProperty.Numeric || p == WordBreakProperty.ExtendNumLet);
            join |= last == WordBreakProperty.WSegSpace && p == WordBreakProperty.WSegSpace;
            join |= last == WordBreakProperty.RegionalIndicator && p == WordBreakProperty.RegionalIndicator && first == WordBreakProperty.RegionalIndicator && i - index == 2;
            if (!join && p is WordBreakProperty.MidLetter or WordBreakProperty.MidNumLet or WordBreakProperty.SingleQuote or WordBreakProperty.MidNum && i + w < text.Length)
            {
                WordBreakProperty next = Prop(text, i + w, out int w2);
                bool mid = (IsAH(last) && IsAH(next) && p != WordBreakProperty.MidNum) || (last == WordBreakProperty.Numeric && next == WordBreakProperty.Numeric && p != WordBreakProperty.MidLetter);
                if (mid)
                {
                    i += w + w2;
                    last = next;
                    continue;
                }
            }

            if (!join)
            {
                return i;
            }

            i += w;
            last = p;
        }

        return i;
    }

    private static bool IsAH(WordBreakProperty p) => p is WordBreakProperty.ALetter or WordBreakProperty.HebrewLetter;

    private static WordBreakProperty Prop(ReadOnlySpan<char> text, int i, out int width)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            width = 2;
            return UnicodeData.GetWordBreak(char.ConvertToUtf32(c, text[i + 1]));
        }

        width = 1;
        return UnicodeData.GetWordBreak(c);
    }
}

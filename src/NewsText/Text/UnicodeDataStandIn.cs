using System.Globalization;
using System.Text;

namespace NewsText;

// TEMPORARY stand-in until the generated Unicode 16.0 tables land (branch `unicode`); deleted at that merge.
internal enum WordBreakProperty : byte
{
    Other = 0, CR, LF, Newline, Extend, ZWJ, RegionalIndicator, Format, Katakana, HebrewLetter, ALetter, SingleQuote, DoubleQuote, MidNumLet, MidLetter, MidNum, Numeric, ExtendNumLet, WSegSpace,
}

internal static partial class UnicodeData
{
    internal static WordBreakProperty GetWordBreak(int cp)
    {
        switch (cp)
        {
            case '\r': return WordBreakProperty.CR;
            case '\n': return WordBreakProperty.LF;
            case 0x0B or 0x0C or 0x85 or 0x2028 or 0x2029: return WordBreakProperty.Newline;
            case 0x200D: return WordBreakProperty.ZWJ;
            case 0x200C: return WordBreakProperty.Extend;
            case '\'': return WordBreakProperty.SingleQuote;
            case '"': return WordBreakProperty.DoubleQuote;
            case '.' or 0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E: return WordBreakProperty.MidNumLet;
            case ':' or 0xB7 or 0x387 or 0x55F or 0x5F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A: return WordBreakProperty.MidLetter;
            case ',' or ';' or 0x37E or 0x589 or 0x60C or 0x60D or 0x66C or 0x7F8 or 0x2044 or 0xFE10 or 0xFE14 or 0xFE50 or 0xFE54 or 0xFF0C or 0xFF1B: return WordBreakProperty.MidNum;
            case 0x00A0 or 0x2007 or 0x202F: return WordBreakProperty.Other;
        }

        if (cp is >= 0x1F1E6 and <= 0x1F1FF)
        {
            return WordBreakProperty.RegionalIndicator;
        }

        if (cp is >= 0x1F3FB and <= 0x1F3FF)
        {
            return WordBreakProperty.Extend;
        }

        if (!Rune.IsValid(cp))
        {
            return WordBreakProperty.Other;
        }

        var rune = new Rune(cp);
        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return WordBreakProperty.Extend;
            case UnicodeCategory.Format:
                return cp == 0x200B ? WordBreakProperty.Other : WordBreakProperty.Format;
            case UnicodeCategory.DecimalDigitNumber:
                return WordBreakProperty.Numeric;
            case UnicodeCategory.ConnectorPunctuation:
                return WordBreakProperty.ExtendNumLet;
            case UnicodeCategory.SpaceSeparator:
                return WordBreakProperty.WSegSpace;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter:
                if (cp is (>= 0x05D0 and <= 0x05EA))
                {
                    return WordBreakProperty.HebrewLetter;
                }

                if (cp is (>= 0x30A0 and <= 0x30FF))
                {
                    return WordBreakProperty.Katakana;
                }

                return cp is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) || cp >= 0x20000 || (cp is >= 0x0E00 and <= 0x0EFF) ? WordBreakProperty.Other : WordBreakProperty.ALetter;
            default:
                return WordBreakProperty.Other;
        }
    }

    internal static bool IsExtendedPictographic(int cp) => cp is 0xA9 or 0xAE or 0x203C or 0x2049 or 0x2122 or 0x2139 or (>= 0x2194 and <= 0x21AA) or (>= 0x2300 and <= 0x23FF) or (>= 0x25AA and <= 0x27BF) or (>= 0x2934 and <= 0x2935) or (>= 0x2B05 and <= 0x2B55) or (>= 0x1F000 and <= 0x1FFFD);

    internal static bool IsEmojiModifier(int cp) => cp is >= 0x1F3FB and <= 0x1F3FF;

    internal static bool IsEmojiPresentation(int cp) => cp >= 0x1F000 || cp is (>= 0x231A and <= 0x231B) or (>= 0x2614 and <= 0x2615) or 0x2705 or 0x2728 or 0x274C or 0x2764;
}

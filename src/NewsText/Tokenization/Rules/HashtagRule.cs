using System.Globalization;

namespace NewsText.Tokenization.Rules;

/// <summary>
/// #hashtags after twitter-text, in any script: '#' or '＃', then a run of letters, marks, decimal digits, '_'
/// and the joiners and marks twitter-text adds (ZWNJ, ZWJ, the Hebrew geresh and maqaf, the Japanese wave dash and
/// iteration marks, the Tibetan tsheg, the middle dot …), holding at least one letter or mark (so <c>#2023</c> is no hashtag).
/// Not after such a character or '&amp;' (<c>&amp;#39;</c>); not when the '#' starts a keycap emoji (U+FE0F, U+20E3 next);
/// not when followed by '#', '＃' or "://".
/// </summary>
internal static class HashtagRule
{
    /// <summary>Scans for a #hashtag at <paramref name="start"/>.</summary>
    /// <param name="text">The text, or the current chunk of a stream.</param>
    /// <param name="start">Index of the candidate '#' or '＃'.</param>
    /// <param name="previous">The code point before <paramref name="start"/>, or -1 at the start of the text.</param>
    /// <param name="isFinalBlock">Whether <paramref name="text"/> runs to the end of the input.</param>
    /// <param name="maxLength">The longest token the caller accepts, in UTF-16 code units.</param>
    /// <param name="length">On <see cref="ScanResult.Match"/>, the token's UTF-16 length (with the '#').</param>
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)text.Length || text[start] is not ('#' or '＃'))
        {
            return ScanResult.NoMatch;
        }

        // Variation selectors after an emoji are marks, but twitter-text lets a hashtag follow them.
        if (previous == '&' || (previous is not (0xFE0E or 0xFE0F) && IsHashtagChar(previous)))
        {
            return ScanResult.NoMatch;
        }

        var reader = new ScanReader(text, start, isFinalBlock, maxLength);
        int i = start + 1;
        int first = reader.Peek(i);
        bool hasLetter = false;
        bool tooLong = false;
        if (first is not (0xFE0F or 0x20E3))
        {
            while (true)
            {
                int c = reader.Peek(i, out int width);
                if (!IsHashtagChar(c))
                {
                    break;
                }

                hasLetter |= RuleChars.IsLetterOrMark(c);
                i += width;
                if (i - start > maxLength)
                {
                    tooLong = true;
                    break;
                }
            }
        }

        bool valid = !tooLong && hasLetter && !IsInvalidAfter(ref reader, i);
        return reader.Result(start, valid ? i : -1, out length);
    }

    /// <summary>twitter-text's hashtag characters: \p{L}, \p{M}, \p{Nd}, '_' and its special characters.</summary>
    internal static bool IsHashtagChar(int c) => RuleChars.Category(c) switch
    {
        <= UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber => true,
        _ => c is '_' or 0x200C or 0x200D or 0xA67E or 0x05BE or 0x05F3 or 0x05F4 or 0xFF5E or 0x301C or 0x309B or 0x309C
            or 0x30A0 or 0x30FB or 0x3003 or 0x0F0B or 0x0F0C or 0x00B7,
    };

    private static bool IsInvalidAfter(ref ScanReader reader, int index)
    {
        int c = reader.Peek(index);
        return c is '#' or '＃' || reader.IsSchemeSeparatorAt(index);
    }
}

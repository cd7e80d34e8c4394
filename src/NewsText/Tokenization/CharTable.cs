using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace NewsText.Tokenization;

/// <summary>
/// One byte per BMP char for the tokenizer's hot loop, built once from the Unicode tables (64 KiB).
/// Bits 0–2: script; then the classes the fast paths test with one AND.
/// </summary>
internal static class CharTable
{
    /// <summary>Continues a word run: ALetter, Numeric, Extend, ZWJ, Format (not Hebrew/Katakana, which have own rules).</summary>
    internal const byte WordChar = 1 << 3;

    /// <summary>Extend, ZWJ or Format: attaches to what precedes it (UAX #29 WB4).</summary>
    internal const byte Ignorable = 1 << 4;

    /// <summary>Numeric (starts a number).</summary>
    internal const byte Digit = 1 << 5;

    /// <summary>Horizontal whitespace: tab, space separators, no-break spaces.</summary>
    internal const byte Space = 1 << 6;

    /// <summary>After a word run this char may join it (MidLetter, MidNumLet, MidNum, SingleQuote, ExtendNumLet, Hebrew, Katakana, ExtPict, surrogates) or start a news rule (<c>. : @ / - _ +</c>): take the slow path.</summary>
    internal const byte SlowStop = 1 << 7;

    internal static readonly byte[] Bmp = Build();

    /// <summary>The table's first byte, for bounds-check-free lookups: the table has an entry for every <see cref="char"/>.</summary>
    internal static ref byte Ref
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref MemoryMarshal.GetArrayDataReference(Bmp);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte Of(char c) => Unsafe.Add(ref Ref, (nint)c);

    private static byte[] Build()
    {
        var table = new byte[0x10000];
        for (int cp = 0; cp < 0x10000; cp++)
        {
            table[cp] = Classify(cp);
        }

        return table;
    }

    private static byte Classify(int cp)
    {
        if (cp is >= 0xD800 and <= 0xDFFF)
        {
            return SlowStop;
        }

        byte b = (byte)UnicodeData.GetScript(cp);
        WordBreakProperty wb = UnicodeData.GetWordBreak(cp);
        switch (wb)
        {
            case WordBreakProperty.ALetter:
                b |= WordChar;
                break;
            case WordBreakProperty.Numeric:
                b |= WordChar | Digit;
                break;
            case WordBreakProperty.Extend or WordBreakProperty.ZWJ or WordBreakProperty.Format:
                b |= WordChar | Ignorable;
                break;
            case WordBreakProperty.MidLetter or WordBreakProperty.MidNumLet or WordBreakProperty.MidNum or WordBreakProperty.SingleQuote
                or WordBreakProperty.ExtendNumLet or WordBreakProperty.HebrewLetter or WordBreakProperty.Katakana:
                b |= SlowStop;
                break;
        }

        if (cp == '\t' || (cp != 0x200B && cp != 0xFEFF && Rune.GetUnicodeCategory(new Rune(cp)) == UnicodeCategory.SpaceSeparator))
        {
            b |= Space;
        }

        if (cp is '.' or ':' or '@' or '/' or '-' or '_' or '+' || UnicodeData.IsExtendedPictographic(cp))
        {
            b |= SlowStop;
        }

        if (wb is WordBreakProperty.Format or WordBreakProperty.ZWJ || cp == 0xFE0F)
        {
            // Format chars, ZWJ and the emoji variation selector attach like marks but are not combining marks: leave words
            // holding them to the classifier, which sets HasCombiningMarks for true marks only.
            b = (byte)((b & ~WordChar) | SlowStop);
        }

        if (cp == 0x20E3)
        {
            // COMBINING ENCLOSING KEYCAP turns "1" + U+FE0F into an emoji: leave keycap sequences to the classifier.
            b = (byte)((b & ~WordChar) | SlowStop);
        }

        if (UnicodeData.GetGraphemeBreak(cp) == GraphemeBreakProperty.Prepend)
        {
            // A prepended char binds to what follows even across a word boundary (GB9b): the slow path extends the token.
            b = (byte)((b & ~WordChar) | SlowStop);
        }

        return b;
    }
}

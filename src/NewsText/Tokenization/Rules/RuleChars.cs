using System.Globalization;
using System.Text;

namespace NewsText.Tokenization.Rules;

/// <summary>Character classes shared by the rules, after twitter-text's definitions.</summary>
internal static class RuleChars
{
    /// <summary>[A-Za-z0-9].</summary>
    internal static bool IsAsciiLetterOrDigit(int c) => (uint)c < 0x80 && char.IsAsciiLetterOrDigit((char)c);

    /// <summary>[A-Za-z0-9_], the characters of a screen name.</summary>
    internal static bool IsAsciiWord(int c) => c == '_' || IsAsciiLetterOrDigit(c);

    /// <summary>twitter-text's "latin accent" characters: Latin-1 and Latin Extended letters, IPA letters it names, combining diacritics.</summary>
    internal static bool IsLatinAccent(int c) => c switch
    {
        (>= 0xC0 and <= 0xD6) or (>= 0xD8 and <= 0xF6) or (>= 0xF8 and <= 0x24F) => true,
        0x253 or 0x254 or 0x256 or 0x257 or 0x259 or 0x25B or 0x263 or 0x268 or 0x26F or 0x272 or 0x289 or 0x28B or 0x2BB => true,
        (>= 0x300 and <= 0x36F) or (>= 0x1E00 and <= 0x1EFF) => true,
        _ => false,
    };

    /// <summary>The general category of a code point; lone surrogates and <see cref="ScanReader.End"/> are <see cref="UnicodeCategory.OtherNotAssigned"/>.</summary>
    internal static UnicodeCategory Category(int c) => Rune.IsValid(c) ? Rune.GetUnicodeCategory(new Rune(c)) : UnicodeCategory.OtherNotAssigned;

    /// <summary>\p{L} or \p{M}.</summary>
    internal static bool IsLetterOrMark(int c) => Category(c) <= UnicodeCategory.EnclosingMark;

    /// <summary>The code point that ends just before <paramref name="index"/>, or -1 at the start of the text.</summary>
    internal static int CodePointBefore(ReadOnlySpan<char> text, int index)
    {
        if (index <= 0)
        {
            return -1;
        }

        char c = text[index - 1];
        if (char.IsLowSurrogate(c) && index >= 2 && char.IsHighSurrogate(text[index - 2]))
        {
            return char.ConvertToUtf32(text[index - 2], c);
        }

        return c;
    }
}

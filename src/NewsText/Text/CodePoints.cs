using System.Runtime.CompilerServices;

namespace NewsText;

/// <summary>UTF-16 stepping that never throws: a lone surrogate is one code point of its own (its code unit value).</summary>
internal static class CodePoints
{
    /// <summary>Decodes the code point starting at <paramref name="index"/>.</summary>
    /// <returns>Its length in code units: 2 for a surrogate pair, otherwise 1.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int DecodeAt(ReadOnlySpan<char> text, int index, out int codePoint)
    {
        char c = text[index];
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            codePoint = char.ConvertToUtf32(c, text[index + 1]);
            return 2;
        }

        codePoint = c;
        return 1;
    }

    /// <summary>The start of the code point that ends at <paramref name="index"/> (which must be greater than 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int StartBefore(ReadOnlySpan<char> text, int index) =>
        index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2]) ? index - 2 : index - 1;

    /// <summary>The start of the code point that contains the code unit at <paramref name="index"/>: one less when it is the low half of a pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int StartOf(ReadOnlySpan<char> text, int index) =>
        index > 0 && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
}

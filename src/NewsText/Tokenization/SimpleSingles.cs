using System.Runtime.CompilerServices;

namespace NewsText.Tokenization;

/// <summary>
/// One-char tokens the tokenizer's fast path can emit without the general machinery: common ASCII punctuation and symbols,
/// line feed, and the danda. Each entry is exactly what the slow path would produce (a test checks every entry against it).
/// </summary>
internal static class SimpleSingles
{
    private const byte Terminal = 0x80;

    /// <summary>Per ASCII char: 0 = not simple; else the token kind, with <see cref="Terminal"/> for sentence terminals.</summary>
    private static ReadOnlySpan<byte> Ascii =>
    [
        // 0x00-0x1F: LF; controls, tab, CR and the other line breaks are left to the slow path.
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)TokenKind.LineBreak, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,

        // 0x20-0x2F:  space ! " # $ % & ' ( ) * + , - . /
        0, 3 | Terminal, 0, 0, 11, 11, 11, 0, 3, 3, 11, 0, 3, 0, 3 | Terminal, 3,

        // 0x30-0x3F: digits, : ; < = > ?
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 11, 11, 11, 3 | Terminal,

        // 0x40-0x5F: @ letters [ \ ] ^ _
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 11, 0,

        // 0x60-0x7F: ` letters { | } ~ DEL
        11, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 11, 3, 11, 0,
    ];

    /// <summary>Whether <paramref name="c"/>, followed by <paramref name="next"/>, is a one-char token, and which.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryGet(char c, char next, out TokenKind kind, out TokenFlags flags)
    {
        byte entry;
        if (c < 0x80)
        {
            entry = Ascii[c];
        }
        else if (c is '\u0964' or '\u0965')
        {
            entry = 3 | Terminal;
        }
        else
        {
            entry = 0;
        }

        // Not simple when the next char attaches to it (a mark) or continues a run (..., ?!, **).
        if (entry == 0 || (CharTable.Of(next) & CharTable.Ignorable) != 0 || (next == c && c != '\n') || (c is '?' or '!' && next is '?' or '!'))
        {
            kind = default;
            flags = default;
            return false;
        }

        kind = (TokenKind)(entry & 0x0F);
        flags = (entry & Terminal) != 0 ? TokenFlags.SentenceTerminal : TokenFlags.None;
        return true;
    }

    /// <summary>
    /// Whether a word run that stopped at a char that might continue it (<paramref name="stop"/>) surely ends there: no URL,
    /// e-mail or UAX #29 join continues through <c>. : - / @ + , ;</c> followed by whitespace, nor through <c>,</c> or <c>;</c>
    /// after a char that is no digit (UAX #29 joins only digit, separator, digit).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool EndsWord(char stop, char next, bool hasNext, bool afterDigit)
    {
        if (stop is ',' or ';')
        {
            return !afterDigit || (hasNext && next is ' ' or '\n' or '\r' or '\t');
        }

        return hasNext && stop is '.' or ':' or '-' or '/' or '@' or '+' && next is ' ' or '\n' or '\r' or '\t';
    }

    /// <summary>
    /// Whether a hyphen (<paramref name="rest"/> starts at it) joins plain words only, as in <c>नव-नियुक्त</c> or
    /// <c>well-known</c>: the run of word chars and hyphens after it ends, within the slice, at a char that cannot continue a
    /// URL or e-mail (<c>. @ : / _ +</c>). Then the word before the hyphen surely ends there (UAX #29 breaks at a hyphen).
    /// </summary>
    internal static bool IsPlainCompound(ReadOnlySpan<char> rest)
    {
        for (int j = 1; j < rest.Length; j++)
        {
            char c = rest[j];
            if (c == '-' || (CharTable.Of(c) & (CharTable.WordChar | CharTable.SlowStop)) == CharTable.WordChar)
            {
                continue;
            }

            return (CharTable.Of(c) & CharTable.SlowStop) == 0;
        }

        return false;
    }
}

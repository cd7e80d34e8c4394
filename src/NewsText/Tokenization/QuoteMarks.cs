using System.Globalization;
using System.Text;

namespace NewsText.Tokenization;

/// <summary>Quotation marks and how context decides whether one opens or closes.</summary>
internal static class QuoteMarks
{
    internal static bool IsQuote(char c) => c switch
    {
        '"' or '\'' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\uFF02' => true,
        >= '\u2018' and <= '\u201F' => true,
        >= '\u300C' and <= '\u300F' => true,
        _ => false,
    };

    internal static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2039' or '\u203A' or '\u300C' or '\u300D';

    /// <summary>
    /// Open when preceded by the start, a space, an opening bracket, a dash or another quote and followed by something else;
    /// close when the reverse; otherwise the mark's own direction (“ ‘ « open, ” ’ » close), or ambiguous for straight quotes.
    /// Context wins over the glyph so German „…“ and Swedish ”…” come out right.
    /// </summary>
    internal static TokenFlags Direction(char c, int previous, int next)
    {
        bool openSide = previous < 0 || IsSpaceOrOpener(previous);
        bool closeSide = next < 0 || IsSpaceOrCloser(next);
        TokenFlags single = IsSingle(c) ? TokenFlags.QuoteSingle : TokenFlags.None;
        if (openSide && !closeSide)
        {
            return TokenFlags.QuoteOpen | single;
        }

        if (closeSide && !openSide)
        {
            return TokenFlags.QuoteClose | single;
        }

        TokenFlags intrinsic = c switch
        {
            '\u201C' or '\u2018' or '\u201E' or '\u201A' or '\u201F' or '\u201B' or '\u00AB' or '\u2039' or '\u300C' or '\u300E' => TokenFlags.QuoteOpen,
            '\u201D' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F' => TokenFlags.QuoteClose,
            _ => TokenFlags.QuoteAmbiguous,
        };
        return intrinsic | single;
    }

    private static bool IsSpaceOrOpener(int cp)
    {
        if (cp < 0x10000 && IsQuote((char)cp))
        {
            return true;
        }

        return Category(cp) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.OpenPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation;
    }

    private static bool IsSpaceOrCloser(int cp)
    {
        if (cp < 0x10000 && IsQuote((char)cp))
        {
            return true;
        }

        return Category(cp) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.ClosePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.DashPunctuation;
    }

    private static UnicodeCategory Category(int cp) => Rune.IsValid(cp) ? Rune.GetUnicodeCategory(new Rune(cp)) : UnicodeCategory.OtherNotAssigned;
}

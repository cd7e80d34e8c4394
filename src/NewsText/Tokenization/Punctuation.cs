using System.Globalization;

namespace NewsText.Tokenization;

/// <summary>Punctuation facts the tokenizer needs: dashes, sentence terminals, runs, and punctuation versus symbol.</summary>
internal static class Punctuation
{
    internal static bool IsDash(char c) => c is '-' or (>= '\u2010' and <= '\u2015') or '\u2E3A' or '\u2E3B' or '\uFE58' or '\uFE63' or '\uFF0D';

    internal static bool IsSentenceTerminal(char c) =>
        c is '.' or '?' or '!' or '\u0964' or '\u0965' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049' or '\u3002' or '\uFF01' or '\uFF1F' or '\uFF0E' or '\u061F' or '\u06D4';

    /// <summary>Chars whose repeats form one token: <c>...</c>, <c>?!</c>, <c>--</c>, <c>——</c>.</summary>
    internal static bool Repeats(char c) => c is '.' or '!' or '?' or '\u2026' or '*' or '=' or '~' || IsDash(c);

    internal static bool SameRun(char c, char d) => d == c || (c is '?' or '!' && d is '?' or '!');

    /// <summary>Punctuation or symbol for one char; <see cref="TokenKind.Other"/> for controls and unassigned.</summary>
    internal static TokenKind KindOf(char c)
    {
        if (c < 0x80)
        {
            return c switch
            {
                '#' or '$' or '%' or '&' or '*' or '+' or '<' or '=' or '>' or '@' or '^' or '`' or '|' or '~' => TokenKind.Symbol,
                < ' ' or '\u007F' => TokenKind.Other,
                _ => TokenKind.Punctuation,
            };
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Other,
        };
    }
}

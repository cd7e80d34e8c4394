using System.Globalization;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Numbers: numerals with Western (<c>1,000,000</c>) or Indian (<c>10,00,000</c>) grouping, Devanagari digits (<c>२०२३</c>),
/// decimals, ordinals (<c>9th</c>), scale words (<c>5 lakh</c>, <c>3 billion</c>, <c>500 करोड़</c>) and percentages
/// (<c>12.5%</c>, <c>12 percent</c>, <c>12 प्रतिशत</c>). Values are invariant decimals without grouping (<c>1000000</c>,
/// <c>3.5</c>), percentages with a trailing <c>%</c> (<c>12.5%</c>).
/// </summary>
internal static class NumberNormalizer
{

    /// <summary>Parses one numeral token.</summary>
    public static bool TryParseNumeral(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        // Ordinal suffix: 1st 2nd 3rd 9th.
        if (s.Length > 2 && char.IsAsciiLetter(s[^1]))
        {
            ReadOnlySpan<char> suffix = s[^2..];
            if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            s = s[..^2];
        }

        Span<char> digits = stackalloc char[s.Length];
        int n = 0;
        int groupStart = -1; // index in digits where the current comma group began
        bool sawComma = false, sawPoint = false, indian = false, western = false;
        int firstGroup = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c is >= '0' and <= '9')
            {
                digits[n++] = c;
            }
            else if (c is >= '\u0966' and <= '\u096F')
            {
                digits[n++] = (char)('0' + (c - '\u0966'));
            }
            else if (c == ',' && !sawPoint && n > 0)
            {
                int len = sawComma ? n - groupStart : n;
                if (!sawComma)
                {
                    firstGroup = len;
                    if (len > 3)
                    {
                        return false;
                    }
                }
                else if (len == 2)
                {
                    indian = true;
                }
                else if (len == 3)
                {
                    western = true;
                }
                else
                {
                    return false;
                }

                sawComma = true;
                groupStart = n;
            }
            else if (c == '.' && !sawPoint && n > 0)
            {
                if (sawComma && n - groupStart != 3)
                {
                    return false;
                }

                sawPoint = true;
                digits[n++] = '.';
            }
            else
            {
                return false;
            }
        }

        if (sawComma && !sawPoint && n - groupStart != 3)
        {
            return false;
        }

        if (indian && western && firstGroup > 0)
        {
            return false;
        }

        return n > 0 && digits[n - 1] != '.' && decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An invariant decimal without trailing zeros.</summary>
    public static string Format(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>
    /// Matches a number at significant token <paramref name="i"/>: a numeral, an optional scale word and an optional percent sign
    /// or word. Returns the number of tokens covered.
    /// </summary>
    public static bool TryMatch(in TokenView v, int i, out int count, out string value)
    {
        count = 0;
        value = string.Empty;
        if (i >= v.Count || v.Kind(i) != TokenKind.Number || !TryParseNumeral(v[i], out decimal number))
        {
            return false;
        }

        int j = i + 1;
        // One or two scale words: "5 lakh", "5 लाख करोड़" (5 × 10⁵ × 10⁷).
        for (int s = 0; s < 2 && number < 1_000_000_000_000m && v.In(j, WordLists.Scales, out int power); s++)
        {
            for (int p = 0; p < power; p++)
            {
                number *= 10;
            }

            j++;
        }

        if (v.IsChar(j, "%") || v.In(j, WordLists.PercentWords))
        {
            count = j + 1 - i;
            value = Format(number) + "%";
            return true;
        }

        if (v.Is(j, "per") && v.Is(j + 1, "cent"))
        {
            count = j + 2 - i;
            value = Format(number) + "%";
            return true;
        }

        count = j - i;
        value = Format(number);
        return true;
    }

    /// <summary>The normalised value of a whole number expression, or <see langword="null"/> when it is not one.</summary>
    public static string? Normalize(string text) => NormalizeWhole(text, TryMatch);

    internal delegate bool Matcher(in TokenView view, int index, out int count, out string value);

    internal static string? NormalizeWhole(string text, Matcher matcher)
    {
        Token[] tokens = TokenView.Tokenize(text);
        var view = new TokenView(text, tokens);
        return tokens.Length > 0 && matcher(view, 0, out int count, out string value) && count == tokens.Length ? value : null;
    }
}

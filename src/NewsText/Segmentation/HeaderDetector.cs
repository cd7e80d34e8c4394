using NewsText.Entities;
using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// Headline, byline and dateline at the top of an article, recognised only when present: never invented.
/// </summary>
internal static class HeaderDetector
{
    private const int MaxTitleLength = 160;
    private const int MaxHeaderTokens = 14;
    private const int HeaderZone = 3;

    /// <summary>Kinds for the first paragraphs (<see cref="ParagraphKind.Body"/> for the rest); posts are already marked.</summary>
    public static void Classify(string text, ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> paragraphs, ParagraphKind[] kinds)
    {
        for (int p = 0; p < Math.Min(HeaderZone, paragraphs.Count); p++)
        {
            if (kinds[p] != ParagraphKind.Body)
            {
                break;
            }

            ReadOnlySpan<Token> t = tokens[paragraphs[p].First..paragraphs[p].End];
            if (IsByline(text, t))
            {
                kinds[p] = ParagraphKind.Byline;
            }
            else if (IsDateline(text, t))
            {
                kinds[p] = ParagraphKind.Dateline;
            }
            else if (p == 0 && paragraphs.Count > 1 && kinds[1] is ParagraphKind.Body or ParagraphKind.Byline or ParagraphKind.Dateline && IsTitle(t, paragraphs[0]))
            {
                kinds[p] = ParagraphKind.Title;
            }
        }
    }

    private static bool IsTitle(ReadOnlySpan<Token> t, ParagraphRange paragraph)
    {
        if (paragraph.Span.Length > MaxTitleLength)
        {
            return false;
        }

        Token last = t[^1].Kind == TokenKind.Quote && t.Length > 1 ? t[^2] : t[^1];
        return last.Kind != TokenKind.Punctuation;
    }

    private static bool IsByline(string text, ReadOnlySpan<Token> t)
    {
        if (t.Length > MaxHeaderTokens)
        {
            return false;
        }

        var v = new TokenView(text, t);
        return (v.Is(0, "By") || v.Is(0, "BY")) && t.Length > 1 && t[1].Kind == TokenKind.Word && char.IsUpper(text[(int)t[1].Start])
            || v.Is(0, "द्वारा") || v.Is(t.Length - 1, "द्वारा")
            || (v.Is(0, "रिपोर्ट") && v.IsChar(1, ":"));
    }

    /// <summary><c>NEW DELHI, Jan 9 (Reuters) -</c> or <c>नई दिल्ली, 9 जनवरी (भाषा)</c>: place words, a comma, a date, an optional agency in brackets, an optional dash.</summary>
    private static bool IsDateline(string text, ReadOnlySpan<Token> t)
    {
        if (t.Length > MaxHeaderTokens)
        {
            return false;
        }

        var v = new TokenView(text, t);
        int i = 0;
        while (i < t.Length && i < 4 && t[i].Kind == TokenKind.Word)
        {
            i++;
        }

        if (i == 0 || !v.IsChar(i, ","))
        {
            return false;
        }

        i++;
        if (!DateNormalizer.TryMatch(v, i, out int count, out _))
        {
            return false;
        }

        i += count;
        if (v.IsChar(i, "(") && i + 2 < t.Length && t[i + 1].Kind == TokenKind.Word && v.IsChar(i + 2, ")"))
        {
            i += 3;
        }

        if (i < t.Length && t[i].Kind == TokenKind.Dash)
        {
            i++;
        }

        return i == t.Length;
    }
}

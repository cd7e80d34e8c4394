using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// The article's language from the scripts of its words: one script with at least 80% of the letters names it. Embedded posts
/// and their attributions do not count, unless the body has no letters at all (a pasted post on its own).
/// </summary>
internal static class LanguageDetector
{
    private const double Dominance = 0.8;

    public static string Detect(ReadOnlySpan<Token> tokens, List<ParagraphRange> paragraphs, ParagraphKind[] kinds)
    {
        (long devanagari, long latin, long other) = Count(tokens, paragraphs, kinds, skipPosts: true);
        if (devanagari + latin + other == 0)
        {
            (devanagari, latin, other) = Count(tokens, paragraphs, kinds, skipPosts: false);
        }

        long total = devanagari + latin + other;
        if (total == 0)
        {
            return "und";
        }

        return devanagari >= Dominance * total ? "hi" : latin >= Dominance * total ? "en" : "mixed";
    }

    private static (long Devanagari, long Latin, long Other) Count(ReadOnlySpan<Token> tokens, List<ParagraphRange> paragraphs, ParagraphKind[] kinds, bool skipPosts)
    {
        long devanagari = 0, latin = 0, other = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (skipPosts && kinds[p] is ParagraphKind.EmbeddedPost or ParagraphKind.Attribution)
            {
                continue;
            }

            foreach (Token t in tokens[paragraphs[p].First..paragraphs[p].End])
            {
                if (t.Kind != TokenKind.Word)
                {
                    continue;
                }

                switch (t.Script)
                {
                    case Script.Devanagari:
                        devanagari += t.Length;
                        break;
                    case Script.Latin:
                        latin += t.Length;
                        break;
                    default:
                        other += t.Length;
                        break;
                }
            }
        }

        return (devanagari, latin, other);
    }
}

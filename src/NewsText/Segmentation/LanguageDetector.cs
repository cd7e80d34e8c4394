using NewsText.Parsing;

namespace NewsText.Segmentation;

/// <summary>
/// The article's language from the scripts of its words: one script with at least 80% of the letters names it. Embedded posts
/// and their attributions do not count, unless the body has no letters at all (a pasted post on its own).
/// </summary>
internal static class LanguageDetector
{
    private const double Dominance = 0.8;

    public static string Detect(PooledList<ParagraphRange> paragraphs, ParagraphKind[] kinds)
    {
        (long devanagari, long latin, long other) = Count(paragraphs, kinds, skipPosts: true);
        if (devanagari + latin + other == 0)
        {
            (devanagari, latin, other) = Count(paragraphs, kinds, skipPosts: false);
        }

        long total = devanagari + latin + other;
        if (total == 0)
        {
            return "und";
        }

        return devanagari >= Dominance * total ? "hi" : latin >= Dominance * total ? "en" : "mixed";
    }

    private static (long Devanagari, long Latin, long Other) Count(PooledList<ParagraphRange> paragraphs, ParagraphKind[] kinds, bool skipPosts)
    {
        long devanagari = 0, latin = 0, other = 0;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (!skipPosts || kinds[p] is not (ParagraphKind.EmbeddedPost or ParagraphKind.Attribution))
            {
                devanagari += paragraphs[p].DevanagariLetters;
                latin += paragraphs[p].LatinLetters;
                other += paragraphs[p].OtherLetters;
            }
        }

        return (devanagari, latin, other);
    }
}

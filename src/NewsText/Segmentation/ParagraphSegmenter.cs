using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// One paragraph per non-empty line: line-break tokens separate them; whitespace is already out of the buffer, so spans come out
/// trimmed. The same pass counts each paragraph's letters by script.
/// </summary>
internal static class ParagraphSegmenter
{
    /// <summary>The paragraphs of <paramref name="tokens"/> (at most <paramref name="lineBreaks"/> + 1), in a pooled list the caller disposes.</summary>
    public static PooledList<ParagraphRange> Find(ReadOnlySpan<Token> tokens, int lineBreaks)
    {
        var paragraphs = new PooledList<ParagraphRange>(lineBreaks + 1);
        Span<long> letters = stackalloc long[WordScripts.Scripts];
        int first = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            Token t = tokens[i];
            if (t.Kind == TokenKind.Word)
            {
                letters[(int)t.Script] += t.Length;
            }
            else if (t.Kind == TokenKind.LineBreak)
            {
                Close(tokens, paragraphs, first, i, letters);
                first = -1;
                continue;
            }

            if (first < 0)
            {
                first = i;
            }
        }

        Close(tokens, paragraphs, first, tokens.Length, letters);
        return paragraphs;
    }

    private static void Close(ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> paragraphs, int first, int end, Span<long> letters)
    {
        if (first >= 0)
        {
            long all = 0;
            foreach (long n in letters)
            {
                all += n;
            }

            int latin = (int)letters[(int)Script.Latin], devanagari = (int)letters[(int)Script.Devanagari];
            paragraphs.Add(new ParagraphRange(
                TextSpan.FromBounds((int)tokens[first].Start, (int)tokens[end - 1].End), first, end,
                WordScripts.Dominant(letters), latin, devanagari, (int)all - latin - devanagari));
            letters.Clear();
        }
    }
}

using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>One paragraph per non-empty line: line-break tokens separate them; whitespace is already out of the buffer, so spans come out trimmed.</summary>
internal static class ParagraphSegmenter
{
    public static List<ParagraphRange> Find(ReadOnlySpan<Token> tokens)
    {
        var paragraphs = new List<ParagraphRange>();
        int first = -1;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.LineBreak)
            {
                Close(tokens, paragraphs, first, i);
                first = -1;
            }
            else if (first < 0)
            {
                first = i;
            }
        }

        Close(tokens, paragraphs, first, tokens.Length);
        return paragraphs;
    }

    private static void Close(ReadOnlySpan<Token> tokens, List<ParagraphRange> paragraphs, int first, int end)
    {
        if (first >= 0)
        {
            paragraphs.Add(new ParagraphRange(TextSpan.FromBounds((int)tokens[first].Start, (int)tokens[end - 1].End), first, end));
        }
    }
}

using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// Which script a stretch of tokens is written in: the letters of its word tokens counted by script (a word's length, its
/// marks included). The one measure behind a paragraph's <see cref="Paragraph.Script"/>, a multi-paragraph post's extent and the
/// article's language. Reads token flags only, never the text.
/// </summary>
internal static class WordScripts
{
    /// <summary>One counter per <see cref="Script"/> value.</summary>
    public const int Scripts = (int)Script.Other + 1;

    /// <summary>Adds the letters of the word tokens in <paramref name="tokens"/> to <paramref name="counts"/> (indexed by <see cref="Script"/>).</summary>
    public static void Count(ReadOnlySpan<Token> tokens, Span<long> counts)
    {
        foreach (Token t in tokens)
        {
            if (t.Kind == TokenKind.Word)
            {
                counts[(int)t.Script] += t.Length;
            }
        }
    }

    /// <summary>The script with the most letters; a tie goes to the script listed first in <see cref="Script"/>; <see cref="Script.Common"/> when there are none.</summary>
    public static Script Dominant(ReadOnlySpan<long> counts)
    {
        var best = Script.Common;
        for (int s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best])
            {
                best = (Script)s;
            }
        }

        return best;
    }
}

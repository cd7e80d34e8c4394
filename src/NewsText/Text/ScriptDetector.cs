using System.Text;
using NewsText.Tokenization;

namespace NewsText;

/// <summary>Tells which <see cref="Script"/> a character or a stretch of text is written in.</summary>
/// <remarks>Thread-safe and allocation-free.</remarks>
public static class ScriptDetector
{
    private const int ScriptBits = 0b111;

    /// <summary>Returns the script of one Unicode scalar value.</summary>
    /// <param name="value">The scalar value.</param>
    /// <returns>The script, or <see cref="Script.Common"/> for digits, punctuation, symbols and spaces.</returns>
    public static Script GetScript(Rune value) => UnicodeData.GetScript(value.Value);

    /// <summary>Returns the script with the most letters in <paramref name="text"/>.</summary>
    /// <param name="text">The text to inspect. Lone surrogates are ignored.</param>
    /// <returns>The script with the most letters; ties go to the script seen first; <see cref="Script.Common"/> when there are no letters.</returns>
    public static Script GetDominantScript(ReadOnlySpan<char> text)
    {
        // One table load per BMP char (the tokenizer's char table holds each char's script in its low bits); only surrogate
        // pairs are decoded. The first position of each script is kept for ties.
        Span<int> counts = stackalloc int[(int)Script.Other + 1];
        Span<int> firstSeen = stackalloc int[(int)Script.Other + 1];
        uint seen = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            int s;
            int at = i;
            if (!char.IsSurrogate(c))
            {
                s = CharTable.Of(c) & ScriptBits;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                s = (int)UnicodeData.GetScript(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                continue; // a lone surrogate is no letter
            }

            counts[s]++;
            if ((seen & (1u << s)) == 0)
            {
                seen |= 1u << s;
                firstSeen[s] = at;
            }
        }

        counts[(int)Script.Common] = 0; // counted above to keep the loop branch-free; Common is no letter
        Script best = Script.Common;
        for (int s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best] || (counts[s] == counts[(int)best] && counts[s] > 0 && firstSeen[s] < firstSeen[(int)best]))
            {
                best = (Script)s;
            }
        }

        return best;
    }
}

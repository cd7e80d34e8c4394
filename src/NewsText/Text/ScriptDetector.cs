using System.Buffers;
using System.Text;

namespace NewsText;

/// <summary>Tells which <see cref="Script"/> a character or a stretch of text is written in.</summary>
/// <remarks>Thread-safe and allocation-free.</remarks>
public static class ScriptDetector
{
    /// <summary>Returns the script of one Unicode scalar value.</summary>
    /// <param name="value">The scalar value.</param>
    /// <returns>The script, or <see cref="Script.Common"/> for digits, punctuation, symbols and spaces.</returns>
    public static Script GetScript(Rune value) => UnicodeData.GetScript(value.Value);

    /// <summary>Returns the script with the most letters in <paramref name="text"/>.</summary>
    /// <param name="text">The text to inspect. Lone surrogates are ignored.</param>
    /// <returns>The script with the most letters; ties go to the script seen first; <see cref="Script.Common"/> when there are no letters.</returns>
    public static Script GetDominantScript(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[(int)Script.Other + 1];
        Span<int> firstSeen = stackalloc int[(int)Script.Other + 1];
        firstSeen.Fill(int.MaxValue);
        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int used) == OperationStatus.Done)
            {
                Script s = GetScript(rune);
                if (s != Script.Common)
                {
                    counts[(int)s]++;
                    if (firstSeen[(int)s] == int.MaxValue)
                    {
                        firstSeen[(int)s] = i;
                    }
                }
            }

            i += Math.Max(used, 1);
        }

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

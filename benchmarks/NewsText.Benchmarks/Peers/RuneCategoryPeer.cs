using System.Globalization;
using System.Text;
using NewsText.Benchmarks.Infrastructure;

namespace NewsText.Benchmarks.Peers;

/// <summary>
/// A ceiling for naive classifiers: one pass decoding code points and counting runs of letters, marks and decimal digits by
/// general category, with no word-boundary rules at all.
/// </summary>
internal static class RuneCategoryPeer
{
    public static Tally Count(ReadOnlySpan<char> text)
    {
        int runs = 0;
        long chars = 0;
        bool inRun = false;
        int i = 0;
        while (i < text.Length)
        {
            // A lone surrogate decodes as U+FFFD (a symbol) with a width of 1.
            Rune.DecodeFromUtf16(text[i..], out Rune rune, out int width);
            bool word = IsLetterMarkOrDigit(Rune.GetUnicodeCategory(rune));
            if (word)
            {
                if (!inRun)
                {
                    runs++;
                }

                chars += width;
            }

            inRun = word;
            i += width;
        }

        return new Tally(runs, chars);
    }

    // Lu, Ll, Lt, Lm, Lo, Mn, Mc, Me, Nd are the first nine UnicodeCategory values.
    private static bool IsLetterMarkOrDigit(UnicodeCategory category) =>
        (uint)category <= (uint)UnicodeCategory.DecimalDigitNumber;
}

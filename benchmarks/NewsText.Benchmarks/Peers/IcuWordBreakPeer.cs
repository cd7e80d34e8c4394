using ICU4N.Globalization;
using ICU4N.Text;
using NewsText.Benchmarks.Infrastructure;

namespace NewsText.Benchmarks.Peers;

/// <summary>ICU4N's word <see cref="BreakIterator"/> (a <c>RuleBasedBreakIterator</c> with the root locale's rules), reused.</summary>
internal sealed class IcuWordBreakPeer
{
    private readonly BreakIterator words = BreakIterator.GetWordInstance(UCultureInfo.InvariantCulture);

    /// <summary>Counts the word boundaries after the start of <paramref name="text"/>, i.e. the segments.</summary>
    public Tally Count(string text)
    {
        words.SetText(text.AsMemory());
        int previous = words.First();
        int count = 0;
        long chars = 0;
        for (int boundary = words.Next(); boundary != BreakIterator.Done; boundary = words.Next())
        {
            count++;
            chars += boundary - previous;
            previous = boundary;
        }

        return new Tally(count, chars);
    }
}

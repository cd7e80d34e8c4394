using System.Text.RegularExpressions;
using NewsText.Benchmarks.Infrastructure;

namespace NewsText.Benchmarks.Peers;

/// <summary>The usual "regex tokenizer": runs of word chars (with spacing marks, which <c>\w</c> lacks), or one other non-space char.</summary>
internal static partial class RegexPeer
{
    [GeneratedRegex(@"[\w\p{Mc}]+|[^\w\p{Mc}\s]")]
    private static partial Regex Token();

    public static Tally Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        long chars = 0;
        foreach (ValueMatch match in Token().EnumerateMatches(text))
        {
            count++;
            chars += match.Length;
        }

        return new Tally(count, chars);
    }
}

using NewsText.Benchmarks.Infrastructure;
using NewsText.Tokenization;

namespace NewsText.Benchmarks.Tokenizers;

internal static class NewsTextCount
{
    /// <summary>Reads every token of <paramref name="text"/>, counting them and summing their lengths.</summary>
    public static Tally Tokens(ReadOnlySpan<char> text)
    {
        var tokenizer = new Tokenizer(text);
        int count = 0;
        long chars = 0;
        while (tokenizer.Read())
        {
            count++;
            chars += tokenizer.Current.Length;
        }

        return new Tally(count, chars);
    }

    /// <summary>Throws unless the tokens cover <paramref name="text"/> exactly, so a broken build cannot post a fast figure.</summary>
    public static void CheckLossless(string text)
    {
        Tally tally = Tokens(text);
        if (tally.Chars != text.Length)
        {
            throw new InvalidOperationException($"Tokens cover {tally.Chars:N0} of {text.Length:N0} chars.");
        }
    }
}

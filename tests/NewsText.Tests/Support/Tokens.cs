using System.Text;
using NewsText.Tokenization;

namespace NewsText.Tests.Support;

/// <summary>Tokenization helpers for tests: whole, chunked, and a readable dump.</summary>
internal static class Tokens
{
    public static List<Token> Whole(string text, TokenizerOptions? options = null)
    {
        var list = new List<Token>();
        var t = new Tokenizer(text, options);
        while (t.Read())
        {
            list.Add(t.Current);
        }

        return list;
    }

    /// <summary>Feeds the text in chunks cut at <paramref name="cuts"/> (ascending offsets), carrying unconsumed text over like a stream.</summary>
    public static List<Token> Chunked(string text, IReadOnlyList<int> cuts, TokenizerOptions? options = null)
    {
        var list = new List<Token>();
        var state = default(TokenizerState);
        int carried = 0; // start offset of the unconsumed text
        int k = 0;
        while (true)
        {
            int available = k < cuts.Count ? cuts[k] : text.Length;
            bool final = k >= cuts.Count;
            var t = new Tokenizer(text.AsSpan(carried, available - carried), final, state, options);
            while (t.Read())
            {
                list.Add(t.Current);
            }

            carried += t.Consumed;
            state = t.CurrentState;
            if (final)
            {
                Assert.Equal(text.Length, carried);
                return list;
            }

            k++;
        }
    }

    public static string Dump(string text, IEnumerable<Token> tokens)
    {
        var sb = new StringBuilder();
        foreach (Token t in tokens)
        {
            string s = t.GetText(text).ToString().Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
            TokenFlags extra = t.Flags & ~TokenFlags.ScriptMask;
            sb.Append($"{t.Start,5} {t.Length,3} {t.Kind,-11} {(t.Script == Script.Common ? "" : t.Script.ToString()),-10} {(extra == TokenFlags.None ? "" : extra.ToString()),-28} {s}\n");
        }

        return sb.ToString();
    }
}

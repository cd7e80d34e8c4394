using NewsText.Tests.Support;
using NewsText.Tokenization;

namespace NewsText.Tests.Tokenization;

/// <summary>The hot loop's shortcuts must say exactly what the general machinery says.</summary>
public class FastPathTests
{
    [Fact]
    public void Vector_word_ranges_agree_with_the_char_table()
    {
        Assert.True(SimpleRuns.AgreesWithTable(out string? where), $"vector ranges disagree with the table at {where}");
    }

    [Fact]
    public void Every_simple_single_char_token_equals_the_slow_path()
    {
        // A chunk that ends right after the char forces the slow path for it (the fast path needs to see the next char);
        // the following char then decides the same way in both.
        char[] nexts = ['a', ' ', '\n', 'क', '1', '.', '"', '\u0301'];
        foreach (char c in Enumerable.Range(0, 0x80).Select(i => (char)i).Append('\u0964').Append('\u0965'))
        {
            foreach (char next in nexts)
            {
                string text = $"x {c}{next}z";
                Assert.Equal(Tokens.Whole(text), Tokens.Chunked(text, [3, 4]));
            }
        }
    }

    [Theory]
    [InlineData("word, next", "word")]
    [InlineData("शब्द, अगला", "शब्द")]
    [InlineData("end. Next", "end")]
    [InlineData("2023, and", "2023")]
    [InlineData("1,000 and", "1,000")]
    [InlineData("3.5 and", "3.5")]
    [InlineData("a:b c", "a:b")]
    [InlineData("don't go", "don't")]
    public void First_token_is_the_same_whether_the_fast_path_sees_its_end_or_not(string text, string first)
    {
        List<Token> whole = Tokens.Whole(text);
        Assert.Equal(first, whole[0].GetText(text).ToString());
        for (int cut = 1; cut < text.Length; cut++)
        {
            Assert.Equal(whole, Tokens.Chunked(text, [cut]));
        }
    }

    [Theory]
    [InlineData("नव-नियुक्त मंत्री")]
    [InlineData("well-known, a-b-c and 1-2")]
    [InlineData("a -b a- b a--b")]
    [InlineData("a-\u0301b a-\u200Db")]
    [InlineData("a — b, a—b, a——b, 1–2 a –b")]
    [InlineData("say \"hi\" (\"x\") a\"b \"\u0301a")]
    public void Quotes_and_dashes_are_the_same_at_every_chunk_cut(string text)
    {
        // A cut right before a dash leaves it no char before it in its chunk, which sends it down the general path.
        List<Token> whole = Tokens.Whole(text);
        for (int cut = 1; cut < text.Length; cut++)
        {
            Assert.Equal(whole, Tokens.Chunked(text, [cut]));
        }
    }

    [Fact]
    public void Dashes_and_straight_quotes_get_their_flags()
    {
        const string text = "say \"hi\" a\"b नव-नियुक्त a -b a — b a—b";
        List<Token> tokens = Tokens.Whole(text);
        Token[] quotes = [.. tokens.Where(t => t.Kind == TokenKind.Quote)];
        Assert.Equal([TokenFlags.QuoteOpen, TokenFlags.QuoteClose, TokenFlags.QuoteAmbiguous], quotes.Select(t => t.Flags));
        Token[] dashes = [.. tokens.Where(t => t.Kind == TokenKind.Dash)];
        Assert.Equal([TokenFlags.InWord, TokenFlags.None, TokenFlags.None, TokenFlags.InWord], dashes.Select(t => t.Flags));
    }

    [Theory]
    [InlineData('a', '\u0301')]
    [InlineData('क', '\u093F')]
    public void Words_of_every_length_and_alignment_keep_their_length_and_marks(char letter, char mark)
    {
        // The fast path keeps the word bits of a 64-char window between reads: words crossing its edges, words longer than it,
        // marks on either side of an edge, and words cut at MaxTokenLength must come out as the general path makes them.
        var options = new TokenizerOptions { MaxTokenLength = TokenizerOptions.MinMaxTokenLength };
        foreach (int shift in new[] { 0, 1, 5, 31 })
        {
            for (int length = 1; length <= 140; length += length < 70 ? 1 : 7)
            {
                foreach (int markAt in new[] { -1, 0, length / 2, length - 1, 31, 32, 63, 64, 65 })
                {
                    char[] word = Enumerable.Repeat(letter, length).ToArray();
                    if (markAt > 0 && markAt < length)
                    {
                        word[markAt] = mark;
                    }

                    string text = new string('b', shift) + " x " + new string(word) + " y";
                    Token token = Tokens.Whole(text).Single(t => t.Start == shift + 3);
                    Assert.Equal(Math.Min(length, 1024), token.Length);
                    Assert.Equal(markAt > 0 && markAt < length, token.Has(TokenFlags.HasCombiningMarks));

                    List<Token> capped = Tokens.Whole(text, options);
                    Token first = capped.Single(t => t.Start == shift + 3);
                    Assert.Equal(Math.Min(length, TokenizerOptions.MinMaxTokenLength), first.Length);
                    Assert.Equal(length > TokenizerOptions.MinMaxTokenLength, first.Has(TokenFlags.Truncated));
                    Assert.Equal(capped, Tokens.Chunked(text, [text.Length / 2], options));
                }
            }
        }
    }
}

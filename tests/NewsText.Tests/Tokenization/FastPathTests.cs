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
    [InlineData("say \"hi\" (\"x\") a\"b \"\u0301a")]
    public void Quotes_and_hyphens_are_the_same_at_every_chunk_cut(string text)
    {
        // A cut right before the hyphen leaves it no char before it in its chunk, which sends it down the general path.
        List<Token> whole = Tokens.Whole(text);
        for (int cut = 1; cut < text.Length; cut++)
        {
            Assert.Equal(whole, Tokens.Chunked(text, [cut]));
        }
    }

    [Fact]
    public void Hyphen_between_words_and_straight_quotes_get_their_flags()
    {
        const string text = "say \"hi\" a\"b नव-नियुक्त a -b";
        List<Token> tokens = Tokens.Whole(text);
        Token[] quotes = [.. tokens.Where(t => t.Kind == TokenKind.Quote)];
        Assert.Equal([TokenFlags.QuoteOpen, TokenFlags.QuoteClose, TokenFlags.QuoteAmbiguous], quotes.Select(t => t.Flags));
        Token[] dashes = [.. tokens.Where(t => t.Kind == TokenKind.Dash)];
        Assert.Equal([TokenFlags.InWord, TokenFlags.None], dashes.Select(t => t.Flags));
    }
}

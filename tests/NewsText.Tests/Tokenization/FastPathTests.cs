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
}

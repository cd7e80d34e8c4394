using System.Text;
using NewsText.Tests.Support;
using NewsText.Tokenization;

namespace NewsText.Tests.Tokenization;

/// <summary>Every kind of bad input has a documented outcome (docs/tokenizer.md, "Bad input"); none crashes or hangs.</summary>
public class BadInputTests
{
    [Fact]
    public void Empty_input_gives_no_tokens()
    {
        Assert.Empty(Tokens.Whole(""));
        var t = new Tokenizer("", isFinalBlock: false, default);
        Assert.False(t.Read());
        Assert.Equal(0, t.Consumed);
    }

    [Fact]
    public void Ten_megabytes_without_a_space_are_cut_into_truncated_tokens()
    {
        string text = new('x', 10_000_000);
        List<Token> tokens = Tokens.Whole(text);
        TokenizerPropertyTests.AssertLossless(text, tokens);
        Assert.Equal((10_000_000 + 1023) / 1024, tokens.Count);
        Assert.All(tokens.SkipLast(1), t => Assert.True(t.Length == 1024 && t.Has(TokenFlags.Truncated)));
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }

    [Theory]
    [InlineData('"', TokenKind.Quote)]
    [InlineData('@', TokenKind.Symbol)]
    [InlineData('#', TokenKind.Symbol)]
    [InlineData('“', TokenKind.Quote)]
    public void A_million_marks_in_a_row_are_a_million_tokens(char mark, TokenKind kind)
    {
        string text = new(mark, 1_000_000);
        List<Token> tokens = Tokens.Whole(text);
        Assert.Equal(1_000_000, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(kind, t.Kind));
    }

    [Fact]
    public void Lone_surrogates_are_own_tokens_flagged_invalid()
    {
        string text = "a\uD800b\uDC00c\uD83D";
        var tokens = Tokens.Whole(text);
        Assert.Equal(["a", "\uD800", "b", "\uDC00", "c", "\uD83D"], tokens.Select(t => t.GetText(text).ToString()));
        Assert.All(tokens.Where(t => t.Kind == TokenKind.Other), t => Assert.True(t.Has(TokenFlags.InvalidInput)));
        Assert.Equal(3, tokens.Count(t => t.Kind == TokenKind.Other));
    }

    [Fact]
    public void Surrogate_pair_split_across_chunks_is_one_emoji()
    {
        string text = "a \uD83D\uDE00 b";
        for (int cut = 0; cut <= text.Length; cut++)
        {
            Assert.Equal(Tokens.Whole(text), Tokens.Chunked(text, [cut]));
        }

        Assert.Contains(Tokens.Whole(text), t => t.Kind == TokenKind.Emoji && t.Length == 2);
    }

    [Fact]
    public void Lone_surrogate_throws_with_offset_when_asked()
    {
        var options = new TokenizerOptions { InvalidInput = InvalidInputHandling.Throw };
        var e = Assert.Throws<NewsTextFormatException>(() => Tokens.Whole("ab \uDC00", options));
        Assert.Equal(3, e.Offset);
    }

    [Fact]
    public void Nul_and_controls_are_other_tokens()
    {
        string text = "a\0b\u0001\u0080\u009F";
        var tokens = Tokens.Whole(text);
        Assert.Equal([TokenKind.Word, TokenKind.Other, TokenKind.Word, TokenKind.Other, TokenKind.Other, TokenKind.Other], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void Bom_at_start_of_a_string_is_kept_as_an_other_token()
    {
        var tokens = Tokens.Whole("\uFEFFहिंदी");
        Assert.Equal(TokenKind.Other, tokens[0].Kind);
        Assert.Equal(1, tokens[0].Length);
        Assert.Equal(TokenKind.Word, tokens[1].Kind);
    }

    [Fact]
    public void Utf8_bom_at_start_of_a_stream_is_skipped()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("नमस्ते world")];
        using var reader = new TokenReader(new MemoryStream(bytes));
        Assert.True(reader.Read());
        Assert.Equal(0, reader.Current.Start);
        Assert.Equal("नमस्ते", reader.CurrentText.ToString());
    }

    [Fact]
    public void Invalid_utf8_at_every_position_is_replaced_and_flagged()
    {
        byte[] good = Encoding.UTF8.GetBytes("ab नम");
        for (int at = 0; at <= good.Length; at++)
        {
            byte[] bytes = [.. good[..at], 0xFF, .. good[at..]];
            var tokens = TokenReader.ReadAll(new StreamReader(new MemoryStream(bytes)), null).ToList();
            using var reader = new TokenReader(new TrickleStream(bytes, 1));
            var flagged = new List<string>();
            var all = new StringBuilder();
            while (reader.Read())
            {
                all.Append(reader.CurrentText);
                if (reader.Current.Has(TokenFlags.InvalidInput))
                {
                    flagged.Add(reader.CurrentText.ToString());
                }
            }

            Assert.Contains('\uFFFD', all.ToString());
            Assert.NotEmpty(flagged);
            Assert.All(flagged, f => Assert.Contains('\uFFFD', f));
        }
    }

    [Fact]
    public void Invalid_utf8_throws_with_byte_offset_when_asked()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("abc "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" d")];
        using var reader = new TokenReader(new MemoryStream(bytes), new TokenizerOptions { InvalidInput = InvalidInputHandling.Throw });
        var e = Assert.Throws<NewsTextFormatException>(() => { while (reader.Read()) { } });
        Assert.Equal(4, e.Offset);
    }

    [Fact]
    public void Max_token_length_out_of_range_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenizerOptions { MaxTokenLength = 10 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenizerOptions { MaxTokenLength = int.MaxValue });
    }
}

using System.Text;
using CsCheck;
using NewsText.Serialization;
using NewsText.Tests.Support;
using NewsText.Tokenization;

namespace NewsText.Tests.Hardening;

/// <summary>Adversarial inputs through the tokenizer and the parser: each has a stated outcome; none crashes or hangs.</summary>
public class AdversarialInputTests
{
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { RecognizeEntities = false });

    [Fact]
    public void A_million_quote_marks_of_alternating_styles()
    {
        string text = string.Concat(Enumerable.Repeat("\"“”'‘’«»„", 111_112))[..1_000_000];
        List<Token> tokens = Tokens.Whole(text);
        Assert.Equal(1_000_000, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(TokenKind.Quote, t.Kind));
        Article a = Parser.Parse(text);
        Assert.All(a.Quotes, q => Assert.True(q.Span.Contains(q.Content)));
    }

    [Fact]
    public void Ten_thousand_nested_quotes_nest()
    {
        string text = string.Concat(Enumerable.Repeat("“a ", 10_000)) + "b" + string.Concat(Enumerable.Repeat("”", 10_000));
        Article a = Parser.Parse(text);
        Assert.Equal(10_000, a.Quotes.Count);
        Assert.Null(a.Quotes[0].Parent);
        Assert.All(a.Quotes.Skip(1).Select((q, i) => (q, i)), x => Assert.Equal(x.i, x.q.Parent));
        Assert.All(a.Quotes, q => Assert.True(q.IsClosed));
    }

    [Fact]
    public void A_hundred_thousand_one_char_lines()
    {
        string text = string.Concat(Enumerable.Repeat("क\n", 100_000));
        Article a = ArticleParser.Default.Parse(text);
        Assert.Equal(100_000, a.Paragraphs.Count);
        Assert.All(a.Paragraphs, p => Assert.Equal(1, p.Span.Length));
    }

    [Fact]
    public void A_one_megabyte_url_is_cut_into_truncated_tokens()
    {
        string text = "see https://example.com/" + new string('a', 1_000_000) + " end";
        List<Token> tokens = Tokens.Whole(text);
        NewsText.Tests.Tokenization.TokenizerPropertyTests.AssertLossless(text, tokens);
        Assert.All(tokens, t => Assert.True(t.Length <= TokenizerOptions.Default.MaxTokenLength));
        Assert.True(tokens.Count(t => t.Has(TokenFlags.Truncated)) >= 970);
        Assert.Equal("end", tokens[^1].GetText(text).ToString());
    }

    [Fact]
    public void A_line_of_only_combining_marks_is_cut_and_flagged()
    {
        string text = "x\n" + new string('\u0301', 5000) + "\ny";
        List<Token> tokens = Tokens.Whole(text);
        NewsText.Tests.Tokenization.TokenizerPropertyTests.AssertLossless(text, tokens);
        List<Token> marks = tokens.Where(t => text[(int)t.Start] == '\u0301').ToList();
        Assert.Equal(5, marks.Count); // 5,000 marks in tokens of at most 1,024
        Assert.All(marks, t => Assert.True(t.Kind == TokenKind.Other && t.Has(TokenFlags.HasCombiningMarks)));
        Assert.Equal(3, ArticleParser.Default.Parse(text).Paragraphs.Count);
    }

    [Fact]
    public void Byte_order_marks_mid_text_stay_in_the_text_and_a_leading_one_is_skipped_in_streams()
    {
        string text = "\uFEFFक ख\uFEFFग \uFEFF";
        NewsText.Tests.Tokenization.TokenizerPropertyTests.AssertLossless(text, Tokens.Whole(text));
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("a \uFEFFb")];
        var all = TokenReader.ReadAll(new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), false), null).Select(t => t.Text).ToList();
        using var reader = new TokenReader(new MemoryStream(bytes));
        var viaStream = new List<string>();
        while (reader.Read())
        {
            viaStream.Add(reader.CurrentText.ToString());
        }

        Assert.Equal("a \uFEFFb", string.Concat(viaStream));
        Assert.Equal("\uFEFFa \uFEFFb", string.Concat(all)); // a TextReader hands over the BOM as text: kept, lossless
    }

    [Fact]
    public async Task Invalid_utf8_at_every_position_through_ReadAllAsync_with_cancellation()
    {
        byte[] good = Encoding.UTF8.GetBytes("नमस्ते @user #टैग");
        for (int at = 0; at <= good.Length; at++)
        {
            byte[] bytes = [.. good[..at], 0xC0, .. good[at..]];
            var sb = new StringBuilder();
            await foreach (OwnedToken t in TokenReader.ReadAllAsync(new TrickleStream(bytes, 3), null, CancellationToken.None))
            {
                sb.Append(t.Text);
            }

            Assert.Equal(new UTF8Encoding(false, false).GetString(bytes), sb.ToString());
        }

        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (OwnedToken _ in TokenReader.ReadAllAsync(new MemoryStream(good), null, cancel.Token))
            {
            }
        });
    }

    [Fact]
    public void Many_threads_tokenizing_one_string_agree()
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        List<Token> expected = Tokens.Whole(text);
        Parallel.For(0, 32, _ => Assert.Equal(expected, Tokens.Whole(text)));
    }

    [Fact]
    public void Every_model_span_lies_inside_the_text_and_nests() =>
        TextGen.NewsLike.Select(s => s.Replace("@user", "\n— A B (@user) January 9, 2023\n", StringComparison.Ordinal)).Sample(text =>
        {
            Article a = ArticleParser.Default.Parse(text);
            bool Inside(TextSpan s) => s.Start >= 0 && s.Length >= 0 && s.End <= text.Length;
            Assert.All(a.Paragraphs, p => Assert.True(Inside(p.Span) && p.Span.Length > 0));
            Assert.All(a.Paragraphs.Zip(a.Paragraphs.Skip(1)), p => Assert.True(p.First.Span.End <= p.Second.Span.Start));
            Assert.All(a.Sentences, s => Assert.True(a.Paragraphs[s.Paragraph].Span.Contains(s.Span)));
            Assert.All(a.Quotes, q => Assert.True(Inside(q.Span) && q.Span.Contains(q.Content) && (q.Speaker is not { } sp || Inside(sp))));
            Assert.All(a.Quotes.Where(q => q.Parent is not null), q => Assert.True(a.Quotes[q.Parent!.Value].Span.Contains(q.Span)));
            Assert.All(a.EmbeddedPosts, p => Assert.True(Inside(p.Text) && Inside(p.Attribution) && p.Text.End <= p.Attribution.Start));
            Assert.All(a.Mentions, m => Assert.True(Inside(m.Span) && m.Span.Length > 0));
            Assert.All(a.Mentions.Zip(a.Mentions.Skip(1)), m => Assert.True(m.First.Span.End <= m.Second.Span.Start));
            Assert.Equal(ArticleJson.Serialize(a), ArticleJson.Serialize(ArticleParser.Default.Parse(text)));
        }, iter: 1500);
}

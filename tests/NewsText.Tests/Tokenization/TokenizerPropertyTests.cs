using CsCheck;
using NewsText.Tests.Support;
using NewsText.Tokenization;

namespace NewsText.Tests.Tokenization;

/// <summary>Properties every input must have: lossless, contiguous tokens; chunked equals whole; TokenReader equals whole.</summary>
public class TokenizerPropertyTests
{
    private static readonly TokenizerOptions Small = new() { MaxTokenLength = 64 };

    internal static void AssertLossless(string text, List<Token> tokens)
    {
        long at = 0;
        foreach (Token t in tokens)
        {
            Assert.Equal(at, t.Start);
            Assert.True(t.Length > 0, $"empty token at {at}");
            at = t.End;
        }

        Assert.Equal(text.Length, at);
    }

    [Fact]
    public void Tokens_are_lossless_and_contiguous() =>
        TextGen.NewsLike.Sample(text => AssertLossless(text, Tokens.Whole(text)), iter: 3000);

    [Fact]
    public void Tokens_are_lossless_with_a_small_max_token_length() =>
        TextGen.NewsLike.Select(s => string.Concat(Enumerable.Repeat(s, 5))).Sample(text => AssertLossless(text, Tokens.Whole(text, Small)), iter: 500);

    [Fact]
    public void Chunked_tokenization_equals_whole_at_random_cuts() =>
        TextGen.WithCuts.Sample(x => Assert.Equal(Tokens.Whole(x.Text), Tokens.Chunked(x.Text, x.Cuts)), iter: 3000);

    [Fact]
    public void One_char_chunks_equal_whole() =>
        TextGen.NewsLike.Sample(text => Assert.Equal(Tokens.Whole(text), Tokens.Chunked(text, Enumerable.Range(1, Math.Max(0, text.Length - 1)).ToArray())), iter: 500);

    [Fact]
    public void Chunked_equals_whole_when_tokens_are_cut() =>
        TextGen.NewsLike.Select(s => string.Concat(Enumerable.Repeat(s, 4))).SelectMany(t => Gen.Int[0, t.Length].Array[0, 20].Select(c => (t, c.Distinct().Order().ToArray())))
            .Sample(x => Assert.Equal(Tokens.Whole(x.t, Small), Tokens.Chunked(x.t, x.Item2, Small)), iter: 500);

    [Fact]
    public void Seed_chunked_at_every_split_point_equals_whole()
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        List<Token> whole = Tokens.Whole(text);
        for (int split = 0; split <= text.Length; split++)
        {
            Assert.Equal(whole, Tokens.Chunked(text, [split]));
        }
    }

    [Fact]
    public void Seed_in_one_char_chunks_equals_whole()
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        Assert.Equal(Tokens.Whole(text), Tokens.Chunked(text, Enumerable.Range(1, text.Length - 1).ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void TokenReader_with_tiny_reads_equals_whole(int readSize) =>
        TextGen.NewsLike.Sample(text =>
        {
            var expected = Tokens.Whole(text).Select(t => (t, t.GetText(text).ToString())).ToList();
            using var reader = new TokenReader(new TrickleReader(text, readSize));
            var actual = new List<(Token, string)>();
            while (reader.Read())
            {
                actual.Add((reader.Current, reader.CurrentText.ToString()));
            }

            Assert.Equal(expected, actual);
        }, iter: 300);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(4096)]
    public void TokenReader_over_utf8_with_tiny_reads_equals_whole(int readSize) =>
        TextGen.NewsLike.Where(s => !s.Any(char.IsSurrogate) && !s.StartsWith('\uFEFF')).Sample(text =>
        {
            var stream = new TrickleStream(System.Text.Encoding.UTF8.GetBytes(text), readSize);
            var actual = TokenReader.ReadAll(new StreamReader(stream), null).Select(o => o.Token).ToList();
            stream.Position = 0;
            using var reader = new TokenReader(stream);
            var direct = new List<Token>();
            while (reader.Read())
            {
                direct.Add(reader.Current);
            }

            Assert.Equal(Tokens.Whole(text), direct);
            Assert.Equal(Tokens.Whole(text), actual);
        }, iter: 300);
}

using NewsText.Tests.Support;
using NewsText.Tokenization;
using Snapshooter.Xunit;

namespace NewsText.Tests.Tokenization;

/// <summary>The seed's tokens: facts from the issue asserted one by one, and the whole stream as a reviewed snapshot.</summary>
public class SeedTokenTests
{
    private static readonly string Seed = File.ReadAllText(RepoPaths.Seed);
    private static readonly List<Token> SeedTokens = Tokens.Whole(Seed);

    private static List<(TokenKind Kind, string Text)> KindsAndTexts(string text) =>
        Tokens.Whole(text).Select(t => (t.Kind, t.GetText(text).ToString())).ToList();

    private static Token Find(string text) => SeedTokens.First(t => t.GetText(Seed).SequenceEqual(text));

    [Theory]
    [InlineData("दोनों")]
    [InlineData("नेताओं")]
    [InlineData("ज़ोर")]
    [InlineData("न्यौता")]
    public void Devanagari_words_with_marks_are_one_word(string word)
    {
        Token t = Find(word);
        Assert.Equal(TokenKind.Word, t.Kind);
        Assert.Equal(Script.Devanagari, t.Script);
        Assert.True(t.Has(TokenFlags.HasCombiningMarks));
    }

    [Fact]
    public void Danda_is_terminal_punctuation()
    {
        Token t = Find("।");
        Assert.Equal(TokenKind.Punctuation, t.Kind);
        Assert.True(t.Has(TokenFlags.SentenceTerminal));
    }

    [Fact]
    public void Quoted_term_gives_open_quote_word_close_quote()
    {
        int at = Seed.IndexOf("\"उपग्रहों\"", StringComparison.Ordinal);
        var run = SeedTokens.SkipWhile(t => t.Start < at).Take(3).ToList();
        Assert.Equal([TokenKind.Quote, TokenKind.Word, TokenKind.Quote], run.Select(t => t.Kind));
        Assert.True(run[0].Has(TokenFlags.QuoteOpen));
        Assert.True(run[2].Has(TokenFlags.QuoteClose));
        Assert.Equal("उपग्रहों", run[1].GetText(Seed).ToString());
    }

    [Fact]
    public void Handles_are_single_mentions_inside_brackets()
    {
        Assert.Equal(TokenKind.Mention, Find("@Abhijithalderr").Kind);
        int at = Seed.IndexOf("(@ChinaAmbUN)", StringComparison.Ordinal);
        var run = SeedTokens.SkipWhile(t => t.Start < at).Take(3).Select(t => (t.Kind, t.GetText(Seed).ToString()));
        Assert.Equal([(TokenKind.Punctuation, "("), (TokenKind.Mention, "@ChinaAmbUN"), (TokenKind.Punctuation, ")")], run);
    }

    [Fact]
    public void English_date_gives_word_number_punctuation_number() =>
        Assert.Equal(
            [(TokenKind.Word, "January"), (TokenKind.Whitespace, " "), (TokenKind.Number, "9"), (TokenKind.Punctuation, ","), (TokenKind.Whitespace, " "), (TokenKind.Number, "2023")],
            KindsAndTexts("January 9, 2023"));

    [Fact]
    public void Acronym_before_full_stop_gives_word_and_terminal()
    {
        var tokens = KindsAndTexts("the ROK.");
        Assert.Equal((TokenKind.Word, "ROK"), tokens[^2]);
        Assert.Equal((TokenKind.Punctuation, "."), tokens[^1]);
        Assert.True(Tokens.Whole("the ROK.")[^1].Has(TokenFlags.SentenceTerminal));
    }

    [Fact]
    public void Hyphenated_compound_splits_with_in_word_dash()
    {
        int at = Seed.IndexOf("नव-नियुक्त", StringComparison.Ordinal);
        var run = SeedTokens.SkipWhile(t => t.Start < at).Take(3).ToList();
        Assert.Equal([TokenKind.Word, TokenKind.Dash, TokenKind.Word], run.Select(t => t.Kind));
        Assert.True(run[1].Has(TokenFlags.InWord));
        Assert.False(Find("—").Has(TokenFlags.InWord));
    }

    [Fact]
    public void Seed_has_13_line_breaks_minus_one_and_no_other_or_invalid_tokens()
    {
        Assert.Equal(12, SeedTokens.Count(t => t.Kind == TokenKind.LineBreak));
        Assert.DoesNotContain(SeedTokens, t => t.Kind == TokenKind.Other || t.Has(TokenFlags.InvalidInput) || t.Has(TokenFlags.Truncated));
    }

    [Fact]
    public void Seed_tokens_match_reviewed_snapshot() => Snapshot.Match(Tokens.Dump(Seed, SeedTokens));
}

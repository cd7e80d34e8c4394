using NewsText.Tests.Support;
using NewsText.Tokenization;
using NewsText.Tokenization.Rules;

namespace NewsText.Tests.TwitterText;

/// <summary>What news text needs from the tokenizer's rules, beyond twitter-text's conformance cases.</summary>
public sealed class NewsRuleTests
{
    [Theory]
    [InlineData("https://t.co/abc123", "Url:https://t.co/abc123")]
    [InlineData("pic.twitter.com/AbC12", "Url:pic.twitter.com/AbC12")]
    [InlineData("see t.co/x.", "Url:t.co/x")]
    [InlineData("www.example.com/path?q=1", "Url:www.example.com/path?q=1")]
    [InlineData("(https://example.com/a), https://example.com/b.", "Url:https://example.com/a Url:https://example.com/b")]
    [InlineData("https://en.wikipedia.org/wiki/Mercury_(planet)).", "Url:https://en.wikipedia.org/wiki/Mercury_(planet)")]
    [InlineData("HTTPS://WWW.PIB.GOV.IN/Press?id=1", "Url:HTTPS://WWW.PIB.GOV.IN/Press?id=1")]
    [InlineData("यहाँ देखें: https://www.bbc.com/hindi/articles/c1234।", "Url:https://www.bbc.com/hindi/articles/c1234")]
    [InlineData("http://twitter.भारत/x", "Url:http://twitter.भारत/x")]
    [InlineData("foo.barx baz.unknowntld", "")]
    [InlineData("Write to press.office@pib.gov.in.", "Email:press.office@pib.gov.in")]
    [InlineData("a@b.com (x@y.co.uk) a.b@c", "Email:a@b.com Email:x@y.co.uk")]
    [InlineData("bad..dots@x.com .dot@x.com", "")]
    [InlineData("(@ChinaAmbUN)", "Mention:@ChinaAmbUN")]
    [InlineData("@PMOIndia/lists ＠NDTV", "Mention:@PMOIndia Mention:＠NDTV")]
    [InlineData("@abcdefghijklmnopqrstu", "")]
    [InlineData("@abcdefghijklmnopqrst", "Mention:@abcdefghijklmnopqrst")]
    [InlineData("RT@PTI_News: x", "Mention:@PTI_News")]
    [InlineData("#भारत_जोड़ो_यात्रा #क़ानून।", "Hashtag:#भारत_जोड़ो_यात्रा Hashtag:#क़ानून")]
    [InlineData("#क्‍ष #न्‌ #२०२३ #2023", "Hashtag:#क्‍ष Hashtag:#न्‌")]
    [InlineData("#IndvsAus: ＃ｈａｓｈ", "Hashtag:#IndvsAus Hashtag:＃ｈａｓｈ")]
    public void Extracts(string text, string expected)
    {
        var kinds = new[] { TokenKind.Url, TokenKind.Email, TokenKind.Mention, TokenKind.Hashtag };
        string actual = string.Join(" ", Tokens.Whole(text).Where(t => kinds.Contains(t.Kind)).Select(t => $"{t.Kind}:{t.GetText(text)}"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void A_token_longer_than_max_length_is_no_match()
    {
        Assert.Equal(ScanResult.NoMatch, UrlRule.Scan("https://example.com/abc", 0, -1, true, 22, out _));
        Assert.Equal(ScanResult.Match, UrlRule.Scan("https://example.com/abc", 0, -1, true, 23, out int length));
        Assert.Equal(23, length);
        Assert.Equal(ScanResult.NoMatch, HashtagRule.Scan("#abcdef", 0, -1, true, 6, out _));
        Assert.Equal(ScanResult.NoMatch, MentionRule.Scan("@abcdef", 0, -1, true, 6, out _));
        Assert.Equal(ScanResult.NoMatch, EmailRule.Scan("a@b.com", 0, -1, true, 6, out _));
    }

    [Fact]
    public void Tokenizing_allocates_nothing()
    {
        string text = "RT @user: #हिंदी_news https://t.co/abc123 pic.twitter.com/x mail a.b@c.co.in (x) सोमवार को “उद्धरण”। 1,00,000 😀";
        for (int i = 0; i < 200; i++)
        {
            Assert.True(TokenizeAll(text) > 20); // warm up: static tables, tiered compilation
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = TokenizeAll(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(count > 20);
        Assert.Equal(0, allocated);
    }

    private static int TokenizeAll(string text)
    {
        int count = 0;
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Read())
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void Scanning_allocates_nothing()
    {
        string text = "RT @user: #हिंदी_news https://t.co/abc123 pic.twitter.com/x http://twitter.みんな/ mail a.b@c.co.in (x)";
        ScanAll(text); // warm up: static tables
        long before = GC.GetAllocatedBytesForCurrentThread();
        int matches = ScanAll(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(matches >= 6, $"{matches} matches");
        Assert.Equal(0, allocated);
    }

    private static int ScanAll(string text)
    {
        int matches = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int previous = RuleChars.CodePointBefore(text, i);
            matches += MentionRule.Scan(text, i, previous, true, 4096, out _) == ScanResult.Match ? 1 : 0;
            matches += HashtagRule.Scan(text, i, previous, true, 4096, out _) == ScanResult.Match ? 1 : 0;
            matches += UrlRule.Scan(text, i, previous, true, 4096, out _) == ScanResult.Match ? 1 : 0;
            matches += EmailRule.Scan(text, i, previous, true, 4096, out _) == ScanResult.Match ? 1 : 0;
        }

        return matches;
    }
}

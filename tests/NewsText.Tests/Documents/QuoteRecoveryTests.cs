using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsText.Serialization;

namespace NewsText.Tests.Documents;

/// <summary>Recovery from unclosed quotation marks keeps the output linear in the input.</summary>
public class QuoteRecoveryTests
{
    [Fact]
    public void A_hundred_thousand_unclosed_marks_give_disjoint_quotes_and_json_linear_in_the_input()
    {
        var logger = new FakeLogger<ArticleParser>();
        var parser = new ArticleParser(new ArticleParserOptions { RecognizeEntities = false }, logger);
        string text = "x " + string.Concat(Enumerable.Repeat("“a ", 100_000));
        Article a = parser.Parse(text);

        Assert.Equal(100_000, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.Equal("a", a.GetText(q.Content)));
        Assert.Equal(text.Length - 2, a.Quotes.Sum(q => q.Span.Length) + 100_000); // disjoint: the spans plus one space each
        Assert.InRange(ArticleJson.Serialize(a).Length, 0, 200 * text.Length);
        Assert.Contains("at offset 2:", logger.Collector.GetSnapshot().First(r => r.Level == LogLevel.Warning).Message, StringComparison.Ordinal);
    }
}

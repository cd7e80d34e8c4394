using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NewsText.Serialization;
using NewsText.Tests.Support;

namespace NewsText.Tests.Documents;

/// <summary>Limits, bad input, logging, streams, JSON Lines and threads: every outcome documented in docs/parser.md.</summary>
public class ParserInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\r\n  ")]
    public void Empty_or_whitespace_input_is_an_empty_article(string text)
    {
        Article a = ArticleParser.Default.Parse(text);
        Assert.Empty(a.Paragraphs);
        Assert.Empty(a.Sentences);
        Assert.Empty(a.Quotes);
        Assert.Empty(a.Mentions);
        Assert.Equal("und", a.Language);
    }

    [Fact]
    public void Input_over_the_limit_throws_before_work_naming_the_limit()
    {
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputLength = 100 });
        var e = Assert.Throws<NewsTextLimitException>(() => parser.Parse(new string('a', 101)));
        Assert.Equal("MaxInputLength", e.LimitName);
        Assert.Equal(101, e.Actual);
        Assert.Contains("MaxInputLength", e.Message, StringComparison.Ordinal);
        Assert.Single(parser.Parse(new string('a', 100)).Paragraphs);
    }

    [Fact]
    public async Task Stream_over_the_limit_throws_while_reading()
    {
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputLength = 1000 });
        await Assert.ThrowsAsync<NewsTextLimitException>(async () => await parser.ParseAsync(new MemoryStream(new byte[100_000])));
    }

    [Fact]
    public void A_hundred_thousand_paragraphs()
    {
        string text = string.Concat(Enumerable.Repeat("एक पंक्ति।\n", 100_000));
        Article a = ArticleParser.Default.Parse(text);
        Assert.Equal(100_000, a.Paragraphs.Count);
        Assert.Equal(100_000, a.Sentences.Count);
    }

    [Fact]
    public void A_hundred_thousand_quote_marks_are_recovered_and_logged_a_bounded_number_of_times()
    {
        var logger = new FakeLogger<ArticleParser>();
        var parser = new ArticleParser(new ArticleParserOptions { RecognizeEntities = false }, logger);
        string text = "x " + string.Concat(Enumerable.Repeat("“a ", 100_000));
        Article a = parser.Parse(text);
        Assert.Equal(100_000, a.Quotes.Count);
        Assert.All(a.Quotes, q => Assert.False(q.IsClosed));
        IReadOnlyList<FakeLogRecord> warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).ToList();
        Assert.Equal(11, warnings.Count); // ten with offsets, one summary
        Assert.Contains("at offset 2", warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("99990 more", warnings[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_paragraph()
    {
        var sb = new StringBuilder();
        while (sb.Length < 1_000_000)
        {
            sb.Append("शब्द और word, ");
        }

        Article a = ArticleParser.Default.Parse(sb.ToString());
        Assert.Single(a.Paragraphs);
        Assert.Single(a.Sentences);
    }

    [Fact]
    public void Invalid_input_and_truncation_are_logged_as_warnings()
    {
        var logger = new FakeLogger<ArticleParser>();
        var parser = new ArticleParser(null, logger);
        parser.Parse("ok \uD800 " + new string('x', 3000));
        var messages = logger.Collector.GetSnapshot().Select(r => (r.Level, r.Message)).ToList();
        Assert.Contains(messages, m => m.Level == LogLevel.Warning && m.Message.Contains("invalid input", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Level == LogLevel.Warning && m.Message.Contains("truncated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stream_reader_and_memory_give_the_same_article_as_a_string()
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        string expected = ArticleJson.Serialize(ArticleParser.Default.Parse(text));
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        Assert.Equal(expected, ArticleJson.Serialize(await ArticleParser.Default.ParseAsync(new MemoryStream(withBom))));
        Assert.Equal(expected, ArticleJson.Serialize(await ArticleParser.Default.ParseAsync(new StringReader(text))));
        Assert.Equal(expected, ArticleJson.Serialize(ArticleParser.Default.Parse(("[" + text + "]").AsMemory(1, text.Length))));
    }

    [Fact]
    public async Task Json_lines_give_one_record_per_line_in_order_with_errors_in_place()
    {
        string input = string.Join("\n",
            """{"id":"a","text":"पहला लेख।"}""",
            """not json""",
            """{"id":7,"text":"Second article."}""",
            """{"id":"no-text"}""",
            """{"id":"long","text":"%%"}""".Replace("%%", new string('x', 200), StringComparison.Ordinal),
            """{"id":"b","text":"Last."}""");
        var parser = new ArticleParser(new ArticleParserOptions { MaxInputLength = 100 });
        var records = new List<ArticleRecord>();
        await foreach (ArticleRecord r in parser.ParseManyAsync(new MemoryStream(Encoding.UTF8.GetBytes(input))))
        {
            records.Add(r);
        }

        Assert.Equal([1L, 2, 3, 4, 5, 6], records.Select(r => r.Line));
        Assert.Equal(["a", null, "7", "no-text", "long", "b"], records.Select(r => r.Id));
        Assert.Equal([null, "bad_json", null, "missing_text", "too_long", null], records.Select(r => r.Error?.Code));
        Assert.Equal("Second article.", records[2].Article!.GetText(records[2].Article!.Paragraphs[0].Span));
    }

    [Fact]
    public void One_parser_on_many_threads_gives_identical_json()
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        var parser = new ArticleParser();
        string expected = ArticleJson.Serialize(parser.Parse(text));
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = ArticleJson.Serialize(parser.Parse(text)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}

/// <summary>Entity recognition stays linear when an article names many people and places many times.</summary>
public class EntityScaleTests
{
    [Fact]
    public void Twenty_thousand_repeated_and_distinct_names_are_linked()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++)
        {
            sb.Append("पुतिन ने रूस में कहा। ");
            sb.Append("President Name").Append(i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)).Append(" Smith spoke.\n");
        }

        Article a = ArticleParser.Default.Parse(sb.ToString());
        Assert.True(a.Mentions.Count >= 40_000);
        Entity russia = Assert.Single(a.Entities, e => e.Name == "Russia");
        Assert.Equal(20_000, russia.Mentions.Count);
    }
}

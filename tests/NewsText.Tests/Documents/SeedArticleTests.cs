using NewsText.Serialization;
using NewsText.Tests.Support;
using Snapshooter.Xunit;

namespace NewsText.Tests.Documents;

/// <summary>The seed's structure, fact by fact (issue 4), and its whole JSON as a reviewed snapshot.</summary>
public class SeedArticleTests
{
    private static readonly Article Seed = ArticleParser.Default.Parse(File.ReadAllText(RepoPaths.Seed));

    private static string Text(TextSpan span) => Seed.GetText(span);

    [Fact]
    public void Thirteen_lines_give_nine_body_paragraphs_and_two_posts_with_their_attributions()
    {
        Assert.Equal(13, Seed.Paragraphs.Count);
        Assert.Equal(9, Seed.Paragraphs.Count(p => p.Kind == ParagraphKind.Body));
        Assert.Equal(2, Seed.Paragraphs.Count(p => p.Kind == ParagraphKind.EmbeddedPost));
        Assert.Equal(2, Seed.Paragraphs.Count(p => p.Kind == ParagraphKind.Attribution));
        Assert.Null(Seed.Title);
        Assert.Null(Seed.Byline);
        Assert.Null(Seed.Dateline);
    }

    [Fact]
    public void Embedded_posts_have_author_handle_date_platform_and_text()
    {
        Assert.Equal(2, Seed.EmbeddedPosts.Count);
        EmbeddedPost first = Seed.EmbeddedPosts[0], second = Seed.EmbeddedPosts[1];
        Assert.Equal(("Abhijit Halder", "@Abhijithalderr", new DateOnly(2023, 1, 9), SocialPlatform.Twitter), (Text(first.Author!.Value), Text(first.Handle!.Value), first.Date!.Value, first.Platform));
        Assert.StartsWith("Sergey Lavrov, in turn, ", Text(first.Text), StringComparison.Ordinal);
        Assert.EndsWith("the Russian Foreign Ministry noted.", Text(first.Text), StringComparison.Ordinal);
        Assert.Equal(("Zhang Jun", "@ChinaAmbUN", new DateOnly(2023, 1, 9), SocialPlatform.Twitter), (Text(second.Author!.Value), Text(second.Handle!.Value), second.Date!.Value, second.Platform));
        Assert.StartsWith("Foreign Minister Qin Gang today held ", Text(second.Text), StringComparison.Ordinal);
        Assert.DoesNotContain("Zhang Jun", Text(second.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Four_quotes_with_kinds_and_speakers()
    {
        var quotes = Seed.Quotes.Select(q => (Text(q.Content), q.Kind, q.Speaker is { } s ? Text(s) : null)).ToList();
        Assert.Equal(4, quotes.Count);
        Assert.Equal(("उपग्रहों", QuoteKind.Term, (string?)null), quotes[0]);
        Assert.StartsWith("मास्को और बीजिंग", quotes[1].Item1, StringComparison.Ordinal);
        Assert.EndsWith("एकजुट थे।", quotes[1].Item1, StringComparison.Ordinal);
        Assert.Equal((QuoteKind.Speech, "दोनों नेताओं"), (quotes[1].Kind, quotes[1].Item3));
        Assert.StartsWith("चीन-रूस संबंध", quotes[2].Item1, StringComparison.Ordinal);
        Assert.EndsWith("आधारित हैं।", quotes[2].Item1, StringComparison.Ordinal);
        Assert.Equal((QuoteKind.Speech, "किन"), (quotes[2].Kind, quotes[2].Item3));
        Assert.Equal(("रस्साकशी", QuoteKind.Term, (string?)null), quotes[3]);
        Assert.All(Seed.Quotes, q => Assert.True(q.IsClosed && q.Span.Contains(q.Content) && q.Paragraphs.Count == 1));
    }

    [Fact]
    public void Language_is_hindi_and_the_posts_are_english()
    {
        Assert.Equal("hi", Seed.Language);
        Assert.All(Seed.EmbeddedPosts, p => Assert.Equal(Script.Latin, Seed.Paragraphs[p.Paragraphs[0]].Script));
    }

    [Fact]
    public void Sentences_split_at_danda_and_full_stop_and_keep_closing_quotes()
    {
        Assert.Equal(19, Seed.Sentences.Count);
        Assert.Contains(Seed.Sentences, s => Text(s.Span).EndsWith("एकजुट थे।\"", StringComparison.Ordinal));
        Assert.Contains(Seed.Sentences, s => Text(s.Span) == "The two FMs exchanged views on the bilateral relations and the Ukraine crisis.");
        Assert.All(Seed.Sentences, s => Assert.True(Seed.Paragraphs[s.Paragraph].Span.Contains(s.Span)));
    }

    [Fact]
    public void Seed_json_matches_reviewed_snapshot() => Snapshot.Match(ArticleJson.Serialize(Seed, indented: true));
}

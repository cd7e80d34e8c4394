using NewsText.Entities;
using NewsText.Tests.Support;

namespace NewsText.Tests.Documents;

/// <summary>What an <see cref="IEntityRecognizer"/> is shown: the structure found before entities, so it can build on it.</summary>
public class RecognizerContextTests
{
    [Fact]
    public void A_recognizer_sees_the_seeds_paragraphs_posts_and_quotes()
    {
        var probe = new Probe();
        Article a = new ArticleParser(new ArticleParserOptions { EntityRecognizers = [probe] }).Parse(File.ReadAllText(RepoPaths.Seed));
        Assert.Equal((13, 2, 4), (probe.Paragraphs, probe.Posts, probe.Quotes));
        Assert.Equal(["दोनों नेताओं", "किन"], probe.Speakers);
        Assert.Equal(a.Text, probe.Text);
    }

    private sealed class Probe : IEntityRecognizer
    {
        public int Paragraphs { get; private set; }

        public int Posts { get; private set; }

        public int Quotes { get; private set; }

        public string? Text { get; private set; }

        public List<string> Speakers { get; } = [];

        public void Recognize(EntityRecognitionContext context)
        {
            (Paragraphs, Posts, Quotes, Text) = (context.Paragraphs.Count, context.EmbeddedPosts.Count, context.Quotes.Count, context.Text);
            foreach (Quote q in context.Quotes)
            {
                if (q.Speaker is { } s)
                {
                    Speakers.Add(context.Text.Substring(s.Start, s.Length));
                }
            }
        }
    }
}

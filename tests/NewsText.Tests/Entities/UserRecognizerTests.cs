using System.Text.RegularExpressions;
using NewsText.Tests.Support;

namespace NewsText.Tests.Entities;

/// <summary>The <c>IEntityRecognizer</c> extension point, through the documented sample.</summary>
public partial class UserRecognizerTests
{
    [GeneratedRegex("// SAMPLE-BEGIN\\n(.*?)// SAMPLE-END", RegexOptions.Singleline)]
    private static partial Regex Sample();

    [Fact]
    public void Docs_sample_is_the_compiled_sample()
    {
        string code = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsText.Tests", "Entities", "UserGazetteerSample.cs")).ReplaceLineEndings("\n");
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "entities.md")).ReplaceLineEndings("\n");
        Assert.Contains("```csharp\n" + Sample().Match(code).Groups[1].Value + "```", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_gazetteer_adds_organisations_and_they_are_linked()
    {
        var parser = new ArticleParser(new ArticleParserOptions { EntityRecognizers = [new GazetteerRecognizer(new HashSet<string> { "Zorvex" })] });
        Article a = parser.Parse("Zorvex हर साल बढ़ रही है। Analysts say Zorvex will grow.");
        Entity zorvex = Assert.Single(a.Entities, e => e.Name == "Zorvex");
        Assert.Equal(MentionKind.Organization, zorvex.Kind);
        Assert.Equal(2, zorvex.Mentions.Count);
        Assert.DoesNotContain(ArticleParser.Default.Parse("Zorvex हर साल बढ़ रही है।").Entities, e => e.Name == "Zorvex" && e.Kind == MentionKind.Organization);
    }

    [Fact]
    public void A_span_outside_the_text_is_rejected()
    {
        var parser = new ArticleParser(new ArticleParserOptions { EntityRecognizers = [new OutOfRange()] });
        Assert.Throws<ArgumentOutOfRangeException>(() => parser.Parse("text"));
    }

    private sealed class OutOfRange : NewsText.Entities.IEntityRecognizer
    {
        public void Recognize(NewsText.Entities.EntityRecognitionContext context) => context.Add(new TextSpan(2, 10), MentionKind.Person, null);
    }
}

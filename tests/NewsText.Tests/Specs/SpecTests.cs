using System.Text;
using System.Text.RegularExpressions;
using NewsText.Tests.Support;

namespace NewsText.Tests.Specs;

/// <summary>Runs every case of Specs/*.md: parse the <c>text</c> block and compare with the <c>outline</c> block.</summary>
public partial class SpecTests
{
    [GeneratedRegex(@"^## (?<name>.+?)\n.*?```text\n(?<text>.*?)```.*?```outline\n(?<outline>.*?)```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Case();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (string file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests", "NewsText.Tests", "Specs"), "*.md"))
        {
            foreach (Match m in Case().Matches(File.ReadAllText(file).ReplaceLineEndings("\n")))
            {
                data.Add(Path.GetFileNameWithoutExtension(file), m.Groups["name"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec_case_parses_to_its_outline(string file, string name)
    {
        string spec = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsText.Tests", "Specs", file + ".md")).ReplaceLineEndings("\n");
        Match m = Case().Matches(spec).First(c => c.Groups["name"].Value == name);
        string text = m.Groups["text"].Value.TrimEnd('\n');
        Article article = ArticleParser.Default.Parse(text);
        Assert.Equal(m.Groups["outline"].Value.TrimEnd('\n'), SpecOutline.Format(article));
    }

    [Fact]
    public void There_are_spec_cases() => Assert.True(Cases().Count >= 8);
}

/// <summary>The compact outline spec cases are written in.</summary>
internal static class SpecOutline
{
    public static string Format(Article a)
    {
        var sb = new StringBuilder();
        string T(TextSpan s) => a.GetText(s).Replace("\n", "\\n", StringComparison.Ordinal);
        foreach (Paragraph p in a.Paragraphs)
        {
            sb.Append($"paragraph {Serialization.ArticleJson.KindName(p.Kind)}: {T(p.Span)}\n");
        }

        foreach (Sentence s in a.Sentences)
        {
            sb.Append($"sentence: {T(s.Span)}\n");
        }

        foreach (EmbeddedPost p in a.EmbeddedPosts)
        {
            string author = p.Author is { } au ? T(au) : "-";
            string handle = p.Handle is { } h ? T(h) : "-";
            string date = p.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";
            sb.Append($"post {p.Platform.ToString().ToLowerInvariant()}: {author} {handle} {date} | {T(p.Text)}\n");
        }

        foreach (Quote q in a.Quotes)
        {
            sb.Append($"quote {(q.Kind == QuoteKind.Speech ? "speech" : "term")}: {T(q.Content)}");
            if (q.Speaker is { } s)
            {
                sb.Append($" | speaker: {T(s)}");
            }

            if (q.Parent is { } parent)
            {
                sb.Append($" | parent: {parent}");
            }

            if (q.Children.Count > 0)
            {
                sb.Append($" | children: {string.Join(",", q.Children)}");
            }

            if (q.Paragraphs.Count > 1)
            {
                sb.Append($" | paragraphs: {string.Join(",", q.Paragraphs)}");
            }

            if (!q.IsClosed)
            {
                sb.Append(" | unclosed");
            }

            sb.Append('\n');
        }

        sb.Append($"language: {a.Language}");
        return sb.ToString();
    }
}

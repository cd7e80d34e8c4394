using System.Globalization;
using NewsText.Serialization;

namespace NewsText.Cli.Output;

/// <summary>The readable outline: paragraphs with their kind, quotes with speakers, posts, entities grouped by cluster.</summary>
public static class OutlineWriter
{
    private const int Preview = 90;

    /// <summary>Writes the outline of <paramref name="article"/>.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="article">The article.</param>
    /// <param name="color">Whether to use ANSI colours (only when writing to a terminal).</param>
    public static void Write(TextWriter output, Article article, bool color)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        string Bold(string s) => color ? $"\u001b[1m{s}\u001b[0m" : s;
        string Dim(string s) => color ? $"\u001b[2m{s}\u001b[0m" : s;
        string Cut(TextSpan span)
        {
            string s = article.GetText(span).Replace('\n', ' ');
            return s.Length <= Preview ? s : string.Concat(s.AsSpan(0, Preview), "…");
        }

        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(Bold(string.Create(inv, $"Article  language {article.Language} · {article.Paragraphs.Count} paragraphs · {article.Sentences.Count} sentences · {article.Quotes.Count} quotes · {article.EmbeddedPosts.Count} posts · {article.Mentions.Count} mentions · {article.Entities.Count} entities")));
        output.WriteLine();
        output.WriteLine(Bold("Paragraphs"));
        foreach (Paragraph p in article.Paragraphs)
        {
            output.WriteLine(string.Create(inv, $"  {p.Index,3} {ArticleJson.KindName(p.Kind),-12} {Cut(p.Span)}"));
        }

        if (article.Quotes.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Bold("Quotes"));
            foreach (Quote q in article.Quotes)
            {
                string speaker = q.Speaker is { } s ? " — " + article.GetText(s) : "";
                string kind = q.Kind == QuoteKind.Speech ? "speech" : "term";
                string closed = q.IsClosed ? "" : Dim(" (unclosed)");
                output.WriteLine(string.Create(inv, $"  {kind,-7} “{Cut(q.Content)}”{speaker}{closed}"));
            }
        }

        if (article.EmbeddedPosts.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Bold("Embedded posts"));
            foreach (EmbeddedPost post in article.EmbeddedPosts)
            {
                string author = post.Author is { } a ? article.GetText(a) : "?";
                string handle = post.Handle is { } h ? " " + article.GetText(h) : "";
                string date = post.Date is { } d ? " " + d.ToString("yyyy-MM-dd", inv) : "";
                output.WriteLine(string.Create(inv, $"  {post.Platform.ToString().ToLowerInvariant(),-9} {author}{handle}{date}: {Cut(post.Text)}"));
            }
        }

        if (article.Entities.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Bold("Entities"));
            foreach (Entity e in article.Entities)
            {
                IEnumerable<string> forms = e.Mentions.Select(m => article.GetText(article.Mentions[m].Span)).Distinct(StringComparer.Ordinal);
                output.WriteLine(string.Create(inv, $"  {e.Kind.ToString().ToLowerInvariant(),-12} {e.Name}: {string.Join(", ", forms)} ({e.Mentions.Count})"));
            }
        }

        var values = article.Mentions.Where(m => m.Entity is null).ToList();
        if (values.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(Bold("Other mentions"));
            foreach (EntityMention m in values)
            {
                string value = m.Value is null ? "" : Dim(" = " + m.Value);
                output.WriteLine(string.Create(inv, $"  {m.Kind.ToString().ToLowerInvariant(),-12} {article.GetText(m.Span)}{value}"));
            }
        }
    }
}

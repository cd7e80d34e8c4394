using System.Globalization;
using System.Net;
using NewsText.Serialization;

namespace NewsText.Cli.Output;

/// <summary>
/// A self-contained, well-formed XHTML page of the article: quotes, embedded posts and entity mentions highlighted, with a legend.
/// A mention that crosses a quote's edge is left unhighlighted, so elements always nest.
/// </summary>
public static class HtmlWriter
{
    private static readonly string[] Kinds = ["person", "organization", "location", "date", "handle", "hashtag", "url", "email", "money", "number"];

    /// <summary>Writes the page.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="article">The article.</param>
    /// <param name="title">The page title (for example the file name).</param>
    public static void Write(TextWriter output, Article article, string title)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(article);
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine($"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{E(article.Language)}\">");
        output.WriteLine($"<head><meta charset=\"utf-8\"/><title>{E(title)}</title><style>{Style}</style></head>");
        output.WriteLine("<body>");
        output.WriteLine($"<h1>{E(title)}</h1>");
        output.Write("<div class=\"legend\">");
        foreach (string kind in Kinds)
        {
            output.Write($"<span class=\"m {kind}\">{kind}</span> ");
        }

        output.WriteLine("<span class=\"q speech\">speech</span> <span class=\"q term\">term</span> <span class=\"post-key\">embedded post</span></div>");
        output.WriteLine("<article>");
        bool inPost = false;
        foreach (Paragraph p in article.Paragraphs)
        {
            if (p.Kind == ParagraphKind.EmbeddedPost && !inPost)
            {
                output.WriteLine("<blockquote class=\"post\">");
                inPost = true;
            }

            string tag = p.Kind == ParagraphKind.Attribution ? "footer" : p.Kind == ParagraphKind.Title ? "h2" : "p";
            output.Write($"<{tag} class=\"{ArticleJson.KindName(p.Kind)}\" id=\"p{p.Index.ToString(CultureInfo.InvariantCulture)}\">");
            WriteParagraph(output, article, p);
            output.WriteLine($"</{tag}>");
            if (inPost && p.Kind == ParagraphKind.Attribution)
            {
                output.WriteLine("</blockquote>");
                inPost = false;
            }
        }

        if (inPost)
        {
            output.WriteLine("</blockquote>");
        }

        output.WriteLine("</article>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    private static void WriteParagraph(TextWriter output, Article article, Paragraph p)
    {
        var events = new List<(int At, bool Open, int Length, string Html)>();
        var quoteEdges = new List<(int Start, int End)>();
        foreach (Quote q in article.Quotes)
        {
            if (!q.Span.Overlaps(p.Span))
            {
                continue;
            }

            int start = Math.Max(q.Span.Start, p.Span.Start), end = Math.Min(q.Span.End, p.Span.End);
            string kind = q.Kind == QuoteKind.Speech ? "speech" : "term";
            string speaker = q.Speaker is { } s ? $" title=\"speaker: {E(article.GetText(s))}\"" : "";
            events.Add((start, true, end - start, $"<span class=\"q {kind}\"{speaker}>"));
            events.Add((end, false, end - start, "</span>"));
            quoteEdges.Add((start, end));
        }

        foreach (EntityMention m in article.Mentions)
        {
            if (!p.Span.Contains(m.Span) || quoteEdges.Any(q => m.Span.Start < q.Start && m.Span.End > q.Start || m.Span.Start < q.End && m.Span.End > q.End))
            {
                continue;
            }

            string kind = m.Kind.ToString().ToLowerInvariant();
            string name = m.Entity is { } e ? article.Entities[e].Name : m.Value ?? kind;
            events.Add((m.Span.Start, true, m.Span.Length, $"<span class=\"m {kind}\" title=\"{kind}: {E(name)}\">"));
            events.Add((m.Span.End, false, m.Span.Length, "</span>"));
        }

        // Closes before opens at one offset; outer opens first, inner closes first.
        events.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At)
            : a.Open != b.Open ? (a.Open ? 1 : -1)
            : a.Open ? b.Length.CompareTo(a.Length) : a.Length.CompareTo(b.Length));
        int at = p.Span.Start;
        foreach ((int pos, _, _, string html) in events)
        {
            output.Write(E(article.Text.AsSpan(at, pos - at).ToString()));
            output.Write(html);
            at = pos;
        }

        output.Write(E(article.Text.AsSpan(at, p.Span.End - at).ToString()));
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private const string Style =
        "body{font-family:system-ui,'Noto Sans Devanagari',sans-serif;max-width:50rem;margin:2rem auto;line-height:1.7;padding:0 1rem}"
        + ".legend{font-size:.85rem;margin-bottom:1rem}.legend span{margin-right:.4rem}"
        + ".m{border-radius:.2rem;padding:0 .1rem}.person{background:#ffe3a3}.organization{background:#c9e4ff}.location{background:#c8f0c8}"
        + ".date{background:#f3d1f4}.handle,.hashtag,.url,.email{background:#e2e2e2}.money,.number{background:#fff3c4}"
        + ".q.speech{border-bottom:2px solid #c0392b}.q.term{border-bottom:2px dotted #7f8c8d}"
        + "blockquote.post,.post-key{border-left:4px solid #1da1f2;background:#f5fbff}blockquote.post{margin:1rem 0;padding:.5rem 1rem}"
        + "footer{font-size:.85rem;color:#555}";
}

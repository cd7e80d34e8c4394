namespace NewsText;

/// <summary>
/// A parsed news article: the source text and every structure found in it, each a <see cref="TextSpan"/> into <see cref="Text"/>.
/// Immutable; lists are backed by arrays. Serialise with <see cref="Serialization.ArticleJson"/>.
/// </summary>
public sealed class Article
{
    internal Article(
        string text,
        string language,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EmbeddedPost> embeddedPosts,
        IReadOnlyList<Quote> quotes,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<Entity> entities)
    {
        Text = text;
        Language = language;
        Paragraphs = paragraphs;
        Sentences = sentences;
        EmbeddedPosts = embeddedPosts;
        Quotes = quotes;
        Mentions = mentions;
        Entities = entities;
        Title = Find(paragraphs, ParagraphKind.Title);
        Byline = Find(paragraphs, ParagraphKind.Byline);
        Dateline = Find(paragraphs, ParagraphKind.Dateline);
    }

    /// <summary>The source text. All spans refer to it; offsets are UTF-16 code units.</summary>
    public string Text { get; }

    /// <summary>The body's language from its letters: <c>hi</c> (Devanagari), <c>en</c> (Latin), <c>mixed</c>, or <c>und</c> when there are no letters. Embedded posts do not count unless the body has no letters (a post on its own).</summary>
    public string Language { get; }

    /// <summary>The headline paragraph, when there is one.</summary>
    public Paragraph? Title { get; }

    /// <summary>The byline paragraph, when there is one.</summary>
    public Paragraph? Byline { get; }

    /// <summary>The dateline paragraph, when there is one on its own line.</summary>
    public Paragraph? Dateline { get; }

    /// <summary>Paragraphs in text order.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>Embedded social posts in text order.</summary>
    public IReadOnlyList<EmbeddedPost> EmbeddedPosts { get; }

    /// <summary>Quotations in order of their opening marks; nested ones point to their <see cref="Quote.Parent"/>.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>Entities: clusters of <see cref="Mentions"/> that name the same thing.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The text of <paramref name="span"/>.</summary>
    /// <param name="span">A span of this article.</param>
    /// <returns>The text, as a new string.</returns>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);

    private static Paragraph? Find(IReadOnlyList<Paragraph> paragraphs, ParagraphKind kind)
    {
        foreach (Paragraph p in paragraphs)
        {
            if (p.Kind == kind)
            {
                return p;
            }
        }

        return null;
    }
}

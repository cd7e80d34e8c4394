namespace NewsText;

/// <summary>
/// A parsed news article: the source text and every structure found in it, each a <see cref="TextSpan"/> into <see cref="Text"/>.
/// Immutable; lists are backed by arrays.
/// </summary>
public sealed class Article
{
    internal Article(string text, IReadOnlyList<EntityMention> mentions, IReadOnlyList<Entity> entities)
    {
        Text = text;
        Mentions = mentions;
        Entities = entities;
    }

    /// <summary>The source text. All spans refer to it; offsets are UTF-16 code units.</summary>
    public string Text { get; }

    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Mentions { get; }

    /// <summary>Entities: clusters of <see cref="Mentions"/> that name the same thing.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The text of <paramref name="span"/>.</summary>
    /// <param name="span">A span of this article.</param>
    /// <returns>The text, as a new string.</returns>
    public string GetText(TextSpan span) => Text.Substring(span.Start, span.Length);
}

namespace NewsText;

/// <summary>A social-media post pasted into the article: its text and its attribution line.</summary>
public sealed class EmbeddedPost
{
    internal EmbeddedPost(TextSpan text, TextSpan attribution, TextSpan? author, TextSpan? handle, DateOnly? date, SocialPlatform platform, IReadOnlyList<int> paragraphs)
    {
        Text = text;
        Attribution = attribution;
        Author = author;
        Handle = handle;
        Date = date;
        Platform = platform;
        Paragraphs = paragraphs;
    }

    /// <summary>The post's text, without its attribution line: from its first paragraph's start to its last one's end (line breaks included when the post has several paragraphs).</summary>
    public TextSpan Text { get; }

    /// <summary>The attribution line (<c>— Abhijit Halder (@Abhijithalderr) January 9, 2023</c>).</summary>
    public TextSpan Attribution { get; }

    /// <summary>The author's name, or <see langword="null"/>.</summary>
    public TextSpan? Author { get; }

    /// <summary>The author's handle with its <c>@</c>, or <see langword="null"/>.</summary>
    public TextSpan? Handle { get; }

    /// <summary>The post's date, or <see langword="null"/> when the attribution has none.</summary>
    public DateOnly? Date { get; }

    /// <summary>The platform the attribution's form points to.</summary>
    public SocialPlatform Platform { get; }

    /// <summary>Indices of the post's paragraphs: its text paragraphs, then its attribution.</summary>
    public IReadOnlyList<int> Paragraphs { get; }
}

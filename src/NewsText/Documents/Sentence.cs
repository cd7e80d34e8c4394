namespace NewsText;

/// <summary>One sentence, inside one paragraph. A value (12 bytes): an article's sentences are one array with nothing for the garbage collector to trace.</summary>
public readonly record struct Sentence
{
    internal Sentence(TextSpan span, int paragraph)
    {
        Span = span;
        Paragraph = paragraph;
    }

    /// <summary>Where it is in <see cref="Article.Text"/>, from its first to its last non-space char (closing quotes and brackets included).</summary>
    public TextSpan Span { get; }

    /// <summary>Index of its paragraph in <see cref="Article.Paragraphs"/>.</summary>
    public int Paragraph { get; }
}

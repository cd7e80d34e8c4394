namespace NewsText;

/// <summary>A quotation: the marks, what is inside them, and who said it when the text says so.</summary>
public sealed class Quote
{
    internal Quote(TextSpan span, TextSpan content, QuoteKind kind, TextSpan? speaker, int? parent, IReadOnlyList<int> children, IReadOnlyList<int> paragraphs, bool isClosed)
    {
        Span = span;
        Content = content;
        Kind = kind;
        Speaker = speaker;
        Parent = parent;
        Children = children;
        Paragraphs = paragraphs;
        IsClosed = isClosed;
    }

    /// <summary>From the opening mark to the closing mark, both included.</summary>
    public TextSpan Span { get; }

    /// <summary>The quoted text between the marks.</summary>
    public TextSpan Content { get; }

    /// <summary>Speech or term.</summary>
    public QuoteKind Kind { get; }

    /// <summary>The speaker's name phrase as the text gives it (<c>दोनों नेताओं</c>, <c>किन</c>, <c>the minister</c>), or <see langword="null"/>.</summary>
    public TextSpan? Speaker { get; }

    /// <summary>Index in <see cref="Article.Quotes"/> of the quote this one is nested in, or <see langword="null"/>.</summary>
    public int? Parent { get; }

    /// <summary>Indices in <see cref="Article.Quotes"/> of the quotes nested directly in this one, ascending; empty when none.</summary>
    public IReadOnlyList<int> Children { get; }

    /// <summary>Indices of the paragraphs the quote runs through (more than one for a quote continued over paragraphs).</summary>
    public IReadOnlyList<int> Paragraphs { get; }

    /// <summary><see langword="false"/> when the closing mark was missing and the quote was closed at the end of its paragraph.</summary>
    public bool IsClosed { get; }
}

using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>What an <see cref="IEntityRecognizer"/> sees of one article, and where it puts what it finds.</summary>
public sealed class EntityRecognitionContext
{
    private readonly List<Candidate> output;

    internal EntityRecognitionContext(
        string text,
        ReadOnlyMemory<Token> tokens,
        IReadOnlyList<Paragraph> paragraphs,
        IReadOnlyList<EmbeddedPost> embeddedPosts,
        IReadOnlyList<Quote> quotes,
        List<Candidate> output)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        EmbeddedPosts = embeddedPosts;
        Quotes = quotes;
        this.output = output;
    }

    /// <summary>The article's text.</summary>
    public string Text { get; }

    /// <summary>The article's tokens in order, without whitespace tokens (line breaks are kept).</summary>
    public ReadOnlyMemory<Token> Tokens { get; }

    /// <summary>The article's paragraphs.</summary>
    public IReadOnlyList<Paragraph> Paragraphs { get; }

    /// <summary>The embedded posts found in the article (their authors and handles are good mention candidates).</summary>
    public IReadOnlyList<EmbeddedPost> EmbeddedPosts { get; }

    /// <summary>The quotations found in the article, with their speakers when the text names them.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Proposes a mention.</summary>
    /// <param name="span">Where it is in <see cref="Text"/>.</param>
    /// <param name="kind">What it names.</param>
    /// <param name="value">A normalised value, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> is empty or not inside <see cref="Text"/>.</exception>
    public void Add(TextSpan span, MentionKind kind, string? value)
    {
        if (span.Length <= 0 || span.Start < 0 || span.End > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), span, "A mention must be a non-empty span inside the text.");
        }

        output.Add(new Candidate(span, kind, value, Evidence.LexiconPhrase));
    }
}

namespace NewsText.Segmentation;

/// <summary>A paragraph while parsing: its trimmed span and its tokens [<see cref="First"/>, <see cref="End"/>) in the token buffer.</summary>
internal readonly record struct ParagraphRange(TextSpan Span, int First, int End)
{
    public int TokenCount => End - First;
}

namespace NewsText;

/// <summary>One paragraph: a non-empty line of the source, trimmed of surrounding whitespace. A value (20 bytes), like <see cref="Sentence"/>.</summary>
public readonly record struct Paragraph
{
    internal Paragraph(int index, TextSpan span, ParagraphKind kind, Script script)
    {
        Index = index;
        Span = span;
        Kind = kind;
        Script = script;
    }

    /// <summary>Its index in <see cref="Article.Paragraphs"/>.</summary>
    public int Index { get; }

    /// <summary>Where it is in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>What it is.</summary>
    public ParagraphKind Kind { get; }

    /// <summary>The script with the most letters in its words (a tie goes to the script listed first in <see cref="NewsText.Script"/>; <see cref="Script.Common"/> when it has no words).</summary>
    public Script Script { get; }
}

namespace NewsText.Segmentation;

/// <summary>
/// A paragraph while parsing: its trimmed span, its tokens [<see cref="First"/>, <see cref="End"/>) in the token buffer, and the
/// letters of its words by script (<see cref="WordScripts"/>), counted while the paragraph was found.
/// </summary>
internal readonly record struct ParagraphRange(TextSpan Span, int First, int End, Script Script, int LatinLetters, int DevanagariLetters, int OtherLetters)
{
    public int TokenCount => End - First;
}

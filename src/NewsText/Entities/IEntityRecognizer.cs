namespace NewsText.Entities;

/// <summary>
/// An extension point: adds entity mentions to every article the parser reads, next to the built-in rules (a gazetteer, a
/// model). Recognizers see the article's tokens and paragraphs; they run on the parser's threads, so they must be thread-safe.
/// Overlaps with built-in mentions are resolved by evidence: exact tokens and normalised values win, then your mentions,
/// then lexicon and capitalisation guesses. See <c>docs/entities.md</c> for a sample.
/// </summary>
public interface IEntityRecognizer
{
    /// <summary>Adds the mentions this recognizer finds through <see cref="EntityRecognitionContext.Add"/>.</summary>
    /// <param name="context">The article being parsed.</param>
    void Recognize(EntityRecognitionContext context);
}

// The sample of docs/entities.md ("Adding your own recognizer"), verbatim between the markers; a test checks both stay equal.
// SAMPLE-BEGIN
using NewsText;
using NewsText.Entities;
using NewsText.Tokenization;

/// <summary>Marks every word of a user's list of organisations (for example company names) as an organisation mention.</summary>
public sealed class GazetteerRecognizer(IReadOnlySet<string> organizations) : IEntityRecognizer
{
    public void Recognize(EntityRecognitionContext context)
    {
        foreach (Token token in context.Tokens.Span)
        {
            if (token.Kind == TokenKind.Word && organizations.Contains(token.GetText(context.Text).ToString()))
            {
                context.Add(new TextSpan((int)token.Start, token.Length), MentionKind.Organization, null);
            }
        }
    }
}
// SAMPLE-END

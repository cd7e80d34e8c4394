using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// The people a wire story credits: <c>(Reporting by Ana Beatriz Costa and Daniel Okafor in Rio; Editing by Martin Cole)</c>,
/// <c>Additional reporting by …</c>, <c>Writing by …</c>, <c>Compiled by …</c>. Every name in the list after <c>by</c>, joined by
/// commas or <c>and</c> (each perhaps followed by <c>in &lt;Place&gt;</c>), is a person.
/// </summary>
internal sealed class CreditLineRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 1; i + 1 < v.Count; i++)
        {
            if (!v.In(i - 1, WordLists.CreditWords) || !v.Is(i, "by"))
            {
                continue;
            }

            int k = i + 1;
            while (NameReader.LatinName(v, k) is int n and > 0)
            {
                output.Add(new Candidate(v.Span(k, n), MentionKind.Person, null, Evidence.Cue));
                k += n;
                if (v.Is(k, "in"))
                {
                    k++; // "Nikhil Bhasin in New Delhi and Joanna Castillo in Manila"
                    while (NameReader.IsLatinNameWord(v, k))
                    {
                        k++;
                    }
                }

                if (!(v.IsChar(k, ",") || v.Is(k, "and")))
                {
                    break;
                }

                k += v.IsChar(k, ",") && v.Is(k + 1, "and") ? 2 : 1;
            }

            i = k - 1;
        }
    }
}

using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Devanagari persons without a title: a name of two or three words that starts with a given name or ends with a surname
/// (<see cref="FirstNames"/>) and ends before a postposition or punctuation (<c>रश्मि प्रिया ने</c>, <c>संगीता देशमुख ने</c>). Latin
/// sequences get the given-name test in <see cref="CapitalizedSequenceRecognizer"/>.
/// </summary>
internal sealed class GivenNameRecognizer : IMentionRecognizer
{
    private const ulong GivenName = 1UL << (int)WordClass.FirstNames;
    private const ulong Surname = 1UL << (int)WordClass.Surnames;

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 0; i < v.Count; i++)
        {
            // Only where a given name starts or a surname follows within the name's length: most words are neither.
            if (v.Tokens[i].Script != Script.Devanagari || !(v.InAny(i, GivenName) || v.InAny(i + 1, Surname) || v.InAny(i + 2, Surname))
                || !NameReader.IsHindiNameWord(v, i) || (i > 0 && NameReader.IsHindiNameWord(v, i - 1)))
            {
                continue;
            }

            int n = NameReader.HindiName(v, i, knownName: false);
            if (n == 3 && !v.In(i, FirstNames.Table) && v.In(i + 2, FirstNames.Surnames))
            {
                i++; // "उपाध्यक्ष रमाकांत त्रिपाठी": a surname lends two words, a given name three
                n = 2;
            }

            if (n is >= 2 and <= 3 && (v.In(i, FirstNames.Table) || v.In(i + n - 1, FirstNames.Surnames)))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Person, null, Evidence.Capitalized));
                i += n - 1;
            }
        }
    }
}

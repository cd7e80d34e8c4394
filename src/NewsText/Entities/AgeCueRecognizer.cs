using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// A name with an age after it is a person, the way news writes ages: <c>सौरभ जाधव (26)</c>, <c>Saurabh Jadhav (26)</c>,
/// <c>Farhan Qureshi, 34,</c>. The name is two or three name words (Latin capitalised, or Devanagari words that are not function
/// or common words) right before the age.
/// </summary>
internal sealed class AgeCueRecognizer : IMentionRecognizer
{
    private const int MaxAge = 120;

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 2; i + 2 < v.Count; i++)
        {
            if (v.Kind(i + 1) != TokenKind.Number || !((v.IsChar(i, "(") && v.IsChar(i + 2, ")")) || (v.IsChar(i, ",") && v.IsChar(i + 2, ",")))
                || !IsAge(v[i + 1]))
            {
                continue; // the number first: most tokens are not one
            }

            bool latin = v.Tokens[i - 1].Script == Script.Latin;
            int first = i;
            while (first > 0 && i - first < 3 && (latin ? NameReader.IsLatinNamePart(v, first - 1) : NameReader.IsHindiNameWord(v, first - 1)))
            {
                first--;
            }

            if (!latin && i - first == 3 && !v.In(first, FirstNames.Table))
            {
                first++; // "पहचान राहुल भोसले (29)": a third word only when it is a given name
            }

            if (i - first >= 2 && !(latin && first > 0 && NameReader.IsLatinNameWord(v, first - 1) && !v.In(first - 1, WordLists.EnglishTitles)))
            {
                output.Add(new Candidate(v.Span(first, i - first), MentionKind.Person, null, Evidence.Cue));
            }
        }
    }

    private static bool IsAge(ReadOnlySpan<char> digits) =>
        digits.Length <= 3 && int.TryParse(digits, out int age) && age is > 0 and <= MaxAge;
}

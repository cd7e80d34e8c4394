using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Places named before a common noun of place (<see cref="WordLists.PlaceCues"/>), one or a list:
/// <c>दरभंगा, सहरसा और सुपौल जिलों</c>, <c>कोसी और बागमती नदियों</c>, <c>Supaul and Saharsa districts</c>, <c>रामगढ़ विधानसभा सीट</c>. A place found so is a place
/// wherever the article repeats it as a name (<c>कोसी का जलस्तर</c>), with the weakest evidence.
/// </summary>
internal sealed class PlaceCueRecognizer : IMentionRecognizer
{
    private const int MaxListItems = 6;

    private const ulong NotHindiPlaces = (1UL << (int)WordClass.HindiStop) | (1UL << (int)WordClass.HindiTitles)
        | (1UL << (int)WordClass.HindiDeterminers) | (1UL << (int)WordClass.HindiPlaceAdjectives) | (1UL << (int)WordClass.PlaceCues)
        | (1UL << (int)WordClass.Weekdays) | (1UL << (int)WordClass.Months) | (1UL << (int)WordClass.HindiOrganizationHeads);

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        int before = output.Count;
        for (int cue = 1; cue < v.Count; cue++)
        {
            if (!v.In(cue, WordLists.PlaceCues, out int english))
            {
                continue;
            }

            bool latin = english == 1;
            int k = cue - 1;
            if (k > 0 && (v.Is(k, "विधानसभा") || v.Is(k, "लोकसभा") || v.Is(k, "Assembly") || v.Is(k, "assembly")))
            {
                k--; // "रामगढ़ विधानसभा सीट", "Ladwa Assembly seat"
            }

            for (int items = 0; items < MaxListItems && k >= 0 && IsPlaceWord(v, k, latin); items++)
            {
                int first = k;
                if (latin)
                {
                    while (first - 1 >= 0 && cue - first < 3 && IsPlaceWord(v, first - 1, latin) && Lexicon.PossessiveStem(v[first - 1]) < 0)
                    {
                        first--; // "West Champaran district" (not "Odisha’s Jajpur district": the owner is its own place)
                    }
                }

                if (!(v.Lexicon(first, out LexiconMatch known) && first + known.TokenCount == k + 1))
                {
                    output.Add(new Candidate(v.Span(first, k - first + 1), MentionKind.Location, null, Evidence.Cue)); // the lexicon names the ones it knows
                }

                k = first - 1;
                if (k >= 1 && (v.IsChar(k, ",") || v.Is(k, "और") || v.Is(k, "व") || v.Is(k, "एवं") || v.Is(k, "तथा") || v.Is(k, "and")))
                {
                    k--;
                    continue;
                }

                break;
            }
        }

        Repeat(v, output, before);
    }

    // Each place a cue found, wherever else the article writes it as a word of its own.
    private static void Repeat(in TokenView v, PooledList<Candidate> output, int first)
    {
        if (output.Count == first)
        {
            return;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        for (int c = first; c < output.Count; c++)
        {
            found.Add(output[c].Span.Slice(v.Text).ToString());
        }

        var lookup = found.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Kind(i) == TokenKind.Word && lookup.Contains(v[i]) && (v.Tokens[i].Script == Script.Latin || NameReader.EndsHindiName(v, i + 1)))
            {
                output.Add(new Candidate(v.Span(i, 1), MentionKind.Location, null, Evidence.Propagated));
            }
        }
    }

    private static bool IsPlaceWord(in TokenView v, int i, bool latin) =>
        latin
            ? NameReader.IsLatinNamePart(v, i) && !v.In(i, WordLists.OrganizationHeads)
            : v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Devanagari && !v.InAny(i, NotHindiPlaces) && !LooksLikeVerb(v[i]);

    // Rivers and towns end like participles (बागमती, गोमती): a word of five chars or more ending in ती is read as a name.
    private static bool LooksLikeVerb(ReadOnlySpan<char> w) => NameReader.LooksLikeVerb(w) && !(w.EndsWith("ती") && w.Length >= 5);
}

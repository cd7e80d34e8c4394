using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Hindi organisations, and places named the same way, by their head noun (<see cref="WordLists.HindiOrganizationHeads"/>): up to
/// six Devanagari words before it name the body (<c>भारत मौसम विज्ञान विभाग</c>, <c>पूर्व मध्य रेलवे</c>, <c>राष्ट्रीय आपदा मोचन बल</c>,
/// <c>वानखेड़े स्टेडियम</c>), joined by <c>एवं</c> or a hyphen where the name has them. The name starts after a
/// postposition, conjunction, determiner, title, verb form, common word of news prose (but the few that name bodies: <c>विदेश</c>,
/// <c>गृह</c>, <c>सुरक्षा</c> …) or anything not a Devanagari word. It outranks a place inside it
/// (<c>भारत</c> in <c>भारत मौसम विज्ञान विभाग</c>) but not a lexicon name of two words or more, nor a government-body pattern.
/// </summary>
internal sealed class HindiOrganizationRecognizer : IMentionRecognizer
{
    private const int MaxModifiers = 6;

    private const ulong Breakers = (1UL << (int)WordClass.HindiNameEnders) | (1UL << (int)WordClass.HindiDeterminers)
        | (1UL << (int)WordClass.HindiTitles) | (1UL << (int)WordClass.Weekdays) | (1UL << (int)WordClass.Months)
        | (1UL << (int)WordClass.DirectionWords);

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int head = 1; head < v.Count; head++)
        {
            if (!v.In(head, WordLists.HindiOrganizationHeads, out int generic) || v.Tokens[head].Script != Script.Devanagari)
            {
                continue;
            }

            int start = head, modifiers = 0;
            while (start - 1 >= 0 && modifiers < MaxModifiers)
            {
                if (IsModifier(v, start - 1))
                {
                    start--;
                    modifiers++;
                }
                else if (start - 2 >= 0 && IsModifier(v, start - 2) && modifiers > 0
                    && (v.Is(start - 1, "एवं") || v.IsJoiningHyphen(start - 1)))
                {
                    start -= 2; // "जिला एवं सत्र न्यायालय", "पिंपरी-चिंचवड पुलिस"
                    modifiers++;
                }
                else
                {
                    break;
                }
            }

            // A generic body ends its phrase (दिल्ली पुलिस ने), not a compound noun's first half (बैंक अधिकारी, बैंक खाते).
            bool named = generic switch
            {
                0 or 2 => modifiers >= 1,
                _ => NameReader.EndsHindiName(v, head + 1) && (modifiers >= 2
                    || (modifiers == 1 && v.Lexicon(start, out LexiconMatch place) && place.Entry.MentionKind == MentionKind.Location)),
            };
            if (named && !(v.Lexicon(start, out LexiconMatch m) && start + m.TokenCount > head))
            {
                output.Add(new Candidate(v.Span(start, head - start + 1), generic == 2 ? MentionKind.Location : MentionKind.Organization, null, Evidence.Cue));
            }
        }
    }

    // A common word of news prose (HindiStop) names an organisation only when it is one of the few that do (विदेश, गृह, सुरक्षा …).
    private static bool IsModifier(in TokenView v, int i) =>
        v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Devanagari && !v.InAny(i, Breakers) && !NameReader.LooksLikeVerb(v[i])
        && (!v.In(i, WordLists.HindiStop) || v.In(i, WordLists.HindiOrganizationModifiers));
}

using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Hindi organisations, and places named the same way, by their head noun (<see cref="WordLists.HindiOrganizationHeads"/>): up to
/// six Devanagari words before it name the body (<c>भारत मौसम विज्ञान विभाग</c>, <c>पूर्व मध्य रेलवे</c>, <c>राष्ट्रीय आपदा मोचन बल</c>,
/// <c>वानखेड़े स्टेडियम</c>), joined by <c>एवं</c> or a hyphen where the name has them, and English words after the head
/// (<c>काउंसिल ऑन ग्लोबल अफ़ेयर्स</c>). The name starts after a postposition, conjunction, determiner, title, verb form, a word
/// for a kind of body (<c>कंपनी</c>, <c>फ़र्म</c>, <c>थिंक टैंक</c>), a common word of news prose (but the few that name bodies: <c>विदेश</c>,
/// <c>गृह</c>, <c>सुरक्षा</c> …) or anything not a Devanagari word. It outranks a place inside it (<c>भारत</c> in
/// <c>भारत मौसम विज्ञान विभाग</c>), and a lexicon phrase inside it when it starts with a known name (<c>भारत निर्वाचन आयोग</c>,
/// <c>रूसी सुरक्षा परिषद</c>); otherwise not a lexicon name of two words or more, nor a government-body pattern. A ministry's
/// subject (<c>विदेश</c>, <c>गृह</c>) takes only a country or a known name before it. Institutes by acronym and city: <c>एम्स ऋषिकेश</c>.
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
        InstituteAndCity(v, output);
        for (int head = 1; head < v.Count; head++)
        {
            if (!v.In(head, WordLists.HindiOrganizationHeads, out int generic) || v.Tokens[head].Script != Script.Devanagari)
            {
                continue;
            }

            int start = head, modifiers = 0;
            while (start - 1 >= 0 && modifiers < MaxModifiers)
            {
                if (modifiers > 0 && IsDescriptor(v, start - 1))
                {
                    break; // "सीमेंट कंपनी अरावली सीमेंट्स लिमिटेड": the kind of body is not its name
                }

                int added = start - 1 > 0 && v.Is(start - 1, "एवं") ? start - 2 : start - 1; // the word a join would add
                if (modifiers > 0 && v.In(head - 1, WordLists.HindiOrganizationModifiers) && !v.In(added, WordLists.HindiOrganizationModifiers)
                    && !v.KnownAlias(added))
                {
                    break; // a ministry's subject (विदेश, गृह …) takes only a country or a known name before it, not "पूरा पाठ" or "केंद्रीय"
                }

                if (IsModifier(v, start - 1))
                {
                    start--;
                    modifiers++;
                }
                else if (start - 2 >= 0 && IsModifier(v, start - 2) && modifiers > 0
                    && (v.Is(start - 1, "एवं") || v.Is(start - 1, "एंड") || v.IsJoiningHyphen(start - 1)))
                {
                    start -= 2; // "जिला एवं सत्र न्यायालय", "सिने एंड टीवी आर्टिस्ट्स एसोसिएशन", "पिंपरी-चिंचवड पुलिस" (not "और": "भारत और यूरोपीय संघ" are two)
                    modifiers++;
                }
                else
                {
                    break;
                }
            }

            // A generic body ends its phrase (दिल्ली पुलिस ने), not a compound noun's first half (बैंक अधिकारी, बैंक खाते).
            bool named = EnglishNameEnd(v, head) > head || generic switch
            {
                0 or 2 => modifiers >= 1,
                _ => NameReader.EndsHindiName(v, head + 1) && (modifiers >= 2
                    || (modifiers == 1 && v.Lexicon(start, out LexiconMatch place) && place.Entry.MentionKind == MentionKind.Location)),
            };
            if (named && !(v.Lexicon(start, out LexiconMatch m) && start + m.TokenCount > head))
            {
                int end = EnglishNameEnd(v, head);
                Evidence evidence = v.Lexicon(start, out _) && ContainsLexiconPhrase(v, start, end) ? Evidence.Body : Evidence.Cue;
                output.Add(new Candidate(v.Span(start, end - start + 1), generic == 2 ? MentionKind.Location : MentionKind.Organization, null, evidence));
            }
        }
    }

    // "एम्स ऋषिकेश", "आईआईटी मद्रास": an institute named by its acronym and its city.
    private static void InstituteAndCity(in TokenView v, PooledList<Candidate> output)
    {
        for (int i = 0; i + 1 < v.Count; i++)
        {
            if (v.In(i, WordLists.HindiInstitutePrefixes) && v.Lexicon(i + 1, out LexiconMatch place) && place.Entry.MentionKind == MentionKind.Location && place.Role == AliasRole.Name)
            {
                output.Add(new Candidate(v.Span(i, 1 + place.TokenCount), MentionKind.Organization, null, Evidence.Body));
            }
        }
    }

    // Words that say what kind of body follows (सीमेंट कंपनी, ब्रोकरेज फ़र्म) and so start no name before them.
    private static bool IsDescriptor(in TokenView v, int i) => v.Is(i, "कंपनी") || v.Is(i, "फर्म") || v.Is(i, "फ़र्म") || v.Is(i, "संस्था") || v.Is(i, "टैंक");

    /// <summary>
    /// The last token of a name written in English words after its head: <c>काउंसिल ऑन ग्लोबल अफ़ेयर्स</c>, <c>सेंटर फ़ॉर पॉलिटिकल एंड
    /// स्ट्रैटेजिक स्टडीज़</c> (up to four words after ऑफ/ऑन/फॉर, joined by एंड, then a postposition or punctuation); else the head.
    /// </summary>
    private static int EnglishNameEnd(in TokenView v, int head)
    {
        int k = head + 1;
        if (!(v.Is(k, "ऑफ") || v.Is(k, "ऑफ़") || v.Is(k, "ऑन") || v.Is(k, "फॉर") || v.Is(k, "फ़ॉर")))
        {
            return head;
        }

        int last = -1;
        for (int words = 0, j = k + 1; words < 4 && j < v.Count; j++)
        {
            if (v.Is(j, "एंड") && last == j - 1)
            {
                continue;
            }

            if (!IsModifier(v, j))
            {
                break;
            }

            last = j;
            words++;
        }

        return last > 0 && NameReader.EndsHindiName(v, last + 1) ? last : head;
    }

    // A lexicon phrase inside a longer body that starts with a known name names less than the body does: "भारत निर्वाचन आयोग",
    // "उत्तर प्रदेश पावर कॉरपोरेशन लिमिटेड", "रूसी सुरक्षा परिषद" (not "जानकारी प्रवर्तन निदेशालय").
    private static bool ContainsLexiconPhrase(in TokenView v, int start, int end)
    {
        for (int k = start; k <= end; k++)
        {
            if (v.Lexicon(k, out LexiconMatch m) && m.TokenCount >= 2 && k + m.TokenCount - 1 <= end && (k > start || k + m.TokenCount - 1 < end))
            {
                return true;
            }
        }

        return false;
    }

    // A common word of news prose (HindiStop) names an organisation only when it is one of the few that do (विदेश, गृह, सुरक्षा …).
    private static bool IsModifier(in TokenView v, int i) =>
        v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Devanagari && !v.InAny(i, Breakers) && !NameReader.LooksLikeVerb(v[i])
        && (!v.In(i, WordLists.HindiStop) || v.In(i, WordLists.HindiOrganizationModifiers));
}

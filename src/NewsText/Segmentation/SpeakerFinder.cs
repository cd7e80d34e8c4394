using NewsText.Entities;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// Who said a quote, from the words around it, in Hindi and English: <c>X ने कहा कि "…"</c>, <c>X ने रेखांकित किया कि "…"</c>,
/// <c>X के अनुसार, "…"</c>, <c>"…," X ने कहा</c>, <c>"…," X said</c>, <c>"…," said X</c>, <c>X said: "…"</c>,
/// <c>according to X, "…"</c>, <c>X told reporters: "…"</c>, <c>X का कहना है कि "…"</c>, and the fused Hindi pronouns
/// (<c>उन्होंने कहा कि "…"</c>: the speaker is <c>उन्होंने</c>). Returns the name phrase as written, or nothing.
/// </summary>
internal static class SpeakerFinder
{
    private const int MaxSpeakerWords = 4;

    /// <summary>Words of a speaker phrase before a speech verb after the quote, role included ("BJP state general secretary Sunil Hegde said").</summary>
    private const int MaxSpeakerPhraseWords = 7;
    private const int MaxCueDistance = 6;

    private static readonly HashSet<string> HindiSpeechWords = new(StringComparer.Ordinal)
    {
        "कहा", "कहना", "कहते", "कही", "बताया", "बताते", "रेखांकित", "उल्लेख", "लिखा", "ट्वीट", "पूछा", "जोड़ा", "दोहराया", "स्पष्ट",
        "दावा", "घोषणा", "आरोप", "जोर", "ज़ोर", "चेतावनी", "आग्रह", "अपील", "टिप्पणी", "संबोधित", "किया", "की", "था", "थी", "थे", "है", "हैं", "कि", "में",
        "कर", "करते", "हुए", "दिया", "से", "संवाददाताओं", "पत्रकारों", "मीडिया", "लोगों", "समर्थकों", "कार्यकर्ताओं",
    };

    /// <summary>Pronouns with the ergative <c>ने</c> fused on: the speaker phrase is the pronoun itself.</summary>
    private static readonly HashSet<string> FusedErgativePronouns = new(StringComparer.Ordinal)
    {
        "उन्होंने", "इन्होंने", "मैंने", "हमने", "आपने", "तुमने", "उसने", "इसने", "जिन्होंने",
    };

    private static readonly HashSet<string> EnglishSpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "asked", "stated", "noted", "wrote", "tweeted", "posted", "declared", "insisted", "warned", "replied",
        "explained", "argued", "claimed", "announced", "remarked", "observed", "stressed", "underlined", "emphasised", "emphasized",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "और", "कि", "तथा", "लेकिन", "जबकि", "पर", "में", "से", "को", "का", "के", "की", "भी", "तो", "ने", "वहीं", "हालांकि",
        "बाद", "दौरान", "पहले", "साथ", "लिए", "बीच", "बारे", "अलावा", "अनुसार", "मुताबिक", "द्वारा", "तरफ", "ओर", // second halves of compound postpositions (के बाद, के अनुसार …)
        "and", "but", "that", "when", "as", "while", "also", "then",
    };

    /// <summary>The speaker of the quote from token <paramref name="open"/> to <paramref name="close"/> (-1 when unclosed), within its paragraphs.</summary>
    public static TextSpan? Find(string text, ReadOnlySpan<Token> tokens, ParagraphRange openParagraph, int open, ParagraphRange closeParagraph, int close) =>
        FindBefore(text, tokens, openParagraph, open)
            ?? (close >= 0 ? After(new TokenView(text, tokens), close + 1, closeParagraph.End) : null);

    /// <summary>
    /// Only the cues before the opening mark (<c>X ने कहा कि "</c>, <c>X said: "</c>, <c>according to X, "</c>): explicit enough
    /// to make even a one-word quote speech (<c>He said: "No"</c>).
    /// </summary>
    public static TextSpan? FindBefore(string text, ReadOnlySpan<Token> tokens, ParagraphRange openParagraph, int open)
    {
        var v = new TokenView(text, tokens);
        return HindiBefore(v, openParagraph.First, open) ?? EnglishBefore(v, openParagraph.First, open);
    }

    /// <summary><c>X ने [कहा|रेखांकित किया …] [कि] "</c> and <c>X के अनुसार[,] "</c>.</summary>
    private static TextSpan? HindiBefore(in TokenView v, int first, int open)
    {
        bool cue = false;
        for (int k = open - 1; k >= first && k >= open - MaxCueDistance; k--)
        {
            if (v.Is(k, "ने"))
            {
                return cue ? NameBefore(v, first, k) : null;
            }

            if ((v.Is(k, "अनुसार") || v.Is(k, "मुताबिक")) && v.Is(k - 1, "के"))
            {
                return NameBefore(v, first, k - 1); // X के अनुसार / X के मुताबिक
            }

            if (v.Is(k, "कहना") && (v.Is(k - 1, "का") || v.Is(k - 1, "की")))
            {
                return NameBefore(v, first, k - 1); // X का कहना है कि "…"
            }

            if (cue && v.Kind(k) == TokenKind.Word && FusedErgativePronouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[k]))
            {
                return v.Span(k, 1);
            }

            if (v.Kind(k) == TokenKind.Word && HindiSpeechWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[k]))
            {
                cue = true;
                continue;
            }

            if (cue && v.Kind(k) == TokenKind.Word && v.Tokens[k].Script == Script.Devanagari)
            {
                continue; // the rest of the clause between X ने and the speech verb: "लूला ने उद्घाटन भाषण में कहा"
            }

            if (!v.IsChar(k, ",:"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary><c>X said[:|,] "</c>, <c>X told reporters: "</c>, <c>according to X, "</c>.</summary>
    private static TextSpan? EnglishBefore(in TokenView v, int first, int open)
    {
        int k = open - 1;
        if (k < first || !v.IsChar(k, ",:"))
        {
            return null;
        }

        // according to X,
        int name = k;
        while (name - 1 >= first && k - name < MaxSpeakerWords && v.Kind(name - 1) == TokenKind.Word && !v.Is(name - 1, "to"))
        {
            name--;
        }

        if (name < k && name - 2 >= first && v.Is(name - 1, "to") && (v.Is(name - 2, "according") || v.Is(name - 2, "According")))
        {
            return v.Span(name, k - name);
        }

        // X said: / X told reporters:
        for (int verb = k - 1; verb >= first && verb >= k - 3; verb--)
        {
            if (v.Kind(verb) == TokenKind.Word && EnglishSpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[verb]))
            {
                return NameBefore(v, first, verb);
            }
        }

        return null;
    }

    /// <summary>After the closing mark: <c>, X said</c>, <c>, said X</c>, <c>X ने कहा</c>.</summary>
    private static TextSpan? After(in TokenView v, int k, int end)
    {
        if (k < end && v.IsChar(k, ","))
        {
            k++;
        }

        if (k >= end)
        {
            return null;
        }

        if (v.Kind(k) == TokenKind.Word && EnglishSpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[k]))
        {
            int s = k + 1, e = s;
            while (e < end && e - s < MaxSpeakerWords && v.Kind(e) == TokenKind.Word && !StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[e]))
            {
                e++;
            }

            return e > s ? v.Span(s, e - s) : null;
        }

        int n = k;
        while (n < end && n - k < MaxSpeakerPhraseWords && v.Kind(n) == TokenKind.Word && !StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[n])
            && !EnglishSpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[n]))
        {
            n++;
        }

        if (n > k && n < end && (EnglishSpeechVerbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[n]) || (v.Is(n, "ने") && n + 1 < end && v.Kind(n + 1) == TokenKind.Word && HindiSpeechWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[n + 1]))))
        {
            return v.Span(k, n - k);
        }

        return null;
    }

    /// <summary>
    /// Up to four words ending just before token <paramref name="end"/>, stopping at punctuation, function words and Hindi
    /// verb words (<c>रैली को संबोधित करते हुए शाह ने</c>: the speaker is <c>शाह</c>).
    /// </summary>
    private static TextSpan? NameBefore(in TokenView v, int first, int end)
    {
        int start = end;
        while (start - 1 >= first && end - start < MaxSpeakerWords && v.Kind(start - 1) == TokenKind.Word
            && !StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[start - 1])
            && !HindiSpeechWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[start - 1]))
        {
            start--;
        }

        return start < end ? v.Span(start, end - start) : null;
    }
}

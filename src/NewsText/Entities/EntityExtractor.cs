using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Runs the recognizers over one article, resolves overlaps (stronger evidence, then the longer span, wins), propagates
/// known person names to their later bare mentions, and links the mentions into entities.
/// </summary>
internal static class EntityExtractor
{
    /// <summary>The built-in recognizers, in no particular order (overlaps are resolved by evidence).</summary>
    public static IMentionRecognizer[] BuiltIn { get; } =
    [
        new ExactTokenRecognizer(), new ValueRecognizer(), new LexiconRecognizer(), new GovernmentBodyRecognizer(),
        new TitleCueRecognizer(), new AttributionRecognizer(), new SpeakerRecognizer(), new CapitalizedSequenceRecognizer(),
    ];

    /// <summary>Mentions and entities of the article in <paramref name="context"/>.</summary>
    public static (EntityMention[] Mentions, Entity[] Entities) Extract(RecognitionContext context, IEnumerable<IMentionRecognizer>? recognizers = null)
    {
        var candidates = new List<Candidate>();
        foreach (IMentionRecognizer r in recognizers ?? BuiltIn)
        {
            r.Recognize(context, candidates);
        }

        List<Candidate> accepted = Resolve(candidates);
        Propagate(context, accepted);
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return EntityLinker.Link(context.Text, accepted);
    }

    /// <summary>A context built from the text alone: paragraphs are lines, attributions are found from tokens.</summary>
    public static RecognitionContext ContextFor(string text)
    {
        Token[] tokens = TokenView.Tokenize(text);
        var paragraphs = new List<TextSpan>();
        int start = -1, end = -1;
        foreach (Token t in tokens)
        {
            if (t.Kind == TokenKind.LineBreak)
            {
                if (start >= 0)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, end));
                }

                start = -1;
            }
            else
            {
                start = start < 0 ? (int)t.Start : start;
                end = (int)t.End;
            }
        }

        if (start >= 0)
        {
            paragraphs.Add(TextSpan.FromBounds(start, end));
        }

        return new RecognitionContext(text, tokens, paragraphs, AttributionRecognizer.Find(text, tokens), []);
    }

    internal static List<Candidate> Resolve(List<Candidate> candidates)
    {
        var accepted = new List<Candidate>(candidates.Count);
        int extent = candidates.Count == 0 ? 0 : candidates.Max(c => c.Span.End);
        var taken = new System.Collections.BitArray(extent); // chars already covered by an accepted mention: linear, not pairwise
        foreach (Candidate c in candidates.OrderByDescending(c => c.Evidence).ThenByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (c.Span.Length <= 0 || Overlaps(taken, c.Span))
            {
                continue;
            }

            for (int k = c.Span.Start; k < c.Span.End; k++)
            {
                taken[k] = true;
            }

            accepted.Add(c);
        }

        return accepted;
    }

    private static bool Overlaps(System.Collections.BitArray taken, TextSpan span)
    {
        for (int k = span.Start; k < span.End; k++)
        {
            if (taken[k])
            {
                return true;
            }
        }

        return false;
    }

    // Document-level propagation: once "सर्गेई लावरोव" or "किन गांग" is a person, a bare "लावरोव" / "किन" / "Lavrov" that stands
    // as a name (a Hindi word followed by a postposition or punctuation, a capitalised Latin word) is the same person.
    private const int MaxKnownNameWords = 256;

    internal static void Propagate(RecognitionContext context, List<Candidate> accepted)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (Candidate c in accepted)
        {
            if (c.Kind == MentionKind.Person)
            {
                distinct.UnionWith(PhoneticKey.Of(context.Text.AsSpan(c.Span.Start, c.Span.Length)).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }

        // Bounded, so a text with very many distinct names stays linear; news articles name far fewer people.
        List<string> known = distinct.Take(MaxKnownNameWords).ToList();

        if (known.Count == 0)
        {
            return;
        }

        TokenView v = context.View;
        var covered = new bool[v.Count];
        foreach (Candidate c in accepted)
        {
            for (int k = context.TokenAt(c.Span.Start); k < v.Count && v.Tokens[k].Start < c.Span.End; k++)
            {
                covered[k] = true;
            }
        }

        var isKnownWord = new Dictionary<string, bool>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < v.Count; i++)
        {
            if (covered[i] || v.Kind(i) != TokenKind.Word || v[i].Length < 2)
            {
                continue;
            }

            bool candidate = v.Tokens[i].Script switch
            {
                Script.Devanagari => NameReader.HindiName(v, i, knownName: true) == 1,
                Script.Latin => NameReader.IsLatinNameWord(v, i) && !v.In(i, WordLists.EnglishNonNames) && !v.In(i, WordLists.EnglishTitles)
                    && !NameReader.IsLatinNameWord(v, i + 1) && !(i > 0 && NameReader.IsLatinNameWord(v, i - 1) && !v.In(i - 1, WordLists.EnglishTitles)),
                _ => false,
            };
            if (!candidate)
            {
                continue;
            }

            int stem = Lexicon.PossessiveStem(v[i]);
            int length = stem > 0 ? stem : v[i].Length;
            ReadOnlySpan<char> word = v[i][..length];
            if (!isKnownWord.TryGetValue(word, out bool isKnown))
            {
                // Words repeat: compute each distinct word's phonetic match once.
                string key = PhoneticKey.Of(word);
                isKnown = key.Length > 0 && known.Any(k => PhoneticKey.SimilarWord(k, key));
                isKnownWord[word] = isKnown;
            }

            if (isKnown)
            {
                accepted.Add(new Candidate(new TextSpan((int)v.Tokens[i].Start, length), MentionKind.Person, null, Evidence.Propagated));
            }
        }
    }
}

/// <summary>Quote speakers the parser found, when they read as a name (not <c>दोनों नेताओं</c>, "the minister").</summary>
internal sealed class SpeakerRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, List<Candidate> output)
    {
        TokenView v = context.View;
        foreach (TextSpan s in context.Speakers)
        {
            int i = context.TokenAt(s.Start);
            int n = 0;
            while (i + n < v.Count && v.Tokens[i + n].End <= s.End)
            {
                n++;
            }

            if (n == 0 || v.Tokens[i + n - 1].End != s.End)
            {
                continue;
            }

            bool name = v.Tokens[i].Script == Script.Devanagari ? NameReader.HindiName(v, i) == n : NameReader.LatinName(v, i) == n;
            if (name && !v.Lexicon(i, out _))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Person, null, Evidence.Cue));
            }
        }
    }
}

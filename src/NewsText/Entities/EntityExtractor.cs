using System.Buffers;
using NewsText.Parsing;
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
        new HindiOrganizationRecognizer(), new PlaceCueRecognizer(), new GivenNameRecognizer(), new AgeCueRecognizer(), new CreditLineRecognizer(),
        new PlaceSuffixRecognizer(), new DevanagariAcronymRecognizer(),
    ];

    /// <summary>Mentions and entities of the article in <paramref name="context"/>.</summary>
    public static (EntityMention[] Mentions, Entity[] Entities) Extract(RecognitionContext context, IEnumerable<IMentionRecognizer>? recognizers = null)
    {
        using var candidates = new PooledList<Candidate>(context.Tokens.Length / 16);
        foreach (IMentionRecognizer r in recognizers ?? BuiltIn)
        {
            r.Recognize(context, candidates);
        }

        using var covered = new CoveredChars(context.Text.Length);
        using PooledList<Candidate> accepted = Resolve(candidates, covered, context.Text);
        using PooledList<Candidate> propagated = Propagate(context, accepted, covered);
        using PooledList<Candidate> merged = Merge(accepted, propagated);
        using PooledList<Candidate>? companies = OrganizationPropagation.Propagate(context, accepted, covered);
        if (companies is not null)
        {
            using PooledList<Candidate> all = Merge(merged, companies);
            return EntityLinker.Link(context.Text, all.AsSpan());
        }

        return EntityLinker.Link(context.Text, merged.AsSpan());
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

    /// <summary>
    /// Accepts candidates in order of evidence, then length (longer first), then position, each unless it overlaps one accepted
    /// before (a name is taken without a possessive ending it); returns them in text order and marks the chars they cover in
    /// <paramref name="covered"/> (empty on entry). One sort of packed keys and one bit per char: no pairwise overlap tests.
    /// </summary>
    internal static PooledList<Candidate> Resolve(PooledList<Candidate> candidates, CoveredChars covered, string text)
    {
        int n = candidates.Count;
        RankedCandidate[] order = ArrayPool<RankedCandidate>.Shared.Rent(n);
        long[] byStart = ArrayPool<long>.Shared.Rent(n);
        TextSpan[] spans = ArrayPool<TextSpan>.Shared.Rent(n); // each candidate's span as accepted: without a possessive
        try
        {
            for (int i = 0; i < n; i++)
            {
                TextSpan span = spans[i] = WithoutPossessive(candidates[i], text);
                long rank = ((long)(255 - (int)candidates[i].Evidence) << 56) | ((long)(0xFFFFFF - Math.Min(span.Length, 0xFFFFFF)) << 32) | (uint)span.Start;
                order[i] = new RankedCandidate(rank, i);
            }

            order.AsSpan(0, n).Sort();
            int count = 0;
            foreach (RankedCandidate r in order.AsSpan(0, n))
            {
                TextSpan span = spans[r.Index];
                if (span.Length <= 0 || span.End > covered.Length || covered.Any(span))
                {
                    continue;
                }

                covered.Add(span);
                byStart[count++] = ((long)span.Start << 32) | (uint)r.Index;
            }

            byStart.AsSpan(0, count).Sort(); // accepted spans do not overlap, so starts are distinct
            var accepted = new PooledList<Candidate>(count);
            foreach (long k in byStart.AsSpan(0, count))
            {
                int index = (int)(uint)k;
                accepted.Add(candidates[index] with { Span = spans[index] });
            }

            return accepted;
        }
        finally
        {
            ArrayPool<RankedCandidate>.Shared.Return(order);
            ArrayPool<long>.Shared.Return(byStart);
            ArrayPool<TextSpan>.Shared.Return(spans);
        }
    }

    /// <summary>A name's span without a possessive ending its last word: <c>Shehbaz Sharif</c>'s, <c>Kestrel</c>’s.</summary>
    private static TextSpan WithoutPossessive(in Candidate c, string text)
    {
        TextSpan span = c.Span;
        return c.Kind is MentionKind.Person or MentionKind.Organization or MentionKind.Location && span.Length > 3
            && text[span.End - 1] == 's' && text[span.End - 2] is '\'' or '\u2019' && char.IsLetter(text[span.End - 3])
            ? new TextSpan(span.Start, span.Length - 2)
            : span;
    }

    /// <summary>A candidate's place in the acceptance order; ties keep the recognizers' order.</summary>
    private readonly record struct RankedCandidate(long Rank, int Index) : IComparable<RankedCandidate>
    {
        public int CompareTo(RankedCandidate other) => Rank != other.Rank ? Rank.CompareTo(other.Rank) : Index.CompareTo(other.Index);
    }

    /// <summary>Two lists in text order, merged in text order.</summary>
    private static PooledList<Candidate> Merge(PooledList<Candidate> a, PooledList<Candidate> b)
    {
        var merged = new PooledList<Candidate>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
        {
            merged.Add(j >= b.Count || (i < a.Count && a[i].Span.Start <= b[j].Span.Start) ? a[i++] : b[j++]);
        }

        return merged;
    }

    // Document-level propagation: once "सर्गेई लावरोव" or "किन गांग" is a person, a bare "लावरोव" / "किन" / "Lavrov" that stands
    // as a name (a Hindi word followed by a postposition or punctuation, a capitalised Latin word) is the same person.
    private const int MaxKnownNameWords = 256;

    internal static PooledList<Candidate> Propagate(RecognitionContext context, PooledList<Candidate> accepted, CoveredChars covered)
    {
        var propagated = new PooledList<Candidate>(context.Tokens.Length / 32);
        var distinct = new Dictionary<string, bool>(StringComparer.Ordinal); // each word of a known name: is it a first or last word?
        var fullNames = new HashSet<string>(StringComparer.Ordinal); // keys of the known names of two words or more
        var seen = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(); // names repeat: key each once
        foreach (Candidate c in accepted.AsSpan())
        {
            ReadOnlySpan<char> name = context.Text.AsSpan(c.Span.Start, c.Span.Length);
            if (c.Kind == MentionKind.Person && seen.Add(name))
            {
                string key = PhoneticKey.Of(name);
                string[] words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int w = 0; w < words.Length; w++)
                {
                    bool edge = w == 0 || w == words.Length - 1;
                    distinct[words[w]] = edge || distinct.GetValueOrDefault(words[w]);
                }

                if (key.Contains(' ', StringComparison.Ordinal) && fullNames.Count < MaxKnownNameWords)
                {
                    fullNames.Add(key);
                }
            }
        }

        // Bounded, so a text with very many distinct names stays linear; news articles name far fewer people. Indexed by
        // consonant skeleton: a word is compared only with the known words that could be similar to it.
        var known = new Dictionary<string, List<(string Word, bool Edge)>>(StringComparer.Ordinal);
        foreach ((string word, bool edge) in distinct.Take(MaxKnownNameWords))
        {
            string skeleton = PhoneticKey.Skeleton(word);
            if (!known.TryGetValue(skeleton, out List<(string Word, bool Edge)>? same))
            {
                known[skeleton] = same = [];
            }

            same.Add((word, edge));
        }

        if (known.Count == 0)
        {
            return propagated;
        }

        var knownBySkeleton = known.GetAlternateLookup<ReadOnlySpan<char>>();
        var fullNamesByKey = fullNames.GetAlternateLookup<ReadOnlySpan<char>>();

        TokenView v = context.View;

        var isKnownWord = new Dictionary<string, NameWord>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var isKnownRun = new Dictionary<string, bool>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        NameWord KnownAs(ReadOnlySpan<char> word)
        {
            if (!isKnownWord.TryGetValue(word, out NameWord known))
            {
                // Words repeat: compute each distinct word's phonetic match once.
                var key = new KeyBuilder(stackalloc char[64]);
                PhoneticKey.Write(word, ref key);
                known = key.Length > 0 ? KnownNameWord(knownBySkeleton, key.AsSpan()) : NameWord.None;
                key.Dispose();
                isKnownWord[word] = known;
            }

            return known;
        }

        bool IsKnown(ReadOnlySpan<char> word) => KnownAs(word) != NameWord.None;

        // A name word alone stands for a person when it is a known name's first or last word, not a middle one
        // ("केंद्र" is not "हरीश चंद्र जोशी").
        bool IsKnownEdge(ReadOnlySpan<char> word) => KnownAs(word) == NameWord.Edge;

        Span<char> runKey = stackalloc char[64];
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Kind(i) != TokenKind.Word || v.Tokens[i].Length < 2 || covered[(int)v.Tokens[i].Start])
            {
                continue;
            }

            // A run of two or three name words whose key is the key of a known full name repeats it: "Shaktikanta Das" after
            // "Governor Shaktikanta Das", "राहुल गांधी ने" after "नेता राहुल गांधी" (not two known surnames side by side).
            int run = fullNames.Count > 0 ? NameRun(v, i, covered) : 0;
            if (run > 1)
            {
                int last = i + run - 1;
                int lastStem = Lexicon.PossessiveStem(v[last]);
                var span = TextSpan.FromBounds((int)v.Tokens[i].Start, (int)v.Tokens[last].Start + (lastStem > 0 ? lastStem : v[last].Length));
                ReadOnlySpan<char> name = v.Text.Slice(span.Start, span.Length);
                bool words = IsKnown(v.Text.Slice((int)v.Tokens[last].Start, span.End - (int)v.Tokens[last].Start)); // each word first: few distinct words, many distinct runs
                for (int k = i; words && k < last; k++)
                {
                    words = IsKnown(v[k]);
                }

                bool repeats = false;
                if (words && !isKnownRun.TryGetValue(name, out repeats))
                {
                    var key = new KeyBuilder(runKey);
                    PhoneticKey.Write(name, ref key);
                    repeats = fullNamesByKey.Contains(key.AsSpan());
                    key.Dispose();
                    isKnownRun[name] = repeats;
                }

                if (repeats)
                {
                    propagated.Add(new Candidate(span, MentionKind.Person, null, Evidence.Propagated));
                    i = last;
                    continue;
                }
            }

            if (i > 0 && v.IsJoiningHyphen(i - 1))
            {
                continue; // the second half of a hyphenated name was read with the first
            }

            int hyphenated = v.IsJoiningHyphen(i + 1) ? HyphenatedEnd(v, i) : i;
            if (hyphenated > i && (v.Tokens[i].Script == Script.Latin ? NameReader.IsLatinNamePart(v, i) : NameReader.IsHindiNameWord(v, i)))
            {
                // "Dizon-Reyes", "अल-कुवारी": one name, known when every part is.
                int tailStem = Lexicon.PossessiveStem(v[hyphenated]);
                var whole = TextSpan.FromBounds((int)v.Tokens[i].Start, (int)v.Tokens[hyphenated].Start + (tailStem > 0 ? tailStem : v[hyphenated].Length));
                bool allKnown = IsKnownEdge(v.Text.Slice((int)v.Tokens[hyphenated].Start, whole.End - (int)v.Tokens[hyphenated].Start));
                for (int k = i; allKnown && k < hyphenated; k += 2)
                {
                    allKnown = IsKnown(v[k]);
                }

                bool ended = v.Tokens[i].Script == Script.Latin ? !NameReader.IsLatinNameWord(v, hyphenated + 1) : NameReader.EndsHindiName(v, hyphenated + 1);
                if (allKnown && ended && !(i > 0 && NameReader.IsLatinNameWord(v, i - 1) && v.Tokens[i].Script == Script.Latin))
                {
                    propagated.Add(new Candidate(whole, MentionKind.Person, null, Evidence.Propagated));
                }

                i = hyphenated;
                continue;
            }

            bool candidate = v.Tokens[i].Script switch
            {
                Script.Devanagari => NameReader.IsLoneHindiName(v, i),
                Script.Latin => NameReader.IsLatinNamePart(v, i)
                    && !NameReader.IsLatinNameWord(v, i + 1) && !(i > 0 && NameReader.IsLatinNameWord(v, i - 1) && !v.In(i - 1, WordLists.EnglishTitles)),
                _ => false,
            };
            if (!candidate)
            {
                continue;
            }

            int stem = Lexicon.PossessiveStem(v[i]);
            int length = stem > 0 ? stem : v[i].Length;
            if (IsKnownEdge(v[i][..length]))
            {
                propagated.Add(new Candidate(new TextSpan((int)v.Tokens[i].Start, length), MentionKind.Person, null, Evidence.Propagated));
            }
        }

        return propagated;
    }

    /// <summary>
    /// How many name words (2 or 3; 0 when not such a run) start at <paramref name="i"/>: Latin capitalised words that are not
    /// titles or common words, after no other Latin name word; or Hindi words that are not function words or titles, ended by a
    /// postposition, punctuation or the line's end. None of them may be covered by an accepted mention.
    /// </summary>
    private static int NameRun(in TokenView v, int i, CoveredChars covered)
    {
        const int MaxRun = 3;
        bool latin = v.Tokens[i].Script == Script.Latin;
        if (latin && (!NameReader.IsLatinNamePart(v, i) || (i > 0 && NameReader.IsLatinNameWord(v, i - 1) && !v.In(i - 1, WordLists.EnglishTitles))))
        {
            return 0;
        }

        int n = 0;
        while (n <= MaxRun && i + n < v.Count && !covered[(int)v.Tokens[i + n].Start]
            && (latin ? NameReader.IsLatinNamePart(v, i + n) : NameReader.IsHindiNameWord(v, i + n)))
        {
            n++;
        }

        if (n is < 2 or > MaxRun)
        {
            return 0;
        }

        bool ended = latin ? !NameReader.IsLatinNameWord(v, i + n) : NameReader.EndsHindiName(v, i + n);
        return ended ? n : 0;
    }

    /// <summary>The last token of the hyphenated word that starts at <paramref name="i"/> ("Dizon-Reyes"), or <paramref name="i"/>.</summary>
    private static int HyphenatedEnd(in TokenView v, int i)
    {
        int last = i;
        while (v.IsJoiningHyphen(last + 1) && last + 2 < v.Count && v.Kind(last + 2) == TokenKind.Word && v.Tokens[last + 2].Script == v.Tokens[i].Script)
        {
            last += 2;
        }

        return last;
    }

    /// <summary>How a word is known as part of the article's person names.</summary>
    private enum NameWord : byte
    {
        None,
        Middle,
        Edge,
    }

    private static NameWord KnownNameWord(Dictionary<string, List<(string Word, bool Edge)>>.AlternateLookup<ReadOnlySpan<char>> knownBySkeleton, ReadOnlySpan<char> key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        NameWord found = NameWord.None;
        if (knownBySkeleton.TryGetValue(PhoneticKey.Skeleton(key, buffer), out List<(string Word, bool Edge)>? same))
        {
            foreach ((string k, bool edge) in same)
            {
                if (PhoneticKey.SimilarWord(k, key))
                {
                    found = edge ? NameWord.Edge : NameWord.Middle;
                    if (edge)
                    {
                        break;
                    }
                }
            }
        }

        return found;
    }
}

/// <summary>Quote speakers the parser found, when they read as a name (not <c>दोनों नेताओं</c>, "the minister").</summary>
internal sealed class SpeakerRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
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
            if (name && !v.KnownAlias(i))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Person, null, Evidence.Cue));
            }
        }
    }
}

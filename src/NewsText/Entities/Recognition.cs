using System.Buffers;
using System.Runtime.InteropServices;
using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>Where a candidate mention came from; higher wins an overlap.</summary>
internal enum Evidence : byte
{
    Propagated = 10,
    Number = 20,
    Capitalized = 30,
    LexiconWeak = 40,
    Lexicon = 50,
    Cue = 60,
    LexiconPhrase = 70,
    Attribution = 75,
    Body = 80,
    Value = 90,
    Exact = 100,
}

/// <summary>A mention a recognizer proposes, before overlaps are resolved and entities linked.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Kind">What it names.</param>
/// <param name="Value">Normalised value, for dates, money, numbers, URLs, handles.</param>
/// <param name="Evidence">How it was found.</param>
/// <param name="Entry">The lexicon entry it names, if any.</param>
/// <param name="LinkKey">A key that identifies the entity across scripts (lexicon id, government body), or <see langword="null"/>.</param>
/// <param name="Name">A canonical name to prefer for the entity (lexicon name, synthesised body name), or <see langword="null"/>.</param>
internal readonly record struct Candidate(TextSpan Span, MentionKind Kind, string? Value, Evidence Evidence, LexiconEntry? Entry = null, string? LinkKey = null, string? Name = null);

/// <summary>An embedded post's attribution: who wrote it.</summary>
/// <param name="Author">The author's name.</param>
/// <param name="Handle">The handle, if any.</param>
internal readonly record struct Attribution(TextSpan Author, TextSpan? Handle);

/// <summary>
/// What every recognizer sees: the text, its significant tokens with their word ids (classified once here), paragraphs,
/// attributions and quote speakers. Dispose it to return the pooled word-id array.
/// </summary>
internal sealed class RecognitionContext : IDisposable
{
    private readonly List<LexiconMatch> matches = [];
    private int[] wordIds;
    private ulong[] wordClasses;
    private int[] matchAt;

    public RecognitionContext(string text, ReadOnlyMemory<Token> tokens, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<Attribution> attributions, IReadOnlyList<TextSpan> speakers)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Attributions = attributions;
        Speakers = speakers;
        Words = Lexicon.Default.Words;
        wordIds = ArrayPool<int>.Shared.Rent(tokens.Length);
        wordClasses = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        matchAt = ArrayPool<int>.Shared.Rent(tokens.Length);
        Words.Classify(text, tokens.Span, wordIds);
        for (int i = 0; i < tokens.Length; i++)
        {
            wordClasses[i] = Words.Classes(wordIds[i]);
        }

        // The longest alias at each token, once: several recognizers ask about the same tokens.
        var view = new TokenView(text, tokens.Span, wordIds.AsSpan(0, tokens.Length), wordClasses.AsSpan(0, tokens.Length), Words, default, default);
        Lexicon lexicon = Lexicon.Default;
        for (int i = 0; i < tokens.Length; i++)
        {
            matchAt[i] = 0;
            if (Words.AliasesStartingWith(wordIds[i]) is not null && lexicon.TryMatch(view, i, out LexiconMatch m))
            {
                matches.Add(m);
                matchAt[i] = matches.Count;
            }
        }
    }

    public string Text { get; }

    /// <summary>Significant tokens: all but horizontal whitespace.</summary>
    public ReadOnlyMemory<Token> Tokens { get; }

    public WordIndex Words { get; }

    public IReadOnlyList<TextSpan> Paragraphs { get; }

    public IReadOnlyList<Attribution> Attributions { get; }

    public IReadOnlyList<TextSpan> Speakers { get; }

    public TokenView View => new(Text, Tokens.Span, wordIds.AsSpan(0, Tokens.Length), wordClasses.AsSpan(0, Tokens.Length), Words, matchAt.AsSpan(0, Tokens.Length), CollectionsMarshal.AsSpan(matches));

    /// <summary>Index of the first significant token starting at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        ReadOnlySpan<Token> tokens = Tokens.Span;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public void Dispose()
    {
        if (wordIds.Length > 0)
        {
            ArrayPool<int>.Shared.Return(wordIds);
            ArrayPool<int>.Shared.Return(matchAt);
            ArrayPool<ulong>.Shared.Return(wordClasses);
            wordIds = matchAt = [];
            wordClasses = [];
        }
    }
}

/// <summary>A rule-based recognizer over tokens.</summary>
internal interface IMentionRecognizer
{
    void Recognize(RecognitionContext context, PooledList<Candidate> output);
}

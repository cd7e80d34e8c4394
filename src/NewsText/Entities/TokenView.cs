using System.Runtime.CompilerServices;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// The significant tokens of a text (every token but horizontal whitespace; line breaks stay and stop every pattern) with the
/// <see cref="WordIndex"/> id of each, so list membership is a bit test rather than a lookup. A view of arrays the caller owns.
/// </summary>
internal readonly ref struct TokenView
{
    private readonly ReadOnlySpan<int> wordIds;
    private readonly ReadOnlySpan<ulong> wordClasses;
    private readonly WordIndex words;
    private readonly ReadOnlySpan<int> matchAt;
    private readonly ReadOnlySpan<LexiconMatch> matches;

    /// <summary>
    /// A view whose word ids were classified already (the per-article path), and whose lexicon matches were found already when
    /// <paramref name="matchAt"/> is not empty: for each token, 0 or one plus the index of its match in <paramref name="matches"/>.
    /// </summary>
    public TokenView(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> wordIds, ReadOnlySpan<ulong> wordClasses, WordIndex words, ReadOnlySpan<int> matchAt, ReadOnlySpan<LexiconMatch> matches)
    {
        Text = text;
        Tokens = tokens;
        this.wordIds = wordIds;
        this.wordClasses = wordClasses;
        this.words = words;
        this.matchAt = matchAt;
        this.matches = matches;
    }

    /// <summary>
    /// A view that looks each token's word up when asked (the parser's stages, tests and the whole-text normalisers, which ask
    /// about a few tokens of a long array).
    /// </summary>
    public TokenView(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
        words = Entities.Lexicon.Default.Words;
    }

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public int Count => Tokens.Length;

    /// <summary>The text of significant token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> this[int i] => Text.Slice((int)Tokens[i].Start, Tokens[i].Length);

    public TokenKind Kind(int i) => Tokens[i].Kind;

    /// <summary>The <see cref="WordIndex"/> id of token <paramref name="i"/> (<see cref="WordIndex.Unknown"/> for unknown words and non-words).</summary>
    public int WordId(int i) => wordIds.IsEmpty ? words.IdOf(Text, Tokens[i]) : wordIds[i];

    /// <summary>Whether token <paramref name="i"/> exists and is exactly <paramref name="s"/>.</summary>
    public bool Is(int i, string s) => i < Tokens.Length && Tokens[i].Length == s.Length && this[i].SequenceEqual(s);

    /// <summary>Whether token <paramref name="i"/> exists and is one of the single chars of <paramref name="chars"/>.</summary>
    public bool IsChar(int i, string chars) => i < Tokens.Length && Tokens[i].Length == 1 && chars.Contains(Text[(int)Tokens[i].Start], StringComparison.Ordinal);

    /// <summary>Whether tokens <paramref name="i"/> and <paramref name="i"/>+1 touch (no whitespace between).</summary>
    public bool Touching(int i) => i + 1 < Tokens.Length && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>Whether token <paramref name="i"/> is a hyphen that touches the tokens on both sides (<c>Al-Aiban</c>, <c>पिंपरी-चिंचवड</c>).</summary>
    public bool IsJoiningHyphen(int i) => i > 0 && IsChar(i, "-") && Touching(i - 1) && Touching(i);

    /// <summary>Whether token <paramref name="i"/> exists and is a word or symbol in <paramref name="table"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool In(int i, WordTable table) => InAny(i, 1UL << (int)table.Class);

    /// <summary>Whether token <paramref name="i"/> exists and is a word or symbol in <paramref name="table"/>, and its value there.</summary>
    public bool In(int i, WordTable table, out int value)
    {
        value = 0;
        return (uint)i < (uint)Tokens.Length && words.TryGet(WordId(i), table.Class, out value);
    }

    /// <summary>Whether token <paramref name="i"/> exists and is in any list of <paramref name="classes"/> (a <see cref="WordClass"/> bit mask).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InAny(int i, ulong classes)
    {
        if ((uint)i < (uint)wordClasses.Length)
        {
            return (wordClasses[i] & classes) != 0; // classified: one load
        }

        return wordClasses.IsEmpty && (uint)i < (uint)Tokens.Length && (words.Classes(WordId(i)) & classes) != 0;
    }

    /// <summary>The lexicon's longest alias at token <paramref name="i"/>.</summary>
    public bool Lexicon(int i, out LexiconMatch match)
    {
        if (matchAt.IsEmpty)
        {
            return Entities.Lexicon.Default.TryMatch(this, i, out match);
        }

        int k = (uint)i < (uint)matchAt.Length ? matchAt[i] : 0;
        match = k > 0 ? matches[k - 1] : default;
        return k > 0;
    }

    /// <summary>
    /// Whether a lexicon alias that is not weak starts at token <paramref name="i"/>: the test for "this word is already known as
    /// something", which a weak alias (<c>~Anand</c>, <c>~गया</c>, also a name or a common word) must not answer.
    /// </summary>
    public bool KnownAlias(int i) => Lexicon(i, out LexiconMatch m) && !m.Weak;

    /// <summary>The span of tokens <paramref name="first"/> to <paramref name="first"/>+<paramref name="count"/>-1.</summary>
    public TextSpan Span(int first, int count) => TextSpan.FromBounds((int)Tokens[first].Start, (int)Tokens[first + count - 1].End);

    /// <summary>The significant tokens of a whole text (tests and the pure normaliser functions use this).</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<Token>();
        var t = new Tokenizer(text);
        while (t.Read())
        {
            if (t.Current.Kind != TokenKind.Whitespace)
            {
                list.Add(t.Current);
            }
        }

        return list.ToArray();
    }
}

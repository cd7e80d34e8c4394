using System.Globalization;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using NewsText.Tokenization.Rules;

namespace NewsText.Tokenization;

/// <summary>
/// A forward-only, allocation-free tokenizer over a span of text, in the style of <c>Utf8JsonReader</c>.
/// Every char of the input belongs to exactly one token, so the tokens concatenated give the input back.
/// </summary>
/// <remarks>
/// <para>Word boundaries follow Unicode UAX #29; news rules then keep URLs, e-mails, @handles, #hashtags, whitespace runs
/// and emoji sequences whole. See <c>docs/tokenizer.md</c> for every rule.</para>
/// <para>Streaming: construct with <c>isFinalBlock: false</c> for a chunk that is not the end of the input. When a possible
/// token reaches the end of the chunk, <see cref="Read"/> returns <see langword="false"/>; carry the chars from
/// <see cref="Consumed"/> on into the next chunk and pass <see cref="CurrentState"/>. The tokens are identical to
/// tokenizing the whole text at once. The tokenizer never looks further than
/// <see cref="TokenizerOptions.MaxTokenLength"/> + <see cref="TokenizerOptions.Lookahead"/> chars past a token's start, so a
/// chunk of that size always makes progress.</para>
/// </remarks>
public ref struct Tokenizer
{
    private readonly ReadOnlySpan<char> text;
    private readonly TokenizerOptions options;
    private readonly long baseOffset;
    private readonly bool isFinalBlock;
    private readonly int maxTokenLength;
    private readonly int windowSize;
    private int position;
    private readonly int initialPrevious;
    private int retweetMarkerEnd;
    private bool pendingSpace;
    private Token current;
    private RunWindow runWindow;

    /// <summary>Tokenizes a whole text with the default options.</summary>
    /// <param name="text">The text.</param>
    public Tokenizer(ReadOnlySpan<char> text)
        : this(text, isFinalBlock: true, default, null)
    {
    }

    /// <summary>Tokenizes a whole text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">Options; <see cref="TokenizerOptions.Default"/> when <see langword="null"/>.</param>
    public Tokenizer(ReadOnlySpan<char> text, TokenizerOptions? options)
        : this(text, isFinalBlock: true, default, options)
    {
    }

    /// <summary>Tokenizes one chunk of a longer input with the default options.</summary>
    /// <param name="chunk">The chunk: the unconsumed rest of the previous chunk followed by new text.</param>
    /// <param name="isFinalBlock">Whether the input ends with this chunk.</param>
    /// <param name="state">The previous tokenizer's <see cref="CurrentState"/>, or <c>default</c> at the start of the input.</param>
    public Tokenizer(ReadOnlySpan<char> chunk, bool isFinalBlock, TokenizerState state)
        : this(chunk, isFinalBlock, state, null)
    {
    }

    /// <summary>Tokenizes one chunk of a longer input.</summary>
    /// <param name="chunk">The chunk: the unconsumed rest of the previous chunk followed by new text.</param>
    /// <param name="isFinalBlock">Whether the input ends with this chunk.</param>
    /// <param name="state">The previous tokenizer's <see cref="CurrentState"/>, or <c>default</c> at the start of the input.</param>
    /// <param name="options">Options; <see cref="TokenizerOptions.Default"/> when <see langword="null"/>. Use the same options for every chunk.</param>
    public Tokenizer(ReadOnlySpan<char> chunk, bool isFinalBlock, TokenizerState state, TokenizerOptions? options)
    {
        text = chunk;
        this.isFinalBlock = isFinalBlock;
        this.options = options ?? TokenizerOptions.Default;
        baseOffset = state.Offset;
        initialPrevious = state.Previous;
        retweetMarkerEnd = state.AfterRetweetMarker ? 0 : -1;
        maxTokenLength = this.options.MaxTokenLength;
        windowSize = this.options.Window;
        position = 0;
        pendingSpace = false;
        current = default;
        runWindow = RunWindow.Empty;
    }

    /// <summary>The token the last successful <see cref="Read"/> produced.</summary>
    public readonly Token Current => current;

    /// <summary>How many chars of this chunk the tokens read so far cover. The rest must be carried into the next chunk.</summary>
    public readonly int Consumed => pendingSpace ? position - 1 : position;

    /// <summary>The state to pass, with the unconsumed rest, to the tokenizer of the next chunk.</summary>
    public readonly TokenizerState CurrentState => new(baseOffset + Consumed, Previous, retweetMarkerEnd == Consumed);

    /// <summary>The code point just before the next token: from this chunk when it has one, else from the state.</summary>
    private readonly int Previous
    {
        get
        {
            int pos = Consumed;
            if (pos == 0)
            {
                return initialPrevious;
            }

            char last = text[pos - 1];
            return char.IsLowSurrogate(last) && pos >= 2 && char.IsHighSurrogate(text[pos - 2]) ? char.ConvertToUtf32(text[pos - 2], last) : last;
        }
    }

    /// <summary>Reads the next token into <see cref="Current"/>.</summary>
    /// <returns>
    /// <see langword="true"/> when a token was read; <see langword="false"/> at the end of the input, or, when this chunk is not
    /// final, when the next token might continue past the chunk's end.
    /// </returns>
    /// <exception cref="NewsTextFormatException">The text has a lone surrogate and <see cref="TokenizerOptions.InvalidInput"/> is <see cref="InvalidInputHandling.Throw"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Read()
    {
        if (pendingSpace)
        {
            // The word just read ended at a single space before a char that starts a new token: the space is that token.
            // position already points past it, so the next word's start does not wait for this read.
            pendingSpace = false;
            current = new Token(TokenKind.Whitespace, baseOffset + position - 1, 1, TokenFlags.None);
            return true;
        }

        int pos = position;
        // Fast path, no calls: a run of letters (any script with a class byte) ending at a char that surely breaks it,
        // or a single space before a non-space. Everything else, and anything near the chunk's end, takes ReadOther.
        ReadOnlySpan<char> all = text;
        int avail = all.Length - pos;
        if (avail > 1)
        {
            ref char at = ref Unsafe.Add(ref MemoryMarshal.GetReference(all), pos);
            ref byte table = ref CharTable.Ref;
            char c = at;
            byte cls = Unsafe.Add(ref table, (nint)c);
            if ((cls & (CharTable.WordChar | CharTable.Ignorable)) == CharTable.WordChar)
            {
                int limit = avail < maxTokenLength ? avail : maxTokenLength;
                int i = 1;
                byte acc = cls;
                byte b = 0;
                if (Vector256.IsHardwareAccelerated)
                {
                    // The word and mark bits of a 64-char window stay in runWindow between reads: the window usually holds
                    // the next few words too, so their ends come from a shift and a count of trailing ones, not from a
                    // vector load and compare on the critical path of every word.
                    int rel = pos + 1 - runWindow.Start;
                    if ((uint)rel >= RunWindow.Chars)
                    {
                        rel = 0;
                        if (avail - 1 >= RunWindow.Chars)
                        {
                            runWindow = RunWindow.Load(ref at, pos + 1, 1);
                        }
                        else
                        {
                            rel = RunWindow.Chars;
                        }
                    }

                    while (rel < RunWindow.Chars)
                    {
                        int width = RunWindow.Chars - rel;
                        int run = BitOperations.TrailingZeroCount(~(runWindow.WordBits >> rel));
                        // The run's lanes are the trailing ones of the word bits (all 64 when the whole window is one run).
                        ulong words = runWindow.WordBits >> rel;
                        ulong marksInRun = (runWindow.MarkBits >> rel) & words & ~(words + 1);
                        // Branch-free: whether a word has marks is data, not a pattern a predictor can learn.
                        acc |= (byte)((marksInRun != 0 ? 1 : 0) << 4);

                        i += run;
                        if (run < width || i + RunWindow.Chars > limit)
                        {
                            break;
                        }

                        runWindow = RunWindow.Load(ref at, pos + i, i);
                        rel = 0;
                    }

                    if (i > limit)
                    {
                        // The window reached past the longest token: stop where the scalar scan would.
                        i = limit;
                    }
                }

                while (i < limit)
                {
                    b = Unsafe.Add(ref table, (nint)Unsafe.Add(ref at, i));
                    if ((b & CharTable.WordChar) == 0)
                    {
                        break;
                    }

                    acc |= b;
                    i++;
                }

                if (i >= limit)
                {
                    return ReadSlow();
                }

                char stop = Unsafe.Add(ref at, i);
                // No check for a trailing ZWJ is needed: ZWJ only joins what follows when that is an emoji (WB3c), and emoji are slow stops.
                if ((b & CharTable.SlowStop) == 0)
                {
                    current = WordToken(pos, i, cls, acc);
                    if (stop == ' ' && i + 1 < avail && EndsSpace(ref table, Unsafe.Add(ref at, i + 1)))
                    {
                        // A single space before a char that starts a new token is the next token: the next Read returns it
                        // at once. position goes past it now; Consumed still ends at the word.
                        pendingSpace = true;
                        position = pos + i + 1;
                        return true;
                    }

                    position = pos + i;
                    return true;
                }

                // The commonest slow stops: ", " and ". " end a word whatever precedes them (SimpleSingles.EndsWord), no call needed.
                if ((stop == ',' || stop == '.') && i + 1 < avail && Unsafe.Add(ref at, i + 1) == ' ')
                {
                    current = WordToken(pos, i, cls, acc);
                    position = pos + i;
                    return true;
                }

                return ReadWordAtSlowStop(i, cls, acc);
            }

            if (c == ' ' && EndsSpace(ref table, Unsafe.Add(ref at, 1)))
            {
                current = new Token(TokenKind.Whitespace, baseOffset + pos, 1, TokenFlags.None);
                position = pos + 1;
                return true;
            }
        }

        return ReadOther();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Token WordToken(int pos, int length, byte first, byte acc)
    {
        // Branch-free: the Ignorable bit (0x10) shifted down is HasCombiningMarks (0x08).
        var flags = (TokenFlags)((first & 7) | ((acc & CharTable.Ignorable) >> 1));
        return new Token((first & CharTable.Digit) != 0 ? TokenKind.Number : TokenKind.Word, baseOffset + pos, length, flags);
    }

    /// <summary>A word run of <paramref name="length"/> chars stopped at a char that may continue it: end it there when that is sure.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadWordAtSlowStop(int length, byte first, byte acc)
    {
        int pos = position;
        ReadOnlySpan<char> rest = text[pos..];
        char stop = rest[length];
        bool hasNext = length + 1 < rest.Length;
        if (SimpleSingles.EndsWord(stop, hasNext ? rest[length + 1] : '\0', hasNext, (CharTable.Of(rest[length - 1]) & (CharTable.Digit | CharTable.Ignorable)) != 0)
            || (stop == '-' && SimpleSingles.IsPlainCompound(rest.Slice(length, Math.Min(rest.Length - length, TokenizerOptions.Lookahead)))))
        {
            current = WordToken(pos, length, first, acc);
            position = pos + length;
            return true;
        }

        return ReadSlow();
    }

    /// <summary>A token that starts with no word char nor a single space: a one-char token the fast table knows, else the general path.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadOther()
    {
        int pos = position;
        ReadOnlySpan<char> all = text;
        if ((uint)pos >= (uint)all.Length)
        {
            return false;
        }

        if (all.Length - pos > 1)
        {
            char c = all[pos];
            char next = all[pos + 1];
            if (SimpleSingles.TryGet(c, next, out TokenKind kind, out TokenFlags singleFlags))
            {
                current = new Token(kind, baseOffset + pos, 1, singleFlags);
                position = pos + 1;
                return true;
            }

            if (c is '"' or '-' or '\u2013' or '\u2014')
            {
                return ReadQuoteOrDash(c, next);
            }
        }

        return ReadSlow();
    }

    /// <summary>
    /// A straight double quote, or a single hyphen, en dash or em dash, before a char that attaches nothing to it: the token
    /// ScanQuote or ScanPunctuationRun would make, without the general path's window, dispatch and grapheme checks. Anything
    /// else, and a dash at the chunk's start, takes ReadSlow.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadQuoteOrDash(char c, char next)
    {
        int pos = position;
        if ((CharTable.Of(next) & CharTable.Ignorable) == 0 && !char.IsSurrogate(next))
        {
            if (c == '"')
            {
                current = new Token(TokenKind.Quote, baseOffset + pos, 1, QuoteMarks.Direction(c, Previous, next));
                position = pos + 1;
                return true;
            }

            if (next != c && pos > 0)
            {
                // Not a run of dashes (--, ——), and with no mark after it: one char, in a word when word chars are on both sides.
                bool inWord = IsWordChar(Previous) && IsWordChar(next);
                current = new Token(TokenKind.Dash, baseOffset + pos, 1, inWord ? TokenFlags.InWord : TokenFlags.None);
                position = pos + 1;
                return true;
            }
        }

        return ReadSlow();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadSlow()
    {
        int pos = position;
        ReadOnlySpan<char> all = text;
        int avail = all.Length - pos;
        bool capped = avail > windowSize;
        ReadOnlySpan<char> w = capped ? all.Slice(pos, windowSize) : all[pos..];
        bool final = capped || isFinalBlock;

        char c = w[0];
        byte cls = CharTable.Of(c);
        Scan scan;
        if ((cls & (CharTable.WordChar | CharTable.Ignorable)) == CharTable.WordChar)
        {
            scan = ScanWordRun(w, final, cls);
        }
        else if ((cls & CharTable.Space) != 0)
        {
            scan = ScanWhitespace(w, final);
        }
        else
        {
            scan = ScanOther(w, final, c);
        }

        if (scan.Length <= 0)
        {
            return false;
        }

        if (EndsInsideGraphemeMaybe(w, scan))
        {
            scan = ExtendToGraphemeBoundary(w, scan, final);
            if (scan.Length <= 0)
            {
                return false;
            }
        }

        if (scan.Length > maxTokenLength)
        {
            scan = Truncate(w, scan, maxTokenLength);
        }

        if ((scan.Flags & TokenFlags.InvalidInput) != 0 && options.InvalidInput == InvalidInputHandling.Throw)
        {
            ThrowInvalid(baseOffset + pos);
        }

        current = new Token(scan.Kind, baseOffset + pos, scan.Length, scan.Flags);
        if (scan.Kind == TokenKind.Word && IsRetweetMarker(w, scan.Length, Previous))
        {
            retweetMarkerEnd = pos + scan.Length;
        }

        position = pos + scan.Length;
        return true;
    }

    // ---- fast paths -------------------------------------------------------------------------------------------------

    /// <summary>A run of letters, digits and marks (ASCII, Devanagari, any ALetter/Numeric), ending at a char that surely breaks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly Scan ScanWordRun(ReadOnlySpan<char> w, bool final, byte first)
    {
        int i = 1;
        byte acc = 0;
        int n = w.Length;
        ref char chars = ref MemoryMarshal.GetReference(w);
        ref byte table = ref CharTable.Ref;
        while (i < n)
        {
            byte b = Unsafe.Add(ref table, (nint)Unsafe.Add(ref chars, i));
            if ((b & CharTable.WordChar) == 0)
            {
                break;
            }

            acc |= b;
            i++;
        }

        if (i == w.Length)
        {
            // Ran into the window's end: more may follow (or the run is longer than a token may be).
            return final ? WordToken(first, acc, i) : Scan.NeedMore;
        }

        char stop = w[i];
        if ((CharTable.Of(stop) & CharTable.SlowStop) != 0 || w[i - 1] == '\u200D')
        {
            return ScanWordSlow(w, final);
        }

        // ASCII ',' and ';' (MidNum) only join digits: "1,00,000".
        if ((stop == ',' || stop == ';') && (CharTable.Of(w[i - 1]) & CharTable.Digit) != 0)
        {
            return ScanWordSlow(w, final);
        }

        return WordToken(first, acc, i);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scan WordToken(byte first, byte acc, int length)
    {
        TokenKind kind = (first & CharTable.Digit) != 0 ? TokenKind.Number : TokenKind.Word;
        var flags = (TokenFlags)(first & 7);
        if ((acc & CharTable.Ignorable) != 0)
        {
            flags |= TokenFlags.HasCombiningMarks;
        }

        return new Scan(kind, length, flags);
    }

    private static Scan ScanWhitespace(ReadOnlySpan<char> w, bool final)
    {
        int i = 1;
        while (i < w.Length && (CharTable.Of(w[i]) & CharTable.Space) != 0)
        {
            i++;
        }

        int end = SkipIgnorables(w, i);
        if (!final && MarksMayFollow(w, end))
        {
            return Scan.NeedMore;
        }

        TokenFlags flags = end > i ? TokenFlags.HasCombiningMarks : TokenFlags.None;
        return new Scan(TokenKind.Whitespace, end, flags);
    }

    // ---- slow paths -------------------------------------------------------------------------------------------------

    /// <summary>A word-like start whose run stopped at a char that may join it or start a URL / e-mail.</summary>
    private readonly Scan ScanWordSlow(ReadOnlySpan<char> w, bool final)
    {
        int max = options.MaxTokenLength;
        switch (UrlRule.Scan(w, 0, Previous, final, max, out int length))
        {
            case ScanResult.Match:
                return new Scan(TokenKind.Url, length, TokenFlags.None);
            case ScanResult.NeedMoreData:
                return Scan.NeedMore;
        }

        switch (EmailRule.Scan(w, 0, Previous, final, max, out length))
        {
            case ScanResult.Match:
                return new Scan(TokenKind.Email, length, TokenFlags.None);
            case ScanResult.NeedMoreData:
                return Scan.NeedMore;
        }

        // A URL glued to letters of another script (`한국twitter.com`): end the word where the ASCII run starts.
        int glued = GluedUrlStart(w, final, max);
        if (glued < 0)
        {
            return Scan.NeedMore;
        }

        if (glued > 0)
        {
            return Classify(w[..glued]);
        }

        return ScanSegment(w, final);
    }

    /// <summary>
    /// Where a URL starts inside a run of letters, right after a change from non-ASCII letters to ASCII ones; 0 when none,
    /// -1 when the URL rule needs more input to tell.
    /// </summary>
    private static int GluedUrlStart(ReadOnlySpan<char> w, bool final, int max)
    {
        for (int j = 1; j < w.Length; j++)
        {
            char c = w[j];
            if ((CharTable.Of(c) & CharTable.WordChar) == 0)
            {
                return 0;
            }

            if (char.IsAsciiLetterOrDigit(c) && w[j - 1] >= 0x80 && (CharTable.Of(w[j - 1]) & (CharTable.WordChar | CharTable.Ignorable)) == CharTable.WordChar)
            {
                switch (UrlRule.Scan(w, j, w[j - 1], final, max, out _))
                {
                    case ScanResult.Match:
                        return j;
                    case ScanResult.NeedMoreData:
                        return -1;
                }
            }
        }

        return 0;
    }

    /// <summary>One UAX #29 word segment, classified.</summary>
    private static Scan ScanSegment(ReadOnlySpan<char> w, bool final)
    {
        int end = WordSegmenter.NextBoundary(w, 0);
        if (!final && !BoundaryIsSettled(w, end))
        {
            return Scan.NeedMore;
        }

        return Classify(w[..end]);
    }

    /// <summary>
    /// Whether UAX #29 would still put a boundary at <paramref name="end"/> whatever follows the chunk: the rules look at most at
    /// the code point after the boundary, any Extend/Format/ZWJ after it, and one more code point.
    /// </summary>
    private static bool BoundaryIsSettled(ReadOnlySpan<char> w, int end)
    {
        if (end >= w.Length)
        {
            return false;
        }

        int j = end + CodePointWidth(w, end);
        if (j > w.Length)
        {
            return false;
        }

        j = SkipIgnorables(w, j);
        return j < w.Length && !(char.IsHighSurrogate(w[j]) && j + 1 == w.Length);
    }

    private readonly Scan ScanOther(ReadOnlySpan<char> w, bool final, char c)
    {
        switch (c)
        {
            case '\n' or '\u000B' or '\u000C' or '\u0085' or '\u2028' or '\u2029':
                return new Scan(TokenKind.LineBreak, 1, TokenFlags.None);
            case '\r':
                if (w.Length == 1)
                {
                    return final ? new Scan(TokenKind.LineBreak, 1, TokenFlags.None) : Scan.NeedMore;
                }

                return new Scan(TokenKind.LineBreak, w[1] == '\n' ? 2 : 1, TokenFlags.None);
            case '@' or '\uFF20':
                return ScanRule(w, final, TokenKind.Mention);
            case '#' or '\uFF03':
                return ScanRule(w, final, TokenKind.Hashtag);
        }

        if (QuoteMarks.IsQuote(c))
        {
            return ScanQuote(w, final, c);
        }

        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && w.Length == 1 && !final)
            {
                return Scan.NeedMore;
            }

            if (!char.IsHighSurrogate(c) || w.Length == 1 || !char.IsLowSurrogate(w[1]))
            {
                // A lone surrogate: its own token (plus any marks UAX #29 attaches to it).
                int end = SkipIgnorables(w, 1);
                return !final && MarksMayFollow(w, end) ? Scan.NeedMore : new Scan(TokenKind.Other, end, TokenFlags.InvalidInput);
            }

            return ScanSegment(w, final);
        }

        byte cls = CharTable.Of(c);
        if ((cls & (CharTable.Ignorable | CharTable.SlowStop)) != 0 || UnicodeData.IsExtendedPictographic(c) || UnicodeData.GetWordBreak(c) != WordBreakProperty.Other)
        {
            // Marks with nothing to attach to, Hebrew, Katakana, regional indicators, emoji, MidLetter/MidNum punctuation.
            if (c is '.' or '-' or '_' or '/' or ':' or '+' or ',' or ';' or '\'')
            {
                return ScanPunctuationRun(w, final, c);
            }

            return ScanSegment(w, final);
        }

        return ScanPunctuationRun(w, final, c);
    }

    /// <summary>A punctuation or symbol char, a run of the same char for <c>. ! ? - – — …</c>, plus attached marks.</summary>
    private readonly Scan ScanPunctuationRun(ReadOnlySpan<char> w, bool final, char c)
    {
        int i = 1;
        if (Punctuation.Repeats(c))
        {
            while (i < w.Length && Punctuation.SameRun(c, w[i]))
            {
                i++;
            }
        }

        int end = SkipIgnorables(w, i);
        if (!final && MarksMayFollow(w, end))
        {
            return Scan.NeedMore;
        }

        if (Punctuation.IsDash(c))
        {
            bool inWord = i == 1 && end < w.Length && IsWordChar(Previous) && IsWordChar(CodePointAt(w, end));
            return new Scan(TokenKind.Dash, end, inWord ? TokenFlags.InWord : TokenFlags.None);
        }

        TokenFlags flags = Punctuation.IsSentenceTerminal(c) ? TokenFlags.SentenceTerminal : TokenFlags.None;
        if (end > i)
        {
            flags |= TokenFlags.HasCombiningMarks;
        }

        TokenKind kind = Punctuation.KindOf(c);
        if (c == '\uFFFD')
        {
            flags |= TokenFlags.InvalidInput;
        }

        return new Scan(kind, end, flags);
    }

    private readonly Scan ScanRule(ReadOnlySpan<char> w, bool final, TokenKind kind)
    {
        ScanResult result = kind == TokenKind.Mention
            ? MentionRule.Scan(w, 0, retweetMarkerEnd == position ? ' ' : Previous, final, options.MaxTokenLength, out int length)
            : HashtagRule.Scan(w, 0, Previous, final, options.MaxTokenLength, out length);
        return result switch
        {
            ScanResult.Match => new Scan(kind, length, Scripts(w[..length])),
            ScanResult.NeedMoreData => Scan.NeedMore,
            _ => ScanPunctuationRun(w, final, w[0]),
        };
    }

    private readonly Scan ScanQuote(ReadOnlySpan<char> w, bool final, char c)
    {
        int end = SkipIgnorables(w, 1);
        if (!final && MarksMayFollow(w, end))
        {
            return Scan.NeedMore;
        }

        int next = end < w.Length ? CodePointAt(w, end) : -1;
        TokenFlags flags = QuoteMarks.Direction(c, Previous, next);
        if (end > 1)
        {
            flags |= TokenFlags.HasCombiningMarks;
        }

        return new Scan(TokenKind.Quote, end, flags);
    }

    // ---- classification of a UAX #29 segment ------------------------------------------------------------------------

    private static Scan Classify(ReadOnlySpan<char> seg)
    {
        TokenKind kind = TokenKind.Other;
        TokenFlags flags = TokenFlags.None;
        Script script = Script.Common;
        bool emojiish = false;
        int i = 0;
        while (i < seg.Length)
        {
            int cp = CodePointAt(seg, i, out bool lone);
            i += cp > 0xFFFF ? 2 : 1;
            if (lone || cp == 0xFFFD)
            {
                flags |= TokenFlags.InvalidInput;
                continue;
            }

            WordBreakProperty wb = UnicodeData.GetWordBreak(cp);
            if (wb is WordBreakProperty.Extend or WordBreakProperty.ZWJ or WordBreakProperty.Format)
            {
                if (wb == WordBreakProperty.Extend && cp != 0xFE0F && !UnicodeData.IsEmojiModifier(cp))
                {
                    flags |= TokenFlags.HasCombiningMarks;
                }

                emojiish |= cp is 0xFE0F or 0x20E3 or 0x200D || UnicodeData.IsEmojiModifier(cp);
                continue;
            }

            if (kind != TokenKind.Other)
            {
                continue;
            }

            script = UnicodeData.GetScript(cp);
            kind = wb switch
            {
                WordBreakProperty.ALetter or WordBreakProperty.HebrewLetter or WordBreakProperty.Katakana or WordBreakProperty.ExtendNumLet => TokenKind.Word,
                WordBreakProperty.Numeric => TokenKind.Number,
                WordBreakProperty.RegionalIndicator => TokenKind.Emoji,
                WordBreakProperty.WSegSpace => TokenKind.Whitespace,
                WordBreakProperty.CR or WordBreakProperty.LF or WordBreakProperty.Newline => TokenKind.LineBreak,
                _ => ClassifyOther(cp),
            };
        }

        if (emojiish && kind is TokenKind.Symbol or TokenKind.Number or TokenKind.Punctuation && ContainsEmojiMarker(seg, kind))
        {
            kind = TokenKind.Emoji;
        }

        if (kind is TokenKind.Word or TokenKind.Number or TokenKind.Hashtag)
        {
            flags |= (TokenFlags)script;
        }

        return new Scan(kind, seg.Length, flags);
    }

    private static bool ContainsEmojiMarker(ReadOnlySpan<char> seg, TokenKind kind) =>
        kind == TokenKind.Number ? seg.Contains('\u20E3') : true;

    private static TokenKind ClassifyOther(int cp)
    {
        if (UnicodeData.IsExtendedPictographic(cp))
        {
            return UnicodeData.IsEmojiPresentation(cp) ? TokenKind.Emoji : TokenKind.Symbol;
        }

        if (cp < 0x10000)
        {
            TokenKind k = Punctuation.KindOf((char)cp);
            if (k != TokenKind.Other)
            {
                return k;
            }
        }

        return Rune.GetUnicodeCategory(new Rune(cp)) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => TokenKind.Word,
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => TokenKind.Number,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => TokenKind.Symbol,
            UnicodeCategory.SpaceSeparator => TokenKind.Whitespace,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
                or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => TokenKind.Punctuation,
            _ => TokenKind.Other,
        };
    }

    private static TokenFlags Scripts(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            var script = (Script)(CharTable.Of(s[i]) & 7);
            if (script != Script.Common)
            {
                return (TokenFlags)script;
            }
        }

        return TokenFlags.None;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private static Scan Truncate(ReadOnlySpan<char> w, Scan scan, int max)
    {
        int cut = char.IsHighSurrogate(w[max - 1]) && char.IsLowSurrogate(w[max]) ? max - 1 : max;
        return new Scan(scan.Kind, cut, scan.Flags | TokenFlags.Truncated);
    }

    /// <summary>
    /// Word boundaries can fall inside a grapheme cluster in two places only: after a prepended char (GB9b, e.g. U+0600
    /// ARABIC NUMBER SIGN) and between regional indicators joined by ZWJ (an emoji token). Cheap test for both.
    /// </summary>
    private static bool EndsInsideGraphemeMaybe(ReadOnlySpan<char> w, Scan scan) =>
        scan.Kind == TokenKind.Emoji || UnicodeData.GetGraphemeBreak(LastCodePoint(w, scan.Length)) == GraphemeBreakProperty.Prepend;

    /// <summary>Moves the token's end forward to the next grapheme cluster boundary; need-more when that lies past a non-final chunk.</summary>
    private static Scan ExtendToGraphemeBoundary(ReadOnlySpan<char> w, Scan scan, bool final)
    {
        int g = 0;
        while (g < scan.Length)
        {
            g = GraphemeSegmenter.NextBoundary(w, g);
        }

        if (g == scan.Length)
        {
            return scan;
        }

        if (g >= w.Length && !final)
        {
            return Scan.NeedMore;
        }

        return new Scan(scan.Kind, g, scan.Flags);
    }

    /// <summary>Index just past any Extend/Format/ZWJ code points starting at <paramref name="i"/>.</summary>
    private static int SkipIgnorables(ReadOnlySpan<char> w, int i)
    {
        while (i < w.Length)
        {
            char c = w[i];
            if ((CharTable.Of(c) & CharTable.Ignorable) != 0)
            {
                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < w.Length && char.IsLowSurrogate(w[i + 1]))
            {
                WordBreakProperty wb = UnicodeData.GetWordBreak(char.ConvertToUtf32(c, w[i + 1]));
                if (wb is WordBreakProperty.Extend or WordBreakProperty.Format or WordBreakProperty.ZWJ)
                {
                    i += 2;
                    continue;
                }
            }

            break;
        }

        return i;
    }

    /// <summary>
    /// Whether a single space is a whole token when <paramref name="next"/> follows it: not when more space follows, nor an
    /// Extend/Format/ZWJ char (WB4 attaches it to the space), nor a high surrogate, whose pair may be one (an emoji modifier).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool EndsSpace(ref byte table, char next) =>
        (Unsafe.Add(ref table, (nint)next) & (CharTable.Space | CharTable.Ignorable)) == 0 && !char.IsHighSurrogate(next);

    /// <summary>
    /// Whether more Extend/Format/ZWJ may follow <paramref name="end"/> (the result of <see cref="SkipIgnorables"/>) in the next
    /// chunk: the window ends there, or only a high surrogate is left, whose pair (an emoji modifier, a tag) may be one.
    /// </summary>
    private static bool MarksMayFollow(ReadOnlySpan<char> w, int end) =>
        end == w.Length || (end == w.Length - 1 && char.IsHighSurrogate(w[end]));

    /// <summary>
    /// twitter-text lets a mention follow <c>RT</c> directly (<c>RT@user</c>) when the <c>RT</c> itself follows the start or a char
    /// other than <c>[A-Za-z0-9_+~.-]</c>.
    /// </summary>
    private static bool IsRetweetMarker(ReadOnlySpan<char> w, int length, int before) =>
        length == 2 && w.Length > 2 && (w[0] | 0x20) == 'r' && (w[1] | 0x20) == 't' && w[2] is '@' or '\uFF20'
        && !(before is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '+' or '~' or '.' or '-');

    private static bool IsWordChar(int cp) => cp >= 0 && (cp < 0x10000
        ? (CharTable.Of((char)cp) & (CharTable.WordChar | CharTable.Ignorable)) == CharTable.WordChar
        : UnicodeData.GetWordBreak(cp) is WordBreakProperty.ALetter or WordBreakProperty.Numeric);

    private static int CodePointWidth(ReadOnlySpan<char> w, int i) =>
        char.IsHighSurrogate(w[i]) && i + 1 < w.Length && char.IsLowSurrogate(w[i + 1]) ? 2 : 1;

    private static int CodePointAt(ReadOnlySpan<char> w, int i) => CodePointAt(w, i, out _);

    private static int CodePointAt(ReadOnlySpan<char> w, int i, out bool lone)
    {
        char c = w[i];
        lone = false;
        if (!char.IsSurrogate(c))
        {
            return c;
        }

        if (char.IsHighSurrogate(c) && i + 1 < w.Length && char.IsLowSurrogate(w[i + 1]))
        {
            return char.ConvertToUtf32(c, w[i + 1]);
        }

        lone = true;
        return c;
    }

    private static int LastCodePoint(ReadOnlySpan<char> w, int length)
    {
        char last = w[length - 1];
        if (char.IsLowSurrogate(last) && length >= 2 && char.IsHighSurrogate(w[length - 2]))
        {
            return char.ConvertToUtf32(w[length - 2], last);
        }

        return last;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowInvalid(long offset) =>
        throw new NewsTextFormatException($"Lone surrogate at offset {offset}.", offset);

    /// <summary>
    /// Which chars of a 64-char stretch of the chunk, from <see cref="Start"/>, the vector tests accept as plain word chars
    /// (<see cref="WordBits"/>) and as combining marks (<see cref="MarkBits"/>), one bit per char. The text does not change, so
    /// a window stays true whatever was read since it was loaded.
    /// </summary>
    private readonly struct RunWindow(int start, ulong wordBits, ulong markBits)
    {
        public const int Chars = 4 * 16;

        /// <summary>A window no position falls in.</summary>
        public static RunWindow Empty => new(-Chars, 0, 0);

        public int Start { get; } = start;

        public ulong WordBits { get; } = wordBits;

        public ulong MarkBits { get; } = markBits;

        /// <summary>The window of the <see cref="Chars"/> chars <paramref name="offset"/> chars past <paramref name="at"/>; <paramref name="start"/> is their position in the chunk.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static RunWindow Load(ref char at, int start, int offset)
        {
            ref ushort units = ref Unsafe.As<char, ushort>(ref at);
            if (Vector512.IsHardwareAccelerated)
            {
                ulong low = SimpleRuns.WordBits(Vector512.LoadUnsafe(ref units, (nuint)offset), out ulong lowMarks);
                ulong high = SimpleRuns.WordBits(Vector512.LoadUnsafe(ref units, (nuint)offset + 32), out ulong highMarks);
                return new RunWindow(start, low | (high << 32), lowMarks | (highMarks << 32));
            }

            uint w0 = SimpleRuns.WordBits(Vector256.LoadUnsafe(ref units, (nuint)offset), out uint m0);
            uint w1 = SimpleRuns.WordBits(Vector256.LoadUnsafe(ref units, (nuint)offset + 16), out uint m1);
            uint w2 = SimpleRuns.WordBits(Vector256.LoadUnsafe(ref units, (nuint)offset + 32), out uint m2);
            uint w3 = SimpleRuns.WordBits(Vector256.LoadUnsafe(ref units, (nuint)offset + 48), out uint m3);
            ulong words = w0 | (w1 << 16) | ((ulong)(w2 | (w3 << 16)) << 32);
            ulong marks = m0 | (m1 << 16) | ((ulong)(m2 | (m3 << 16)) << 32);
            return new RunWindow(start, words, marks);
        }
    }

    /// <summary>The result of scanning one token; <see cref="Length"/> 0 means "need more input".</summary>
    private readonly struct Scan(TokenKind kind, int length, TokenFlags flags)
    {
        public static Scan NeedMore => default;

        public TokenKind Kind { get; } = kind;

        public int Length { get; } = length;

        public TokenFlags Flags { get; } = flags;
    }
}

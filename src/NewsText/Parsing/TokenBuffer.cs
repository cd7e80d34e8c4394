using System.Buffers;
using NewsText.Tokenization;

namespace NewsText.Parsing;

/// <summary>The significant tokens of one text (whitespace dropped, line breaks kept) in a pooled array: the one token stream every stage reads.</summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] tokens;

    private TokenBuffer(Token[] tokens, int count, int lineBreaks, int invalid, int truncated)
    {
        this.tokens = tokens;
        Count = count;
        LineBreaks = lineBreaks;
        InvalidTokens = invalid;
        TruncatedTokens = truncated;
    }

    public int Count { get; }

    /// <summary>Line-break tokens: paragraphs are at most one more.</summary>
    public int LineBreaks { get; }

    /// <summary>Tokens flagged <see cref="TokenFlags.InvalidInput"/>.</summary>
    public int InvalidTokens { get; }

    /// <summary>Tokens flagged <see cref="TokenFlags.Truncated"/>.</summary>
    public int TruncatedTokens { get; }

    public ReadOnlySpan<Token> Span => tokens.AsSpan(0, Count);

    /// <summary>The tokens as memory, valid until the buffer is disposed.</summary>
    public ReadOnlyMemory<Token> Memory => tokens.AsMemory(0, Count);

    public Token this[int index] => tokens[index];

    /// <summary>Tokenizes <paramref name="text"/> once.</summary>
    public static TokenBuffer Tokenize(ReadOnlySpan<char> text, TokenizerOptions options)
    {
        Token[] array = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 4));
        int count = 0, lineBreaks = 0, invalid = 0, truncated = 0;
        var tokenizer = new Tokenizer(text, options);
        while (tokenizer.Read())
        {
            Token t = tokenizer.Current;
            if ((t.Flags & (TokenFlags.InvalidInput | TokenFlags.Truncated)) != 0)
            {
                invalid += t.Has(TokenFlags.InvalidInput) ? 1 : 0;
                truncated += t.Has(TokenFlags.Truncated) ? 1 : 0;
            }

            if (t.Kind == TokenKind.Whitespace)
            {
                continue;
            }

            lineBreaks += t.Kind == TokenKind.LineBreak ? 1 : 0;

            if (count == array.Length)
            {
                Token[] bigger = ArrayPool<Token>.Shared.Rent(array.Length * 2);
                array.AsSpan(0, count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(array);
                array = bigger;
            }

            array[count++] = t;
        }

        return new TokenBuffer(array, count, lineBreaks, invalid, truncated);
    }

    /// <summary>A right-sized copy, for consumers that keep tokens beyond the parse.</summary>
    public Token[] ToArray() => Span.ToArray();

    public void Dispose()
    {
        if (tokens.Length > 0)
        {
            ArrayPool<Token>.Shared.Return(tokens);
            tokens = [];
        }
    }
}

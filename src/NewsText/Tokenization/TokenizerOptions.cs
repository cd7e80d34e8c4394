namespace NewsText.Tokenization;

/// <summary>Options for <see cref="Tokenizer"/> and <see cref="TokenReader"/>. Immutable once built; safe to share across threads.</summary>
public sealed record TokenizerOptions
{
    /// <summary>Smallest allowed <see cref="MaxTokenLength"/>.</summary>
    public const int MinMaxTokenLength = 64;

    /// <summary>Largest allowed <see cref="MaxTokenLength"/> (1 Mi chars).</summary>
    public const int MaxMaxTokenLength = 1 << 20;

    /// <summary>How far past a token's start the tokenizer may look beyond <see cref="MaxTokenLength"/> to decide where the token ends.</summary>
    public const int Lookahead = 64;

    private readonly int maxTokenLength = 1024;

    /// <summary>The default options: tokens of at most 1,024 chars, invalid input replaced and flagged.</summary>
    public static TokenizerOptions Default { get; } = new();

    /// <summary>
    /// Longest token, in UTF-16 code units (default 1,024). A longer run (a 10 MB line without spaces, a giant URL) is cut into
    /// tokens of this length flagged <see cref="TokenFlags.Truncated"/>, so memory stays bounded when streaming.
    /// The tokenizer never looks more than <c>MaxTokenLength + 64</c> chars past a token's start.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [<see cref="MinMaxTokenLength"/>, <see cref="MaxMaxTokenLength"/>].</exception>
    public int MaxTokenLength
    {
        get => maxTokenLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinMaxTokenLength);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxMaxTokenLength);
            maxTokenLength = value;
        }
    }

    /// <summary>What to do with lone surrogates and invalid UTF-8 (default <see cref="InvalidInputHandling.Replace"/>).</summary>
    public InvalidInputHandling InvalidInput { get; init; }

    /// <summary>Size of the window the tokenizer may read for one token: <see cref="MaxTokenLength"/> + <see cref="Lookahead"/>.</summary>
    internal int Window => maxTokenLength + Lookahead;
}

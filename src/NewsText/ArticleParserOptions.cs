using NewsText.Entities;
using NewsText.Tokenization;

namespace NewsText;

/// <summary>Options for <see cref="ArticleParser"/>. Immutable; safe to share.</summary>
public sealed record ArticleParserOptions
{
    private readonly int maxInputLength = 16 * 1024 * 1024;

    /// <summary>The defaults: 16 Mi chars at most, default tokenizer options, built-in entity recognition.</summary>
    public static ArticleParserOptions Default { get; } = new();

    /// <summary>Longest text accepted, in UTF-16 code units (default 16,777,216). Longer input throws <see cref="NewsTextLimitException"/> before any work.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int MaxInputLength
    {
        get => maxInputLength;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            maxInputLength = value;
        }
    }

    /// <summary>Tokenizer options (token length limit, invalid-input policy).</summary>
    public TokenizerOptions Tokenizer { get; init; } = TokenizerOptions.Default;

    /// <summary>Whether to find entity mentions and link them (default <see langword="true"/>).</summary>
    public bool RecognizeEntities { get; init; } = true;

    /// <summary>Extra recognizers that run after the built-in ones (default none).</summary>
    public IReadOnlyList<IEntityRecognizer> EntityRecognizers { get; init; } = [];
}

namespace NewsText.Tokenization;

/// <summary>
/// What a <see cref="Tokenizer"/> needs to carry from one chunk of a stream to the next: the absolute offset where the next
/// chunk starts and the character before it. Get it from <see cref="Tokenizer.CurrentState"/>; <c>default</c> is the start of a text.
/// </summary>
public readonly struct TokenizerState : IEquatable<TokenizerState>
{
    internal TokenizerState(long offset, int previous, bool afterRetweetMarker)
    {
        Offset = offset;
        Previous = previous;
        AfterRetweetMarker = afterRetweetMarker;
    }

    /// <summary>Absolute offset (UTF-16 code units) of the first char of the next chunk, which must begin with the unconsumed rest of the previous one.</summary>
    public long Offset { get; }

    /// <summary>The code point just before <see cref="Offset"/>, or -1 at the start of the text (stored as value + 1 so <c>default</c> means start).</summary>
    internal int Previous { get => previousPlusOne - 1; private init => previousPlusOne = value + 1; }

    private readonly int previousPlusOne;

    /// <summary>The last token was a retweet marker <c>RT</c> directly before <c>@</c> (twitter-text lets a mention follow it).</summary>
    internal bool AfterRetweetMarker { get; }

    /// <inheritdoc/>
    public bool Equals(TokenizerState other) => Offset == other.Offset && previousPlusOne == other.previousPlusOne && AfterRetweetMarker == other.AfterRetweetMarker;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TokenizerState s && Equals(s);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Offset, previousPlusOne, AfterRetweetMarker);

    /// <summary>Equality.</summary>
    /// <param name="left">One state.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TokenizerState left, TokenizerState right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">One state.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TokenizerState left, TokenizerState right) => !left.Equals(right);
}

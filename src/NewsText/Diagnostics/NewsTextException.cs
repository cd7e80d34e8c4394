namespace NewsText;

/// <summary>Base type of the exceptions NewsText throws on bad input or exceeded limits.</summary>
public abstract class NewsTextException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, naming the limit or the offset.</param>
    /// <param name="inner">The cause, if any.</param>
    protected NewsTextException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}

/// <summary>The input is not well-formed text (a lone surrogate, invalid UTF-8) and the options say to throw rather than replace.</summary>
public sealed class NewsTextFormatException : NewsTextException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="offset">Offset of the bad input: UTF-16 code units for text, bytes for UTF-8 streams.</param>
    /// <param name="inner">The cause, if any.</param>
    public NewsTextFormatException(string message, long offset, Exception? inner = null)
        : base(message, inner)
    {
        Offset = offset;
    }

    /// <summary>Offset of the bad input: UTF-16 code units for text, bytes for UTF-8 streams.</summary>
    public long Offset { get; }
}

/// <summary>An input exceeded a configured limit (for example <c>ArticleParserOptions.MaxInputLength</c>).</summary>
public sealed class NewsTextLimitException : NewsTextException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limitName">The option that sets the limit.</param>
    /// <param name="limit">The limit's value.</param>
    /// <param name="actual">The size that exceeded it.</param>
    public NewsTextLimitException(string limitName, long limit, long actual)
        : base($"Input exceeds {limitName} ({actual:N0} > {limit:N0}).")
    {
        LimitName = limitName;
        Limit = limit;
        Actual = actual;
    }

    /// <summary>The option that sets the limit.</summary>
    public string LimitName { get; }

    /// <summary>The limit's value.</summary>
    public long Limit { get; }

    /// <summary>The size that exceeded it.</summary>
    public long Actual { get; }
}

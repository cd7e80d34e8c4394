using Microsoft.Extensions.Logging;

namespace NewsText.Diagnostics;

/// <summary>Every message NewsText logs, source-generated (no boxing, no formatting unless the level is on).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Unbalanced quotation mark at offset {Offset}: recovered (closed at the paragraph's end or left as text).")]
    public static partial void UnbalancedQuote(ILogger logger, int offset);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "{Count} more unbalanced quotation marks not logged one by one.")]
    public static partial void MoreUnbalancedQuotes(ILogger logger, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "{Count} token(s) held invalid input (lone surrogates or U+FFFD) and were flagged InvalidInput.")]
    public static partial void InvalidInput(ILogger logger, int count);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "{Count} run(s) longer than MaxTokenLength ({MaxTokenLength}) were cut into truncated tokens.")]
    public static partial void TruncatedTokens(ILogger logger, int count, int maxTokenLength);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Parsed {Chars} chars: {Tokens} tokens, {Paragraphs} paragraphs, {Sentences} sentences, {Quotes} quotes, {Posts} posts, {Mentions} mentions, {Entities} entities.")]
    public static partial void Parsed(ILogger logger, int chars, int tokens, int paragraphs, int sentences, int quotes, int posts, int mentions, int entities);
}

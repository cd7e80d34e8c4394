namespace NewsText;

/// <summary>One record of a JSON Lines stream read by <see cref="ArticleParser.ParseManyAsync"/>: the article, or why there is none.</summary>
public sealed class ArticleRecord
{
    internal ArticleRecord(long line, string? id, Article? article, ArticleError? error)
    {
        Line = line;
        Id = id;
        Article = article;
        Error = error;
    }

    /// <summary>The 1-based line number in the input.</summary>
    public long Line { get; }

    /// <summary>The record's <c>id</c> as written (a JSON string's value, or a number's text), or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>The parsed article, or <see langword="null"/> when <see cref="Error"/> is set.</summary>
    public Article? Article { get; }

    /// <summary>Why the record failed, or <see langword="null"/>.</summary>
    public ArticleError? Error { get; }
}

/// <summary>Why a record failed: a stable code and a message.</summary>
/// <param name="Code"><c>bad_json</c>, <c>missing_text</c>, <c>too_long</c>, <c>invalid_input</c> (and, from the CLI, <c>empty_line</c>).</param>
/// <param name="Message">What was wrong, for people.</param>
public sealed record ArticleError(string Code, string Message);

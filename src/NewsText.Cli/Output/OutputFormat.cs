namespace NewsText.Cli.Output;

/// <summary>What <c>newstext parse</c> prints for each input.</summary>
public enum OutputFormat
{
    /// <summary>A readable outline (coloured on a terminal).</summary>
    Outline,

    /// <summary>The article JSON of docs/json.md.</summary>
    Json,

    /// <summary>One token a line: offset, length, kind, flags, text.</summary>
    Tokens,

    /// <summary>A self-contained HTML page with quotes, posts and mentions highlighted.</summary>
    Html,
}

namespace NewsText.Cli;

/// <summary>What the process's standard streams are attached to: colour follows standard output, progress follows standard error.</summary>
/// <param name="StdoutIsTerminal">Standard output is a terminal and colour is wanted (so <c>outline</c> may colour it).</param>
/// <param name="StderrIsTerminal">Standard error is a terminal (so <c>--jsonl</c> may show progress there).</param>
public readonly record struct CliTerminal(bool StdoutIsTerminal, bool StderrIsTerminal)
{
    /// <summary>Both streams redirected: plain output, no progress (tests, pipes, CI).</summary>
    public static CliTerminal Redirected => default;

    /// <summary>What this process's console is attached to; <c>NO_COLOR</c> (any value) turns colour off.</summary>
    /// <returns>The current console's state.</returns>
    public static CliTerminal FromConsole() => new(
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
        !Console.IsErrorRedirected);
}

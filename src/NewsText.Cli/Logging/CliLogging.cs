using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace NewsText.Cli.Logging;

/// <summary>
/// The CLI's logs: the console logger, one line a message, every level on standard error (standard output carries only
/// results, so a warning can never break the one-line-per-record contract of <c>--jsonl</c>). Scopes name the file and line.
/// </summary>
internal static class CliLogging
{
    /// <summary><c>--quiet</c>: nothing; default: warnings; <c>--verbose</c>: debug (per-article statistics).</summary>
    public static LogLevel Level(bool quiet, bool verbose) => quiet ? LogLevel.None : verbose ? LogLevel.Debug : LogLevel.Warning;

    /// <summary>A logger factory writing to standard error.</summary>
    /// <param name="level">The minimum level (<see cref="LogLevel.None"/> logs nothing).</param>
    /// <param name="color">Whether standard error is a terminal that may be coloured.</param>
    public static ILoggerFactory Create(LogLevel level, bool color) => LoggerFactory.Create(b => b
        .SetMinimumLevel(level)
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.IncludeScopes = true;
            o.ColorBehavior = color ? LoggerColorBehavior.Default : LoggerColorBehavior.Disabled;
        }));

    /// <summary>Names the input a message is about: <c>file.txt</c>, or <c>file.jsonl:12</c> for a JSON Lines record.</summary>
    /// <param name="logger">Any logger of the factory (scopes are shared by its loggers).</param>
    /// <param name="source">The file name, or <c>-</c> for standard input.</param>
    /// <param name="line">The 1-based line, or 0 for a whole file.</param>
    /// <returns>The scope to dispose.</returns>
    public static IDisposable? Input(ILogger logger, string source, long line) => line > 0
        ? logger.BeginScope("{Source}:{Line}", source == "-" ? "stdin" : source, line)
        : logger.BeginScope("{Source}", source == "-" ? "stdin" : source);
}

using System.Globalization;

namespace NewsText.Cli;

/// <summary>The <c>newstext</c> command line, callable in-process so tests run exactly what users run.</summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: bad usage or unreadable input.</summary>
    public const int ExitUsage = 2;

    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors go.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        if (args.Length == 2 && args[0] == "outline")
        {
            string text;
            try
            {
                text = File.ReadAllText(args[1]);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"newstext: cannot read '{args[1]}': {e.Message}");
                return ExitUsage;
            }

            stdout.Write(LineOutline.Format(text));
            return ExitOk;
        }

        stderr.WriteLine("usage: newstext outline FILE");
        return ExitUsage;
    }
}

/// <summary>The first-stage outline: line count, and each line's length and dominant script.</summary>
public static class LineOutline
{
    /// <summary>Formats the outline of <paramref name="text"/>, one row per line.</summary>
    /// <param name="text">The document.</param>
    /// <returns>The outline, with <c>\n</c> line ends.</returns>
    public static string Format(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var sb = new System.Text.StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"lines: {lines.Length}\n");
        for (int i = 0; i < lines.Length; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1,4}  length {lines[i].Length,5}  {ScriptDetector.GetDominantScript(lines[i])}\n");
        }

        return sb.ToString();
    }
}

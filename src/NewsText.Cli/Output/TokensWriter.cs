using System.Globalization;
using NewsText.Tokenization;

namespace NewsText.Cli.Output;

/// <summary>One token a line, streamed from a reader in bounded memory: offset, length, kind, flags, script, escaped text.</summary>
public static class TokensWriter
{
    /// <summary>Tokenizes <paramref name="input"/> and writes every token.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="input">The text.</param>
    /// <returns>The number of tokens.</returns>
    public static long Write(TextWriter output, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(input);
        using var reader = new TokenReader(input);
        long count = 0;
        while (reader.Read())
        {
            Token t = reader.Current;
            TokenFlags flags = t.Flags & ~TokenFlags.ScriptMask;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{t.Start}\t{t.Length}\t{t.Kind}\t{(flags == TokenFlags.None ? "-" : flags.ToString().Replace(", ", "|", StringComparison.Ordinal))}\t{t.Script}\t{Escape(reader.CurrentText)}"));
            count++;
        }

        return count;
    }

    private static string Escape(ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (c == '\\')
            {
                sb.Append("\\\\");
            }
            else if (char.IsControl(c) || char.IsSurrogate(c))
            {
                sb.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") });
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}

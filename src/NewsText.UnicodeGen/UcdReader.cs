using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsText.UnicodeGen;

/// <summary>Reads the semicolon-separated UCD file format: <c>0041..005A ; Value # comment</c>.</summary>
internal static partial class UcdReader
{
    /// <summary>Number of code points in the Unicode code space.</summary>
    public const int CodeSpace = 0x110000;

    /// <summary>The Unicode version named by a data file's first line (<c># Name-16.0.0.txt</c>), or null.</summary>
    public static string? ReadVersion(string path)
    {
        string first = File.ReadLines(path).First();
        Match m = VersionPattern().Match(first);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>Every data line as (first, last, fields after the code point column).</summary>
    public static IEnumerable<(int First, int Last, string[] Fields)> ReadRanges(string path)
    {
        foreach (string raw in File.ReadLines(path))
        {
            int hash = raw.IndexOf('#');
            string line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            string[] parts = line.Split(';', StringSplitOptions.TrimEntries);
            string[] range = parts[0].Split("..");
            int first = int.Parse(range[0], NumberStyles.HexNumber);
            int last = range.Length > 1 ? int.Parse(range[1], NumberStyles.HexNumber) : first;
            yield return (first, last, parts[1..]);
        }
    }

    /// <summary>Fills <paramref name="values"/> from the lines whose first field (after the code points) maps to a value.</summary>
    /// <param name="path">The data file.</param>
    /// <param name="values">One byte per code point.</param>
    /// <param name="select">Maps the fields of a line to the value to store (ORed in), or 0 to ignore the line.</param>
    public static void Fill(string path, byte[] values, Func<string[], byte> select)
    {
        foreach ((int first, int last, string[] fields) in ReadRanges(path))
        {
            byte v = select(fields);
            for (int cp = first; cp <= last; cp++)
            {
                values[cp] |= v;
            }
        }
    }

    [GeneratedRegex(@"-(\d+\.\d+\.\d+)\.txt")]
    private static partial Regex VersionPattern();
}

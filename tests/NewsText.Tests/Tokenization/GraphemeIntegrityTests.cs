using System.Globalization;
using System.Text;
using NewsText.Tests.Support;

namespace NewsText.Tests.Tokenization;

/// <summary>No token ever splits a grapheme cluster: every token boundary is one of GraphemeBreakTest.txt's boundaries.</summary>
public class GraphemeIntegrityTests
{
    [Fact]
    public void Token_boundaries_are_grapheme_boundaries_on_every_line_of_GraphemeBreakTest_txt()
    {
        var failures = new List<string>();
        int lines = 0;
        foreach (string line in File.ReadLines(UnicodeDataFiles.Get("auxiliary/GraphemeBreakTest.txt")))
        {
            int hash = line.IndexOf('#');
            string data = (hash >= 0 ? line[..hash] : line).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            lines++;
            var text = new StringBuilder();
            var allowed = new HashSet<int>();
            foreach (string part in data.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part == "÷")
                {
                    allowed.Add(text.Length);
                }
                else if (part != "×")
                {
                    text.Append(char.ConvertFromUtf32(int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
                }
            }

            string s = text.ToString();
            var bad = Tokens.Whole(s).Select(t => (int)t.End).Where(end => !allowed.Contains(end)).ToList();
            if (bad.Count > 0)
            {
                failures.Add($"{data}  → token ends at {string.Join(",", bad)}  ({line[(hash + 1)..].Trim()})");
            }
        }

        Assert.Equal(1093, lines);
        Assert.True(failures.Count == 0, $"{failures.Count} lines split a grapheme:\n" + string.Join("\n", failures.Take(40)));
    }
}

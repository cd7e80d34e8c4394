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

    /// <summary>
    /// A space followed by a char that extends it (a combining mark, ZWJ, a variation selector, an emoji modifier, a tag, an
    /// astral mark) is one grapheme and one whitespace token, after a word or alone, whichever fast path reads the space.
    /// GraphemeBreakTest.txt has no astral extender after a space; this found the fast paths splitting " 🏻".
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("क")]
    [InlineData("word ")]
    public void A_space_keeps_the_extenders_that_follow_it(string before)
    {
        string[] extenders = ["\u0308", "\u093F", "\u200D", "\uFE0F", "\U0001F3FB", "\U000E0061", "\U0001D165"];
        foreach (string extender in extenders)
        {
            foreach (string after in new[] { "", "b", " x" })
            {
                string s = before + " " + extender + after;
                var allowed = new HashSet<int>();
                for (int i = 0; i < s.Length; i += StringInfo.GetNextTextElementLength(s, i))
                {
                    allowed.Add(i + StringInfo.GetNextTextElementLength(s, i));
                }

                var ends = Tokens.Whole(s).Select(t => (int)t.End).ToList();
                Assert.True(ends.All(allowed.Contains), $"{Escape(s)}: token ends {string.Join(",", ends)}, grapheme ends {string.Join(",", allowed.Order())}");
            }
        }
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 ? c.ToString() : $"\\u{(int)c:X4}"));
}

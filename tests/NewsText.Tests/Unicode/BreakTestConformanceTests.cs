using System.Globalization;
using System.Text;
using NewsText.Tests.Support;

namespace NewsText.Tests.Unicode;

/// <summary>The Unicode 16.0.0 conformance files WordBreakTest.txt and GraphemeBreakTest.txt, every line.</summary>
public class BreakTestConformanceTests
{
    [Fact]
    public void Word_segmenter_passes_every_line_of_WordBreakTest_txt()
    {
        (int lines, List<string> failures) = Run("auxiliary/WordBreakTest.txt", text =>
        {
            var boundaries = new List<int>();
            foreach (int boundary in WordSegmenter.EnumerateBoundaries(text))
            {
                boundaries.Add(boundary);
            }

            return boundaries;
        }, (text, index) => WordSegmenter.NextBoundary(text, index));

        Assert.True(failures.Count == 0, $"{failures.Count} of {lines} lines fail:\n" + string.Join("\n", failures));
        Assert.Equal(1826, lines);
    }

    [Fact]
    public void Grapheme_segmenter_passes_every_line_of_GraphemeBreakTest_txt()
    {
        (int lines, List<string> failures) = Run("auxiliary/GraphemeBreakTest.txt", text =>
        {
            var boundaries = new List<int> { 0 };
            for (int at = 0; at < text.Length;)
            {
                at = GraphemeSegmenter.NextBoundary(text, at);
                boundaries.Add(at);
            }

            return boundaries;
        }, (text, index) => GraphemeSegmenter.NextBoundary(text, index));

        Assert.True(failures.Count == 0, $"{failures.Count} of {lines} lines fail:\n" + string.Join("\n", failures));
        Assert.Equal(1093, lines);
    }

    /// <summary>Checks each test line two ways: the whole list of boundaries, and the next boundary from every offset.</summary>
    private static (int Lines, List<string> Failures) Run(string file, Func<string, List<int>> all, Func<string, int, int> next)
    {
        var failures = new List<string>();
        int lines = 0, lineNumber = 0;
        foreach (string line in File.ReadLines(UnicodeDataFiles.Get(file)))
        {
            lineNumber++;
            int hash = line.IndexOf('#');
            string data = (hash >= 0 ? line[..hash] : line).Trim();
            if (data.Length == 0)
            {
                continue;
            }

            lines++;
            (string text, List<int> expected) = ParseTestLine(data);
            string comment = hash >= 0 ? line[(hash + 1)..].Trim() : "";
            List<int> actual = all(text);
            if (!actual.SequenceEqual(expected))
            {
                failures.Add($"line {lineNumber}: expected [{string.Join(",", expected)}], got [{string.Join(",", actual)}]  # {comment}");
                continue;
            }

            for (int index = 0; index < text.Length; index++)
            {
                int want = expected.First(b => b > index);
                int got = next(text, index);
                if (got != want)
                {
                    failures.Add($"line {lineNumber}: NextBoundary(text, {index}) expected {want}, got {got}  # {comment}");
                    break;
                }
            }
        }

        return (lines, failures);
    }

    /// <summary>Parses <c>÷ 0041 × 0308 ÷</c> into the text and the UTF-16 offsets of every ÷.</summary>
    private static (string Text, List<int> Boundaries) ParseTestLine(string data)
    {
        var text = new StringBuilder();
        var boundaries = new List<int>();
        foreach (string token in data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "÷")
            {
                boundaries.Add(text.Length);
            }
            else if (token != "×")
            {
                int cp = int.Parse(token, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                text.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
            }
        }

        return (text.ToString(), boundaries);
    }
}

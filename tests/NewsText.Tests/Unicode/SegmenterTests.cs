using System.Text;

namespace NewsText.Tests.Unicode;

public class SegmenterTests
{
    [Theory]
    [InlineData("न्यौता")] // virama, vowel sign
    [InlineData("ज़ोर")] // nukta (U+093C), vowel sign
    [InlineData("क्\u200Dष")] // virama + ZWJ
    [InlineData("क्\u200Cष")] // virama + ZWNJ
    [InlineData("सर्गेई")]
    [InlineData("don't")]
    [InlineData("3.5")]
    [InlineData("1,00,000")]
    [InlineData("२०२३")]
    [InlineData("e\u0301t\u00E9")]
    public void Word_is_one_segment(string word)
    {
        Assert.Equal([word], WordSegments(word));
        Assert.Equal(word.Length, WordSegmenter.NextBoundary(word, 0));
    }

    [Fact]
    public void Mixed_news_text_splits_into_words_spaces_and_punctuation()
    {
        Assert.Equal(
            ["लावरोव", " ", "ने", " ", "कहा", ":", " ", "\"", "don't", "\"", " ", "(", "1,00,000", ")", "।"],
            WordSegments("लावरोव ने कहा: \"don't\" (1,00,000)।"));
    }

    [Fact]
    public void Emoji_sequences_and_flags_stay_whole()
    {
        Assert.Equal(["👩🏽‍💻", "🇮🇳", "🇷🇺", " ", "ok"], WordSegments("👩🏽‍💻🇮🇳🇷🇺 ok"));
    }

    [Fact]
    public void Lone_surrogates_are_single_code_points_and_pairs_are_never_split()
    {
        string text = "a\uD800b\uDC00\uD83D\uDE00";
        Assert.Equal(["a", "\uD800", "b", "\uDC00", "\uD83D\uDE00"], WordSegments(text));
        Assert.Equal(text.Length, WordSegmenter.NextBoundary(text, 5));
        Assert.Equal(text.Length, GraphemeSegmenter.NextBoundary(text, 5));
    }

    [Fact]
    public void Empty_text_has_no_boundaries_and_index_out_of_range_throws()
    {
        Assert.Empty(WordSegments(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => WordSegmenter.NextBoundary("ab", 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => WordSegmenter.NextBoundary("ab", -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => WordSegmenter.NextBoundary("", 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => GraphemeSegmenter.NextBoundary("ab", 2));
    }

    [Fact]
    public void Devanagari_conjuncts_are_one_grapheme_cluster()
    {
        Assert.Equal(["क्ष", "ज़ो", "र"], GraphemeClusters("क्षज़ोर"));
        Assert.Equal(["न्यौ", "ता"], GraphemeClusters("न्यौता"));
    }

    /// <summary>
    /// NextBoundary from any offset rebuilds the left context by reading back; the enumerator carries it forward.
    /// On random texts full of context-heavy characters (long regional indicator runs, Extend/ZWJ runs, mid-word punctuation)
    /// both must give the same boundaries, and so must GraphemeSegmenter.NextBoundary from any offset and chained from 0.
    /// </summary>
    [Fact]
    public void Next_boundary_from_any_offset_agrees_with_a_forward_walk_on_random_text()
    {
        string[] alphabet =
        [
            "a", "א", "1", "5", ".", ",", "'", "\"", ":", " ", "_", "ア", "\u0301", "\u200D", "\u00AD", "\u200C",
            "🇮", "🇳", "🇮", "🇳", "🇮", "🇳", "👩", "🏽", "\r", "\n", "क", "्", "ष", "ा", "\uD800", "\uDC00", "가", "ᄀ", "ᅡ",
        ];
        var random = new Random(29);
        for (int round = 0; round < 3000; round++)
        {
            var sb = new StringBuilder();
            int length = random.Next(1, 24);
            for (int i = 0; i < length; i++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = sb.ToString();
            List<int> words = [.. WordSegmentBoundaries(text)];
            var graphemes = new List<int> { 0 };
            while (graphemes[^1] < text.Length)
            {
                graphemes.Add(GraphemeSegmenter.NextBoundary(text, graphemes[^1]));
            }

            for (int index = 0; index < text.Length; index++)
            {
                Assert.True(words.First(b => b > index) == WordSegmenter.NextBoundary(text, index), $"word, index {index}: {Escape(text)}");
                Assert.True(graphemes.First(b => b > index) == GraphemeSegmenter.NextBoundary(text, index), $"grapheme, index {index}: {Escape(text)}");
            }
        }
    }

    private static List<int> WordSegmentBoundaries(string text)
    {
        var boundaries = new List<int>();
        foreach (int b in WordSegmenter.EnumerateBoundaries(text))
        {
            boundaries.Add(b);
        }

        return boundaries;
    }

    private static List<string> WordSegments(string text)
    {
        List<int> b = WordSegmentBoundaries(text);
        return [.. b.Zip(b.Skip(1), (start, end) => text[start..end])];
    }

    private static List<string> GraphemeClusters(string text)
    {
        var clusters = new List<string>();
        for (int at = 0; at < text.Length;)
        {
            int end = GraphemeSegmenter.NextBoundary(text, at);
            clusters.Add(text[at..end]);
            at = end;
        }

        return clusters;
    }

    private static string Escape(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}

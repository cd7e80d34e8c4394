using NewsText.Tests.Support;

namespace NewsText.Tests.Unicode;

/// <summary>Every code point of the generated tables against the data files, parsed here independently of src/NewsText.UnicodeGen.</summary>
public class PropertyTableTests
{
    private const int CodeSpace = 0x110000;

    [Fact]
    public void Word_break_matches_WordBreakProperty_txt_for_every_code_point()
    {
        WordBreakProperty[] expected = Expected("auxiliary/WordBreakProperty.txt", v => Enum.Parse<WordBreakProperty>(v.Replace("_", "")));
        AssertAll(expected, cp => UnicodeData.GetWordBreak(cp));
    }

    [Fact]
    public void Grapheme_break_matches_GraphemeBreakProperty_txt_for_every_code_point()
    {
        GraphemeBreakProperty[] expected = Expected("auxiliary/GraphemeBreakProperty.txt", v => Enum.Parse<GraphemeBreakProperty>(v.Replace("_", "")));
        AssertAll(expected, cp => UnicodeData.GetGraphemeBreak(cp));
    }

    [Fact]
    public void Indic_conjunct_break_matches_DerivedCoreProperties_txt_for_every_code_point()
    {
        var expected = new IndicConjunctBreak[CodeSpace];
        foreach ((int first, int last, string value) in UnicodeDataFiles.ReadProperty("DerivedCoreProperties.txt", field: 1))
        {
            expected.AsSpan(first, last - first + 1).Fill(Enum.Parse<IndicConjunctBreak>(value));
        }

        // Only the InCB lines of the file have a second value field; any other value would make Enum.Parse throw.
        AssertAll(expected, cp => UnicodeData.GetIndicConjunctBreak(cp));
    }

    [Theory]
    [InlineData("Extended_Pictographic")]
    [InlineData("Emoji_Presentation")]
    [InlineData("Emoji_Modifier")]
    public void Emoji_flags_match_emoji_data_txt_for_every_code_point(string property)
    {
        var expected = new bool[CodeSpace];
        foreach ((int first, int last, string value) in UnicodeDataFiles.ReadProperty("emoji/emoji-data.txt"))
        {
            if (value == property)
            {
                expected.AsSpan(first, last - first + 1).Fill(true);
            }
        }

        Func<int, bool> actual = property switch
        {
            "Extended_Pictographic" => UnicodeData.IsExtendedPictographic,
            "Emoji_Presentation" => UnicodeData.IsEmojiPresentation,
            _ => UnicodeData.IsEmojiModifier,
        };
        Assert.Contains(true, expected);
        AssertAll(expected, actual);
    }

    [Fact]
    public void Script_matches_Scripts_txt_for_every_code_point()
    {
        Script[] expected = Expected("Scripts.txt", v => v switch
        {
            "Latin" => Script.Latin,
            "Devanagari" => Script.Devanagari,
            "Cyrillic" => Script.Cyrillic,
            "Arabic" => Script.Arabic,
            "Han" => Script.Han,
            "Common" or "Inherited" => Script.Common,
            _ => Script.Other,
        });
        AssertAll(expected, UnicodeData.GetScript);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    [InlineData(0x110000)]
    [InlineData(int.MaxValue)]
    public void Lookups_outside_the_code_space_return_the_default(int cp)
    {
        Assert.Equal(WordBreakProperty.Other, UnicodeData.GetWordBreak(cp));
        Assert.Equal(GraphemeBreakProperty.Other, UnicodeData.GetGraphemeBreak(cp));
        Assert.Equal(IndicConjunctBreak.None, UnicodeData.GetIndicConjunctBreak(cp));
        Assert.False(UnicodeData.IsExtendedPictographic(cp));
        Assert.False(UnicodeData.IsEmojiPresentation(cp));
        Assert.False(UnicodeData.IsEmojiModifier(cp));
        Assert.Equal(Script.Common, UnicodeData.GetScript(cp));
    }

    private static T[] Expected<T>(string file, Func<string, T> parse)
    {
        var expected = new T[CodeSpace];
        int lines = 0;
        foreach ((int first, int last, string value) in UnicodeDataFiles.ReadProperty(file))
        {
            expected.AsSpan(first, last - first + 1).Fill(parse(value));
            lines++;
        }

        Assert.True(lines > 100, $"{file}: only {lines} data lines read");
        return expected;
    }

    private static void AssertAll<T>(T[] expected, Func<int, T> actual)
    {
        var wrong = new List<string>();
        for (int cp = 0; cp < CodeSpace; cp++)
        {
            T got = actual(cp);
            if (!EqualityComparer<T>.Default.Equals(got, expected[cp]) && wrong.Count < 20)
            {
                wrong.Add($"U+{cp:X4}: expected {expected[cp]}, got {got}");
            }
        }

        Assert.Empty(wrong);
    }
}

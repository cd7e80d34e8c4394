namespace NewsText.Tests.Documents;

/// <summary>A paragraph's script is the script of most letters in its words: links, handles, digits and punctuation do not vote.</summary>
public class ParagraphScriptTests
{
    private static readonly ArticleParser Parser = new(new ArticleParserOptions { RecognizeEntities = false });

    [Theory]
    [InlineData("रूस ने कहा https://www.example.com/very/long/english/path/for/the/report @ChinaAmbUN", Script.Devanagari)]
    [InlineData("Foreign Minister Qin Gang ने कहा", Script.Latin)] // 22 Latin letters against 5 Devanagari chars
    [InlineData("चीन और रूस, Russia", Script.Devanagari)] // 8 Devanagari chars (vowel signs included) against 6 Latin letters
    [InlineData("चीन रूस, Russia", Script.Latin)] // 6 : 6, a tie goes to the script listed first in Script (Latin)
    [InlineData("2023 ... 1,00,000 !", Script.Common)]
    [InlineData("Москва и Пекин", Script.Cyrillic)]
    public void Paragraph_script_from_its_words(string line, Script expected) =>
        Assert.Equal(expected, Parser.Parse(line).Paragraphs.Single().Script);

    [Fact]
    public void Each_line_has_its_own_script()
    {
        Article a = Parser.Parse("चीन और रूस के बीच बातचीत हुई।\nRussia and China held talks.\n");
        Assert.Equal([Script.Devanagari, Script.Latin], a.Paragraphs.Select(p => p.Script));
    }
}

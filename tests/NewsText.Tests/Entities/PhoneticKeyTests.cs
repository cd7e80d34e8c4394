using NewsText.Entities;

namespace NewsText.Tests.Entities;

public class PhoneticKeyTests
{
    [Theory]
    [InlineData("सर्गेई लावरोव", "Sergey Lavrov")]
    [InlineData("सर्गेई लावरोव", "Sergei Lavrov")]
    [InlineData("Sergey Lavrov", "Sergei Lavrov")]
    [InlineData("किन गांग", "Qin Gang")]
    [InlineData("शी जिनपिंग", "Xi Jinping")]
    [InlineData("व्लादिमीर पुतिन", "Vladimir Putin")]
    [InlineData("वांग यी", "Wang Yi")]
    [InlineData("लावरोव", "Lavrov")]
    [InlineData("पुतिन", "Putin")]
    [InlineData("ज़ेलेंस्की", "Zelensky")]
    [InlineData("जेलेंस्की", "Zelenskyy")]
    [InlineData("दिमित्री पेसकोव", "Dmitry Peskov")]
    [InlineData("कमला हैरिस", "Kamala Harris")]
    [InlineData("एंटनी ब्लिंकन", "Antony Blinken")]
    [InlineData("अभिजीत हलदर", "Abhijit Halder")]
    [InlineData("झांग जून", "Zhang Jun")]
    public void Same_name_in_two_spellings_matches(string a, string b)
    {
        Assert.True(PhoneticKey.Similar(PhoneticKey.Of(a), PhoneticKey.Of(b)), $"{PhoneticKey.Of(a)} ~ {PhoneticKey.Of(b)}");
    }

    [Theory]
    [InlineData("Wang Yi", "Wang Yu")]
    [InlineData("वांग यी", "Wang Yu")]
    [InlineData("Sergey Lavrov", "Sergey Lavrova")]
    [InlineData("Qin Gang", "Qin Yang")]
    [InlineData("Qin Gang", "Qin")]
    [InlineData("Putin", "Patton")]
    [InlineData("पुतिन", "Patton")]
    [InlineData("Xi Jinping", "Xi Jiping")]
    [InlineData("किन", "Kim")]
    [InlineData("शी", "Shah")]
    [InlineData("Li Qiang", "Li Keqiang")]
    [InlineData("Lavrov", "Lukashenko")]
    [InlineData("मोदी", "Medvedev")]
    public void Different_names_do_not_match(string a, string b)
    {
        Assert.False(PhoneticKey.Similar(PhoneticKey.Of(a), PhoneticKey.Of(b)), $"{PhoneticKey.Of(a)} !~ {PhoneticKey.Of(b)}");
    }

    [Theory]
    [InlineData("सर्गेई लावरोव", "sargei lavrov")]
    [InlineData("Sergey Lavrov", "sergei lavrov")]
    [InlineData("Qin Gang", "kin gang")]
    [InlineData("Xi Jinping", "xi jinping")]
    [InlineData("शी जिनपिंग", "xi jinping")]
    [InlineData("Wang Yi", "vang i")]
    [InlineData("Zhang Jun", "jang jun")]
    public void Keys_are_documented_form(string name, string key)
    {
        Assert.Equal(key, PhoneticKey.Of(name));
    }

    [Theory]
    [InlineData("लावरोव", "lāvrōv")]
    [InlineData("एंटनी", "ēṁṭnī")]
    [InlineData("कमला", "kamlā")]
    [InlineData("जिनपिंग", "jinpiṁg")]
    [InlineData("सर्गेई", "sargēī")]
    [InlineData("भारत", "bhārat")]
    [InlineData("ज़ोर", "zōr")]
    [InlineData("गंगा", "gaṁgā")]
    [InlineData("रूस २०२३", "rūs 2023")]
    public void Iso15919_with_schwa_deletion(string devanagari, string iso)
    {
        Assert.Equal(iso, PhoneticKey.ToIso15919(devanagari));
    }

    [Fact]
    public void A_key_longer_than_the_stack_buffer_is_the_keys_of_its_words_joined()
    {
        // 80 words: the key outgrows KeyBuilder's 128 stack chars and moves to a pooled array, twice.
        string[] words = Enumerable.Range(0, 40).SelectMany(_ => new[] { "सर्गेई", "Lavrov" }).ToArray();
        string expected = string.Join(' ', words.Select(w => PhoneticKey.Of(w)));

        Assert.Equal(expected, PhoneticKey.Of(string.Join(' ', words)));
        Assert.True(expected.Length > 256, $"key length {expected.Length}");
    }

    [Fact]
    public void Write_appends_the_same_key_Of_returns()
    {
        var key = new KeyBuilder(stackalloc char[4]);
        key.Append('>');
        PhoneticKey.Write("किन गांग", ref key);
        string written = key.ToString();
        key.Dispose();

        Assert.Equal(">" + PhoneticKey.Of("किन गांग"), written);
    }
}

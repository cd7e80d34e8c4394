using System.Text;
using CsCheck;
using NewsText.Tests.Support;

namespace NewsText.Tests.Unicode;

/// <summary><see cref="ScriptDetector.GetDominantScript"/> (one table load per BMP char) against a plain decode-every-rune reference.</summary>
public class ScriptDetectorTests
{
    [Theory]
    [InlineData("", Script.Common)]
    [InlineData("123 ... !?", Script.Common)]
    [InlineData("नमस्ते world", Script.Devanagari)] // 6 Devanagari code points (the virama and vowel sign count) against 5 Latin
    [InlineData("ab कख", Script.Latin)] // a tie goes to the script seen first
    [InlineData("कख ab", Script.Devanagari)]
    [InlineData("Москва", Script.Cyrillic)]
    [InlineData("\uD800ab\uDC00", Script.Latin)] // lone surrogates are no letters
    [InlineData("\U00020000\U00020001 abc", Script.Latin)] // an astral Han letter counts once, not per UTF-16 unit
    [InlineData("\U00020000\U00020001 ab", Script.Han)]
    public void Dominant_script_of_examples(string text, Script expected) =>
        Assert.Equal(expected, ScriptDetector.GetDominantScript(text));

    [Fact]
    public void Dominant_script_equals_a_rune_by_rune_count() =>
        TextGen.NewsLike.Sample(text => Assert.Equal(Reference(text), ScriptDetector.GetDominantScript(text)), iter: 3000);

    [Fact]
    public void Every_bmp_char_alone_has_its_own_script_or_none()
    {
        for (int c = 0; c < 0x10000; c++)
        {
            string s = ((char)c).ToString();
            Script expected = char.IsSurrogate((char)c) ? Script.Common : ScriptDetector.GetScript(new Rune(c));
            Assert.Equal(expected, ScriptDetector.GetDominantScript(s));
        }
    }

    private static Script Reference(string text)
    {
        var counts = new int[(int)Script.Other + 1];
        var first = new int[counts.Length];
        Array.Fill(first, int.MaxValue);
        for (int i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out Rune r, out int used) == System.Buffers.OperationStatus.Done
                && ScriptDetector.GetScript(r) is var s and not Script.Common)
            {
                counts[(int)s]++;
                first[(int)s] = Math.Min(first[(int)s], i);
            }

            i += Math.Max(used, 1);
        }

        Script best = Script.Common;
        for (int s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best] || (counts[s] == counts[(int)best] && counts[s] > 0 && first[s] < first[(int)best]))
            {
                best = (Script)s;
            }
        }

        return best;
    }
}

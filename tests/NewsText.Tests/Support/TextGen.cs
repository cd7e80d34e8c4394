using CsCheck;

namespace NewsText.Tests.Support;

/// <summary>Generators of news-like text for property tests: mixed scripts, quotes, handles, URLs, numbers, emoji, controls, lone surrogates.</summary>
internal static class TextGen
{
    private static readonly string[] Fragments =
    [
        "नमस्ते", "क्‍ष", "ज़ोर", "न्यौता", "दोनों", "चीन-रूस", "२०२३", "।", "॥", " ", "  ", "\n", "\r\n", "\r", "\t", "\u00A0",
        "don't", "Qin's", "U.S.", "ROK.", "Mr.", "9th", "1,00,000", "3.5", "1,000", "@user", "@ChinaAmbUN", "(@x)", "#टैग", "#tag", "#123",
        "https://t.co/x1", "pic.twitter.com/AbC", "www.example.com/a?b=1", "a@b.com", "\"", "'", "“", "”", "‘", "’", "«", "»", "„", "—", "–", "-",
        ".", "...", "…", "?", "!", ",", "(", ")", "₹", "$", "%", "😀", "👍🏽", "👨‍👩‍👧", "🇮🇳", "1️⃣", "\uD800", "\uDC00", "\uDBFF", "\0", "\u0001",
        "\u0085", "\u2028", "\u200D", "\u200C", "\u0301", "\u093C", "\uFEFF", "\uFFFD", "Sergey", "Lavrov", "January", "9", "2023", "a", "ab", "_",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (6, Gen.OneOf(Fragments)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.Char['\u0900', '\u097F'].Select(c => c.ToString())),
        (1, Gen.Char[' ', '~'].Select(c => c.ToString())));

    /// <summary>Strings of 0–80 fragments.</summary>
    public static readonly Gen<string> NewsLike = Piece.Array[0, 80].Select(string.Concat);

    /// <summary>A news-like string with ascending cut points inside it.</summary>
    public static readonly Gen<(string Text, int[] Cuts)> WithCuts =
        NewsLike.SelectMany(t => Gen.Int[0, t.Length].Array[0, 12].Select(c => (t, c.Distinct().Order().ToArray())));
}

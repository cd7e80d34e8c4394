using NewsText.Tokenization.Rules;

namespace NewsText.Tests.TwitterText;

/// <summary>
/// The streaming contract of the rules: scanning a prefix of the text as a non-final chunk either asks for more
/// text or gives exactly the answer the whole text gives.
/// </summary>
public sealed class RuleChunkingTests
{
    private delegate ScanResult Scanner(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length);

    private static readonly (string Name, Scanner Scan)[] Rules =
    [
        ("mention", MentionRule.Scan),
        ("hashtag", HashtagRule.Scan),
        ("url", UrlRule.Scan),
        ("email", EmailRule.Scan),
    ];

    private static readonly string[] Sections =
    [
        "mentions", "mentions_with_indices", "mentions_or_lists_with_indices", "replies", "hashtags", "hashtags_from_astral",
        "hashtags_with_indices", "urls", "urls_with_indices", "urls_with_directional_markers", "tco_urls_with_params",
    ];

    private static readonly string[] NewsTexts =
    [
        "पढ़ें: https://t.co/abc123 और pic.twitter.com/AbC12 (देखें www.example.com/path?q=1).",
        "Mail press.office@pib.gov.in, or @PIB_India / #आत्मनिर्भर_भारत ＃ｈａｓｈ ＠user RT@x rt:@y",
        "https://en.wikipedia.org/wiki/Mercury_(planet), https://example.com/a(b(c)d)e) t.co/x.",
        "#क्‍ष #क़ानून #२०२३ #\U00020021x http://xn--ls8h.la/ http://twitter.み",
    ];

    public static TheoryData<int> MaxLengths => new() { 4096, 24, 1 };

    [Theory]
    [MemberData(nameof(MaxLengths))]
    public void A_prefix_scan_needs_more_data_or_agrees_with_the_whole_text(int maxLength)
    {
        IEnumerable<string> texts = Sections.SelectMany(TwitterTextConformance.Section).Select(c => c.Text).Concat(NewsTexts).Distinct();
        var failures = new List<string>();
        int checks = 0;
        foreach (string text in texts)
        {
            for (int start = 0; start < text.Length; start++)
            {
                int previous = RuleChars.CodePointBefore(text, start);
                foreach ((string name, Scanner scan) in Rules)
                {
                    ScanResult whole = scan(text, start, previous, true, maxLength, out int wholeLength);
                    if (whole == ScanResult.NeedMoreData)
                    {
                        failures.Add($"{name} at {start} of \"{text}\": NeedMoreData on a final block");
                    }

                    for (int end = start + 1; end <= text.Length; end++)
                    {
                        checks++;
                        ScanResult part = scan(text.AsSpan(0, end), start, previous, false, maxLength, out int partLength);
                        if (part != ScanResult.NeedMoreData && (part != whole || partLength != wholeLength))
                        {
                            failures.Add($"{name} at {start}, chunk end {end}, of \"{text}\": {part} {partLength}, whole text {whole} {wholeLength}");
                        }
                    }
                }
            }
        }

        Assert.True(checks > 100_000, $"only {checks} checks");
        Assert.True(failures.Count == 0, $"{failures.Count} disagreements, first ones:\n" + string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void A_scan_reads_no_further_than_max_length_plus_64_past_its_start()
    {
        // A URL of 30 chars followed by 200 path characters that cannot end it: past the window, they count as the end.
        string text = "http://example.com/path" + new string('.', 200) + "x";
        foreach (bool final in new[] { true, false })
        {
            ScanResult result = UrlRule.Scan(text.AsSpan(0, 30 + 64 + 10), 0, -1, final, 30, out int length);
            Assert.Equal(ScanResult.Match, result);
            Assert.Equal("http://example.com/path".Length, length);
        }
    }
}

using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using NewsText.Cli;
using NewsText.Serialization;
using NewsText.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace NewsText.Tests.Cli;

/// <summary>The <c>newstext</c> command, run in-process exactly as users run it.</summary>
public class CliTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(string stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = await CliApp.RunAsync(args, output, error, new StringReader(stdin), interactive: false, CancellationToken.None);
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (string f in RepoPaths.SeedFiles())
        {
            data.Add(Path.GetFileName(f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Parse_outline_of_each_seed_matches_reviewed_snapshot(string seed)
    {
        (int exit, string output, string error) = await Run("", "parse", Path.Combine(RepoPaths.Seeds, seed));
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Equal("", error);
        Snapshot.Match(output, SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(seed)));
    }

    [Fact]
    public async Task Parse_json_prints_exactly_the_article_json()
    {
        (int exit, string output, _) = await Run("", "parse", RepoPaths.Seed, "--format", "json");
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Equal(ArticleJson.Serialize(ArticleParser.Default.Parse(File.ReadAllText(RepoPaths.Seed)), indented: true) + "\n", output);
    }

    [Fact]
    public async Task Parse_tokens_prints_one_token_a_line_covering_the_text()
    {
        (int exit, string output, _) = await Run("", "parse", RepoPaths.Seed, "--format", "tokens");
        Assert.Equal(CliApp.ExitOk, exit);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Tokens.Whole(File.ReadAllText(RepoPaths.Seed)).Count, lines.Length);
        Assert.Equal("0\t6\tWord\tHasCombiningMarks\tDevanagari\tसोमवार", lines[0]);
        Assert.Contains("730\t15\tMention\t-\tLatin\t@Abhijithalderr", lines);
    }

    [Fact]
    public async Task Parse_html_is_well_formed_and_highlights_quotes_posts_and_mentions()
    {
        (int exit, string output, _) = await Run("", "parse", RepoPaths.Seed, "--format", "html");
        Assert.Equal(CliApp.ExitOk, exit);
        XDocument page = XDocument.Parse(output[output.IndexOf("<html", StringComparison.Ordinal)..]);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var spans = page.Descendants(x + "article").Single().Descendants(x + "span").Select(s => (string?)s.Attribute("class")).ToList();
        Assert.Equal(2, spans.Count(c => c == "q speech"));
        Assert.Equal(2, spans.Count(c => c == "q term"));
        Assert.Equal(2, page.Descendants(x + "blockquote").Count(b => (string?)b.Attribute("class") == "post"));
        Assert.Contains(page.Descendants(x + "span"), s => (string?)s.Attribute("class") == "m person" && s.Value == "सर्गेई लावरोव");
        Assert.Contains(page.Descendants(x + "span"), s => (string?)s.Attribute("class") == "q speech" && ((string?)s.Attribute("title"))?.Contains("किन", StringComparison.Ordinal) == true);
        Assert.NotNull(page.Descendants(x + "div").SingleOrDefault(d => (string?)d.Attribute("class") == "legend"));
    }

    [Fact]
    public async Task Missing_file_is_a_usage_error_naming_the_file()
    {
        (int exit, _, string error) = await Run("", "parse", "no/such/file.txt");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("no/such/file.txt", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error() => Assert.Equal(CliApp.ExitUsage, (await Run("", "parse", "--no-such-option")).Exit);

    [Fact]
    public async Task Jsonl_gives_one_line_per_input_line_in_order_with_errors_in_place()
    {
        string big = new('x', ArticleParserOptions.Default.MaxInputLength + 1);
        string input = string.Join("\n",
            """{"id":"a","text":"रूस और चीन।"}""",
            "not json at all",
            "",
            """{"id":"no-text"}""",
            "{\"id\":\"big\",\"text\":\"" + big + "\"}",
            """{"id":7,"text":"Qin Gang met Sergei Lavrov."}""");
        (int exit, string output, _) = await Run(input, "parse", "--jsonl", "-j", "3");
        Assert.Equal(CliApp.ExitSomeFailed, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(6, lines.Count);
        Assert.Equal(["a", null, null, "no-text", "big", "7"], lines.Select(l => l.GetProperty("id").ValueKind == JsonValueKind.Null ? null : l.GetProperty("id").GetString()));
        Assert.Equal([null, "bad_json", "empty_line", "missing_text", "too_long", null], lines.Select(l => l.TryGetProperty("error", out JsonElement e) ? e.GetProperty("code").GetString() : null));
        Assert.Equal("hi", lines[0].GetProperty("article").GetProperty("language").GetString());
    }

    [Fact]
    public async Task Jsonl_keeps_a_hundred_thousand_records_in_order()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 100_000; i++)
        {
            input.Append("{\"id\":\"r").Append(i).Append("\",\"text\":\"").Append(i % 7 == 0 ? "रूस ने कहा।" : "Lavrov said so.").Append("\"}\n");
        }

        (int exit, string output, _) = await Run(input.ToString(), "parse", "--jsonl", "-j", "4");
        Assert.Equal(CliApp.ExitOk, exit);
        int n = 0;
        foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.StartsWith("{\"id\":\"r" + n + "\",\"article\":", line, StringComparison.Ordinal);
            n++;
        }

        Assert.Equal(100_000, n);
    }
}

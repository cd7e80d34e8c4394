using System.Text;
using System.Text.Json;
using NewsText.Cli;
using NewsText.Tests.Support;

namespace NewsText.Tests.Cli;

/// <summary><c>newstext parse</c> through the sync entry point: <c>--jsonl</c> on files (one line out per line in, errors in place), exit codes, logs kept off standard output.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ParseCommandTests : IDisposable
{
    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("newstext-jsonl-");

    public void Dispose() => dir.Delete(recursive: true);

    private string WriteFile(string name, string content)
    {
        string path = Path.Combine(dir.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static (int Exit, string[] Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exit = CliApp.Run(args, output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Malformed_over_limit_and_valid_lines_interleaved_give_one_line_each_in_order_with_ids_and_line_numbers()
    {
        string big = new('x', ArticleParserOptions.Default.MaxInputLength + 1);
        var input = new List<string>();
        var expected = new List<(string? Id, string? Error)>();
        for (int i = 0; i < 12; i++)
        {
            string id = "d" + i;
            (string line, string? error) = (i % 6) switch
            {
                0 => ($$"""{"id":"{{id}}","text":"लावरोव ने कहा कि \"हम तैयार हैं।\""}""", null),
                1 => ($$"""{"id":"{{id}}","text":"Qin Gang met Sergey Lavrov."}""", null),
                2 => ($$"""{"id":"{{id}}","text":"unterminated""", "bad_json"),
                3 => ($$"""{"id":"{{id}}","body":"no text key"}""", "missing_text"),
                4 => ($$"""{"id":"{{id}}","text":"{{big}}"}""", "too_long"),
                _ => ($$"""[1,2,3]""", "bad_json"),
            };
            input.Add(line);
            expected.Add((error == "bad_json" ? null : id, error));
        }

        string path = WriteFile("mixed.jsonl", string.Join("\r\n", input) + "\r\n");
        (int exit, string[] lines, _) = Run("parse", "--jsonl", "-j", "3", "--quiet", path);

        Assert.Equal(CliApp.ExitSomeFailed, exit);
        Assert.Equal(input.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            JsonElement record = JsonDocument.Parse(lines[i]).RootElement;
            JsonElement id = record.GetProperty("id");
            Assert.Equal(expected[i].Id, id.ValueKind == JsonValueKind.Null ? null : id.GetString());
            if (expected[i].Error is { } code)
            {
                JsonElement error = record.GetProperty("error");
                Assert.Equal(code, error.GetProperty("code").GetString());
                Assert.Equal(i + 1, error.GetProperty("line").GetInt64());
                Assert.False(record.TryGetProperty("article", out _));
            }
            else
            {
                Assert.Equal(JsonValueKind.Object, record.GetProperty("article").ValueKind);
            }
        }
    }

    [Fact]
    public void All_valid_records_exit_0_and_several_files_are_read_in_the_order_named()
    {
        string a = WriteFile("a.jsonl", "{\"id\":1,\"text\":\"One.\"}\n{\"id\":2,\"text\":\"Two.\"}\n");
        string b = WriteFile("b.jsonl", "{\"id\":3,\"text\":\"Three.\"}");
        (int exit, string[] lines, string error) = Run("parse", "--jsonl", a, b);
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Equal("", error);
        Assert.Equal(["1", "2", "3"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public void An_unreadable_jsonl_file_is_exit_2_and_the_message_names_it()
    {
        string missing = Path.Combine(dir.FullName, "missing.jsonl");
        (int exit, _, string error) = Run("parse", "--jsonl", missing);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    public void Jobs_below_one_is_bad_usage(string jobs) => Assert.Equal(CliApp.ExitUsage, Run("parse", "--jsonl", "-j", jobs).Exit);

    [Fact]
    public void Warnings_go_to_standard_error_naming_file_and_line_and_never_into_the_output_lines()
    {
        string path = WriteFile("quotes.jsonl", "{\"id\":\"ok\",\"text\":\"Fine.\"}\n{\"id\":\"q\",\"text\":\"He said \\\"hello. And left.\"}\n");
        TextWriter originalOut = Console.Out, originalError = Console.Error;
        using var processOut = new StringWriter();
        using var processError = new StringWriter();
        Console.SetOut(processOut);
        Console.SetError(processError);
        (int Exit, string[] Out, string Err) run;
        try
        {
            run = Run("parse", "--jsonl", path);
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }

        Assert.Equal(CliApp.ExitOk, run.Exit);
        Assert.Equal(2, run.Out.Length);
        Assert.All(run.Out, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.GetProperty("article").ValueKind));
        Assert.Equal("", processOut.ToString());
        string log = processError.ToString();
        Assert.Contains("quotes.jsonl:2", log, StringComparison.Ordinal);
        Assert.Contains("Unbalanced quotation mark at offset 8", log, StringComparison.Ordinal);
        Assert.DoesNotContain("quotes.jsonl:1", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_logs_nothing()
    {
        string path = WriteFile("quotes.jsonl", "{\"id\":\"q\",\"text\":\"He said \\\"hello.\"}\n");
        TextWriter originalError = Console.Error;
        using var processError = new StringWriter();
        Console.SetError(processError);
        try
        {
            Assert.Equal(CliApp.ExitOk, Run("parse", "--jsonl", "--quiet", path).Exit);
        }
        finally
        {
            Console.SetError(originalError);
        }

        Assert.Equal("", processError.ToString());
    }

    [Fact]
    public void Html_of_several_files_is_bad_usage_rather_than_two_pages_glued_together()
    {
        (int exit, string[] lines, string error) = Run("parse", "--format", "html", RepoPaths.Seed, RepoPaths.Seed);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Empty(lines);
        Assert.Contains("one page", error, StringComparison.Ordinal);
    }
}

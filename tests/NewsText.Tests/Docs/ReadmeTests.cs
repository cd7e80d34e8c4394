using System.Reflection;
using System.Text.RegularExpressions;
using NewsText.Tests.Support;

namespace NewsText.Tests.Docs;

/// <summary>The README cannot lie: its C# sample is the compiled sample project, and its commands name real paths.</summary>
[Collection(ConsoleCollection.Name)]
public partial class ReadmeTests
{
    private static string Readme => File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [Fact]
    public void Readme_csharp_sample_is_the_compiled_sample_program()
    {
        Match block = CSharpBlock().Match(Readme);
        Assert.True(block.Success, "README.md has no ```csharp block");
        string program = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "NewsText.ReadmeSample", "Program.cs"));
        Assert.Equal(program.ReplaceLineEndings("\n"), block.Groups[1].Value);
    }

    [Fact]
    public void Readme_sample_runs_on_the_seed()
    {
        MethodInfo entry = typeof(NewsText.ReadmeSample.Marker).Assembly.EntryPoint!;
        string[] lines = ConsoleCapture.Run(() => entry.Invoke(null, [new[] { RepoPaths.Seed }])).ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("hi: 13 paragraphs, 19 sentences", lines[0]);
        Assert.Equal("Term by -: उपग्रहों", lines[1]);
        Assert.StartsWith("Speech by दोनों नेताओं: मास्को और बीजिंग", lines[2], StringComparison.Ordinal);
        Assert.Contains("post by @ChinaAmbUN on 2023-01-09", lines);
        Assert.Contains("person Sergey Lavrov (4 mentions)", lines);
        Assert.EndsWith("chars of JSON", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Readme_names_the_two_commands_and_they_exist()
    {
        string readme = Readme;
        Assert.Contains("dotnet run --project src/NewsText.Cli -- parse seeds/000_daa561dc3a615702.txt", readme, StringComparison.Ordinal);
        Assert.Contains("\ndotnet test\n", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "src", "NewsText.Cli", "NewsText.Cli.csproj")));
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(RepoPaths.Root, ".ci", "run")), StringComparison.Ordinal);
    }
}

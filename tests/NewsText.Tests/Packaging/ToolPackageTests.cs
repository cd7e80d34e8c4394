using NewsText.Tests.Support;

namespace NewsText.Tests.Packaging;

/// <summary>
/// The <c>newstext</c> command as users get it: packs src/NewsText.Cli as a dotnet tool into a temporary feed, installs it
/// from there into a tool path (no project reference, no repository files), and runs the installed command on the seed.
/// </summary>
[Collection(PackagingCollection.Name)]
public class ToolPackageTests
{
    [Fact]
    public void Packed_tool_installs_and_parses_the_seed()
    {
        string work = Directory.CreateTempSubdirectory("newstext-tool-").FullName;
        string version = Dotnet.UniqueVersion("tooltest");
        try
        {
            string feed = Path.Combine(work, "feed");
            Dotnet.Pack("NewsText.Cli", feed, version);
            Assert.True(File.Exists(Path.Combine(feed, $"NewsText.Cli.{version}.nupkg")), "no tool package in the feed");

            string tools = Path.Combine(work, "tools");
            Dotnet.Run(work, "dotnet", "tool", "install", "NewsText.Cli", "--version", version, "--tool-path", tools, "--add-source", feed);
            string newstext = Path.Combine(tools, OperatingSystem.IsWindows() ? "newstext.exe" : "newstext");

            string outline = Dotnet.Run(work, newstext, "parse", RepoPaths.Seed).ReplaceLineEndings("\n");
            Assert.StartsWith("Article  language hi · 13 paragraphs", outline, StringComparison.Ordinal);
            Assert.Contains("  speech  “चीन-रूस संबंध", outline, StringComparison.Ordinal);

            string json = Dotnet.Run(1, work, newstext, "parse", "--jsonl", "-j", "2", Path.Combine(RepoPaths.Root, "tests", "NewsText.Tests", "Packaging", "records.jsonl"));
            string[] lines = json.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length); // exit 1: one record failed, the others were parsed
            Assert.StartsWith("{\"id\":\"1\",\"article\":{\"language\":\"en\"", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("{\"id\":null,\"error\":{\"code\":\"bad_json\"", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("{\"id\":\"3\",\"article\":{\"language\":\"hi\"", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            Dotnet.CleanUp(work, version, "NewsText.Cli", "NewsText");
        }
    }
}

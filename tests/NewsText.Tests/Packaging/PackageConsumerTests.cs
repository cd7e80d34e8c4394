using System.Diagnostics;
using NewsText.Tests.Support;

namespace NewsText.Tests.Packaging;

/// <summary>
/// Consumes NewsText the way users do: packs the library into a temporary local feed, creates a fresh console project that
/// references the package by id and version (no project reference), builds and runs it on the seed, and checks its output.
/// Catches missing files, wrong target frameworks and broken dependencies.
/// </summary>
public class PackageConsumerTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public void Packed_package_works_in_a_fresh_consumer_project()
    {
        string work = Directory.CreateTempSubdirectory("newstext-consumer-").FullName;
        try
        {
            string feed = Path.Combine(work, "feed");
            string version = "0.0.0-consumertest." + Guid.NewGuid().ToString("N")[..12]; // unique: never a stale cached package
            Run(RepoPaths.Root, "dotnet", "pack", Path.Combine(RepoPaths.Root, "src", "NewsText", "NewsText.csproj"), "-c", "Release", "-o", feed,
                "-p:MinVerVersionOverride=" + version, "-p:ContinuousIntegrationBuild=false", "-nologo");
            Assert.True(File.Exists(Path.Combine(feed, $"NewsText.{version}.nupkg")), "no package in the feed");

            string consumer = Path.Combine(work, "consumer");
            Directory.CreateDirectory(consumer);
            File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="local-feed" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="NewsText" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
                using NewsText;
                using NewsText.Serialization;

                Article article = ArticleParser.Default.Parse(File.ReadAllText(args[0]));
                Console.WriteLine($"{article.Language} {article.Paragraphs.Count} {article.EmbeddedPosts.Count} {article.Quotes.Count}");
                Console.WriteLine(string.Join(",", article.Entities.Where(e => e.Kind == MentionKind.Person).Select(e => e.Name).Take(2)));
                Console.WriteLine(ArticleJson.Serialize(article).Length > 1000);
                """);
            // Directory.Build.props of the repository must not leak into the consumer: it lives in a temp folder.
            string output = Run(consumer, "dotnet", "run", "--project", Path.Combine(consumer, "Consumer.csproj"), "-c", "Release", "--", RepoPaths.Seed);
            string[] lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["hi 13 2 4", "Sergey Lavrov,Qin Gang", "True"], lines[^3..]);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }

    private static string Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("CI"); // the consumer is a user's project, not this repository's CI build
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in {Timeout}");
        }

        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }
}

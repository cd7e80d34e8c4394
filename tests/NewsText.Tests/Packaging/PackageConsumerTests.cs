using System.IO.Compression;
using System.Xml.Linq;
using NewsText.Tests.Support;

namespace NewsText.Tests.Packaging;

/// <summary>
/// Consumes NewsText the way users do: packs the library into a temporary local feed, creates a fresh console project that
/// references the package by id and version (no project reference), builds and runs it on the seed, and checks its output.
/// Catches missing files, wrong target frameworks and broken dependencies.
/// </summary>
[Collection(PackagingCollection.Name)]
public class PackageConsumerTests
{
    [Fact]
    public void Packed_package_works_in_a_fresh_consumer_project()
    {
        string work = Directory.CreateTempSubdirectory("newstext-consumer-").FullName;
        string version = Dotnet.UniqueVersion("consumertest");
        try
        {
            string feed = Path.Combine(work, "feed");
            Dotnet.Pack("NewsText", feed, version);
            AssertPackageContents(feed, version);

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
            string output = Dotnet.Run(consumer, "dotnet", "run", "--project", Path.Combine(consumer, "Consumer.csproj"), "-c", "Release", "--", RepoPaths.Seed);
            string[] lines = output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(["hi 13 2 4", "Sergey Lavrov,Qin Gang", "True"], lines[^3..]);
        }
        finally
        {
            Dotnet.CleanUp(work, version, "NewsText");
        }
    }

    /// <summary>What the package page and debuggers need: README, licence, XML docs, repository and commit (Source Link), symbols.</summary>
    private static void AssertPackageContents(string feed, string version)
    {
        string nupkg = Path.Combine(feed, $"NewsText.{version}.nupkg");
        Assert.True(File.Exists(nupkg), "no package in the feed");
        using (ZipArchive package = ZipFile.OpenRead(nupkg))
        {
            var files = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            Assert.Contains("README.md", files);
            Assert.Contains("lib/net10.0/NewsText.dll", files);
            Assert.Contains("lib/net10.0/NewsText.xml", files);
            using Stream nuspecStream = package.Entries.Single(e => e.FullName == "NewsText.nuspec").Open();
            XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Meta(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
            XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);
            Assert.Equal(version, Meta("version"));
            Assert.Equal("MIT", Meta("license"));
            Assert.Equal("expression", (string?)Element("license").Attribute("type"));
            Assert.Equal("README.md", Meta("readme"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("description")));
            XElement repository = Element("repository");
            Assert.Equal("git", (string?)repository.Attribute("type"));
            Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? "");
            Assert.Contains(Element("dependencies").Descendants(), d => (string?)d.Attribute("id") == "Microsoft.Extensions.Logging.Abstractions");
            Assert.DoesNotContain(Element("dependencies").Descendants(), d => ((string?)d.Attribute("id"))?.StartsWith("MinVer", StringComparison.Ordinal) == true);
        }

        string snupkg = Path.Combine(feed, $"NewsText.{version}.snupkg");
        Assert.True(File.Exists(snupkg), "no symbol package");
        using ZipArchive symbols = ZipFile.OpenRead(snupkg);
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/NewsText.pdb");
    }
}

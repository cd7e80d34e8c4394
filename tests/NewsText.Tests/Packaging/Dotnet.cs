using System.Diagnostics;
using NewsText.Tests.Support;

namespace NewsText.Tests.Packaging;

/// <summary>The packaging tests build and pack Release outputs of the same projects, so they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "packaging";
}

/// <summary>Runs the .NET CLI (or a tool it installed) as a user would, in a temporary folder of its own.</summary>
internal static class Dotnet
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>A unique version for one test run: a package a previous run left in the global packages folder is never reused.</summary>
    public static string UniqueVersion(string label) => $"0.0.0-{label}.{Guid.NewGuid().ToString("N")[..12]}";

    /// <summary>Runs <paramref name="file"/> and returns its standard output; fails the test on a non-zero exit.</summary>
    public static string Run(string directory, string file, params string[] args) => Run(0, directory, file, args);

    /// <summary>Runs <paramref name="file"/> and returns its standard output; fails the test unless it exits with <paramref name="expectedExit"/>.</summary>
    public static string Run(int expectedExit, string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment.Remove("CI"); // the consumer is a user's project, not this repository's CI build
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in {Timeout}");
        }

        Assert.True(process.ExitCode == expectedExit, $"{file} {string.Join(' ', args)} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    /// <summary>Packs a project of this repository into <paramref name="feed"/> with <paramref name="version"/>.</summary>
    public static void Pack(string project, string feed, string version) =>
        Run(RepoPaths.Root, "dotnet", "pack", Path.Combine(RepoPaths.Root, "src", project, project + ".csproj"), "-c", "Release", "-o", feed,
            "-p:MinVerVersionOverride=" + version, "-p:ContinuousIntegrationBuild=false", "-nologo");

    /// <summary>Removes what a test restored under its unique version from the global packages folder, and the temp folder.</summary>
    public static void CleanUp(string work, string version, params string[] packageIds)
    {
        string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (string folder in packageIds.Select(id => Path.Combine(packages, id.ToLowerInvariant(), version)).Append(work))
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
            catch (IOException)
            {
                // best effort
            }
        }
    }
}

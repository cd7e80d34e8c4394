namespace NewsText.Tests.Support;

/// <summary>Locates repository folders (seeds, README, shared data) from the test's output directory.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsText.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("NewsText.sln not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The repository root (the folder holding NewsText.sln).</summary>
    public static string Root => RootLazy.Value;

    /// <summary>The seeds folder.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The seed document every snapshot test reads.</summary>
    public static string Seed => Path.Combine(Seeds, "000_daa561dc3a615702.txt");

    /// <summary>Every seed file, sorted by name.</summary>
    public static IEnumerable<string> SeedFiles() => Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal);
}

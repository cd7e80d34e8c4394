namespace NewsText.Benchmarks.Corpora;

/// <summary>Finds the repository's seeds folder from wherever BenchmarkDotNet runs the benchmark process.</summary>
internal static class SeedFiles
{
    public static string Seed => Path.Combine(FindSeeds(), "000_daa561dc3a615702.txt");

    public static string FindSeeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "000_daa561dc3a615702.txt")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}

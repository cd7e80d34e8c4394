namespace NewsText.Tests.Support;

/// <summary>Locates the Unicode 16.0.0 data files (read in place, never copied into the repository).</summary>
internal static class UnicodeDataFiles
{
    /// <summary>Environment variable that names the folder; default <c>&lt;repo root&gt;/../shared/unicode</c>.</summary>
    public const string EnvironmentVariable = "NEWSTEXT_UCD_DIR";

    /// <summary>The folder the data files are read from.</summary>
    public static string Folder
    {
        get
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
            return string.IsNullOrWhiteSpace(fromEnvironment)
                ? Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "unicode"))
                : Path.GetFullPath(fromEnvironment);
        }
    }

    /// <summary>The full path of one data file; fails the test (never skips it) when the file is missing.</summary>
    /// <param name="relativePath">Path inside the folder, e.g. <c>auxiliary/WordBreakTest.txt</c>.</param>
    public static string Get(string relativePath)
    {
        string folder = Folder;
        string path = Path.Combine(folder, relativePath);
        if (!File.Exists(path))
        {
            string where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI (CI=true)" : "this machine";
            Assert.Fail(
                $"Unicode data file '{relativePath}' not found in '{folder}' on {where}. " +
                $"Put the Unicode 16.0.0 data files there or set {EnvironmentVariable} to the folder that holds them " +
                "(auxiliary/, emoji/, Scripts.txt, ...).");
        }

        return path;
    }

    /// <summary>The data lines of a UCD property file as (first, last, value), comments removed.</summary>
    /// <param name="relativePath">Path inside the folder.</param>
    /// <param name="field">Which semicolon-separated field after the code points holds the value (0 for most files; 1 for <c>InCB; Linker</c>).</param>
    public static IEnumerable<(int First, int Last, string Value)> ReadProperty(string relativePath, int field = 0)
    {
        foreach (string line in File.ReadLines(Get(relativePath)))
        {
            string data = line.Split('#')[0];
            if (string.IsNullOrWhiteSpace(data))
            {
                continue;
            }

            string[] columns = data.Split(';');
            if (columns.Length <= field + 1)
            {
                continue;
            }

            string[] ends = columns[0].Trim().Split("..");
            int first = Convert.ToInt32(ends[0], 16);
            yield return (first, ends.Length == 2 ? Convert.ToInt32(ends[1], 16) : first, columns[field + 1].Trim());
        }
    }
}

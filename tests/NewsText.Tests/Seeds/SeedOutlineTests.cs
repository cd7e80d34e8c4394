using NewsText.Cli;
using NewsText.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace NewsText.Tests.Seeds;

/// <summary>Snapshot of each seed's outline; a missing snapshot is written by the run, and CI fails on it.</summary>
public class SeedOutlineTests
{
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
    public void Outline_of_seed_matches_reviewed_snapshot(string seed)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Seeds, seed));
        Snapshot.Match(LineOutline.Format(text), SnapshotNameExtension.Create(Path.GetFileNameWithoutExtension(seed)));
    }

    [Fact]
    public void Seed_outline_counts_13_lines_4_English_and_9_Hindi()
    {
        string[] rows = LineOutline.Format(File.ReadAllText(RepoPaths.Seed)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("lines: 13", rows[0]);
        Assert.Equal(new[] { 3, 4, 8, 9 }, rows.Skip(1).Select((r, i) => (r, i)).Where(x => x.r.EndsWith("Latin", StringComparison.Ordinal)).Select(x => x.i + 1));
        Assert.Equal(9, rows.Count(r => r.EndsWith("Devanagari", StringComparison.Ordinal)));
    }
}

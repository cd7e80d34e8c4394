using NewsText.Fuzz;

namespace NewsText.Tests.Fuzz;

/// <summary>
/// Replays the committed fuzz corpus (seeds, inputs AFL++ found interesting, and inputs of fixed bugs) through the same
/// invariant checks the fuzz targets run (fuzz/NewsText.Fuzz/Invariants.cs).
/// </summary>
public class FuzzCorpusTests
{
    private static readonly string CorpusRoot = Path.Combine(AppContext.BaseDirectory, "Fuzz", "Corpus");

    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (string target in Invariants.Targets)
        {
            string dir = Path.Combine(CorpusRoot, target);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
            {
                data.Add(target, Path.GetFileName(file));
            }
        }

        return data;
    }

    [Fact]
    public void Every_target_has_a_non_empty_corpus()
    {
        foreach (string target in Invariants.Targets)
        {
            string dir = Path.Combine(CorpusRoot, target);
            Assert.True(Directory.Exists(dir), $"missing corpus folder {dir}");
            Assert.True(Directory.EnumerateFiles(dir).Count() >= 5, $"corpus folder {dir} has fewer than 5 inputs");
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_keeps_the_invariants(string target, string file)
    {
        byte[] input = File.ReadAllBytes(Path.Combine(CorpusRoot, target, file));
        Invariants.Check(target, input);
    }
}

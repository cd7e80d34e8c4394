using BenchmarkDotNet.Attributes;

namespace NewsText.Benchmarks;

/// <summary>Placeholder until the tokenizer benchmarks land: dominant-script detection over the seed.</summary>
[MemoryDiagnoser]
public class ScriptBenchmarks
{
    private string text = "";

    [GlobalSetup]
    public void Setup() => text = File.ReadAllText(SeedFiles.Seed);

    [Benchmark]
    public Script DominantScript() => ScriptDetector.GetDominantScript(text);
}

using BenchmarkDotNet.Attributes;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;

namespace NewsText.Benchmarks.Tokenizers;

/// <summary>
/// The tokenizer over 1×, 10× and 100× a 100 KB base input (50,000 chars of the shuffled mixed text, up to 10 MB): with linear
/// cost the MB/s column stays flat, and allocation per operation must not grow.
/// </summary>
[Config(typeof(NewsTextBenchmarkConfig))]
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    /// <summary>The base input: 50,000 UTF-16 chars = 100 KB.</summary>
    public const int BaseChars = 50_000;

    private string text = "";

    [Params(1, 10, 100)]
    public int Scale { get; set; } = 1;

    /// <summary>The input length at <paramref name="scale"/>; each input is a prefix of the next (same shuffle).</summary>
    public static int CharsFor(int scale) => BaseChars * scale;

    [GlobalSetup]
    public void Setup()
    {
        text = CorpusBuilder.Build(CorpusLanguage.Mixed, CorpusForm.Shuffled, CharsFor(Scale));
        NewsTextCount.CheckLossless(text);
    }

    [Benchmark]
    public Tally NewsText() => NewsTextCount.Tokens(text);
}

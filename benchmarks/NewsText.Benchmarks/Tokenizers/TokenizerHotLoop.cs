using BenchmarkDotNet.Attributes;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;
using NewsText.Tokenization;

namespace NewsText.Benchmarks.Tokenizers;

/// <summary>
/// The tokenizer's read loop on the primary corpus, with the generated code exported (<c>*-asm.md</c>) for inspection.
/// The loop is written out here rather than called, so <see cref="Tokenizer.Read"/> and what it calls fall within the depth shown.
/// </summary>
[Config(typeof(NewsTextBenchmarkConfig))]
[DisassemblyDiagnoser(maxDepth: 2)]
public class TokenizerHotLoop : IHasCorpus
{
    private string text = "";

    [Params(NamedCorpora.MixedShuffled)]
    public string Corpus { get; set; } = NamedCorpora.MixedShuffled;

    [GlobalSetup]
    public void Setup() => text = NamedCorpora.Get(Corpus);

    [Benchmark]
    public Tally ReadAll()
    {
        var tokenizer = new Tokenizer(text);
        int count = 0;
        long chars = 0;
        while (tokenizer.Read())
        {
            count++;
            chars += tokenizer.Current.Length;
        }

        return new Tally(count, chars);
    }
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;
using NewsText.Benchmarks.Tokenizers;

namespace NewsText.Benchmarks.Parsing;

/// <summary>
/// The parser against the tokenizer on the same 2 M-char shuffled corpora (one article of many paragraphs), in one run:
/// parsing must cost at most 3× tokenizing, and entity recognition at most 2× the tokenizer's time. Allocation per input char
/// is the Allocated column over the corpus size.
/// Measured in the steady state (<see cref="SteadyStateAttribute"/>): with 3 warmups and default tiering the measured iterations
/// still caught the tier-up (mean per iteration falling from 10.2 to 8.8 ms on english-shuffled without entities).
/// </summary>
[Config(typeof(NewsTextBenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
[SteadyState]
public class ParserBenchmarks : IHasCorpus
{
    private static readonly ArticleParser WithoutEntities = new(new ArticleParserOptions { RecognizeEntities = false });
    private string text = "";

    public static IEnumerable<string> CorpusNames => NamedCorpora.Names.Where(n => n.EndsWith("-shuffled", StringComparison.Ordinal));

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = NamedCorpora.MixedShuffled;

    [GlobalSetup]
    public void Setup()
    {
        text = NamedCorpora.Get(Corpus);
        _ = ArticleParser.Default.Parse(text); // lexicon load happens once per process, before measuring
    }

    [Benchmark(Baseline = true)]
    public Tally Tokenize() => NewsTextCount.Tokens(text);

    [Benchmark]
    public int ParseWithoutEntities() => WithoutEntities.Parse(text).Sentences.Count;

    [Benchmark]
    public int Parse() => ArticleParser.Default.Parse(text).Mentions.Count;
}

/// <summary>
/// Whole articles per second: the seed (2,680 chars), parsed end to end; and, in the same run, what the one-off lexicon load
/// (data files to word index, once per process on first use) costs next to it.
/// </summary>
[MemoryDiagnoser]
[SteadyState]
public class SeedParseBenchmarks
{
    private string seed = "";

    [GlobalSetup]
    public void Setup()
    {
        seed = File.ReadAllText(SeedFiles.Seed);
        _ = ArticleParser.Default.Parse(seed);
    }

    [Benchmark]
    public int ParseSeed() => ArticleParser.Default.Parse(seed).Mentions.Count;

    [Benchmark]
    public string ParseSeedToJson() => Serialization.ArticleJson.Serialize(ArticleParser.Default.Parse(seed));

    [Benchmark]
    public int LoadLexicon() => Entities.Lexicon.Load().AliasCount;
}

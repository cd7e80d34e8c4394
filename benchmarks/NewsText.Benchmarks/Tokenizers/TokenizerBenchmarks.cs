using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;
using NewsText.Benchmarks.Peers;

namespace NewsText.Benchmarks.Tokenizers;

/// <summary>
/// NewsText's tokenizer against its peers on the same 2 M-char corpora, in one run. Each operation tokenizes a whole corpus;
/// the MB/s column is its UTF-16 size over the mean time. The peers do less than NewsText (no news rules, and Lucene and the
/// regex drop whitespace), so the figures compare input throughput, not equal work.
/// </summary>
[Config(typeof(NewsTextBenchmarkConfig))]
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class TokenizerBenchmarks : IHasCorpus
{
    private string text = "";
    private LucenePeer? luceneStandard;
    private LucenePeer? luceneUax29;
    private IcuWordBreakPeer? icu;

    public static IEnumerable<string> CorpusNames => NamedCorpora.Names;

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = NamedCorpora.MixedShuffled;

    [GlobalSetup]
    public void Setup()
    {
        text = NamedCorpora.Get(Corpus);
        NewsTextCount.CheckLossless(text);
        luceneStandard = LucenePeer.Standard();
        luceneUax29 = LucenePeer.Uax29UrlEmail();
        icu = new IcuWordBreakPeer();
    }

    [Benchmark(Baseline = true)]
    public Tally NewsText() => NewsTextCount.Tokens(text);

    [Benchmark]
    public Tally LuceneStandard() => luceneStandard!.Count(text);

    [Benchmark]
    public Tally LuceneUax29UrlEmail() => luceneUax29!.Count(text);

    [Benchmark]
    public Tally IcuWordBreakIterator() => icu!.Count(text);

    [Benchmark]
    public Tally GeneratedRegex() => RegexPeer.Count(text);

    [Benchmark]
    public Tally RuneCategoryRuns() => RuneCategoryPeer.Count(text);
}

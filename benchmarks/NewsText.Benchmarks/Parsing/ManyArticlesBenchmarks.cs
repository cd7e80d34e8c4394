using BenchmarkDotNet.Attributes;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;
using NewsText.Benchmarks.Tokenizers;
using NewsText.Entities;
using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Benchmarks.Parsing;

/// <summary>
/// A 1 MB JSON Lines input of seed-sized articles (see <see cref="ArticleStream"/>): tokenizing every article (the baseline),
/// parsing every article with and without entity recognition, and the whole stream through
/// <see cref="ArticleParser.ParseManyAsync"/> (JSON decoding included). The Articles/s column reads
/// <see cref="ArticleStream.Texts"/>; MB/s counts the articles' text as UTF-16, like every other row.
/// </summary>
[Config(typeof(ManyArticlesConfig))]
[MemoryDiagnoser]
[SteadyState]
public class ManyArticlesBenchmarks
{
    /// <summary>The JSON Lines budget in bytes.</summary>
    public const int Bytes = 1_000_000;

    private static readonly ArticleParser WithoutEntities = new(new ArticleParserOptions { RecognizeEntities = false });
    private static readonly Lazy<ArticleStream> Input = new(() => ArticleStream.Build(Bytes));

    /// <summary>The input every case reads.</summary>
    public static ArticleStream Articles => Input.Value;

    [GlobalSetup]
    public void Setup() => _ = ArticleParser.Default.Parse(Articles.Texts[0]); // lexicon load once per process, before measuring

    [Benchmark(Baseline = true)]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (string text in Articles.Texts)
        {
            tokens += NewsTextCount.Tokens(text).Count;
        }

        return tokens;
    }

    /// <summary>
    /// The floor under any lexicon-based recognizer: tokenizing, then looking every word up once in the word index and every
    /// alias start in the lexicon (what <c>RecognitionContext</c> does before the first recognizer runs), and nothing else.
    /// </summary>
    [Benchmark]
    public int TokenizeAndClassifyWords()
    {
        int tokens = 0;
        foreach (string text in Articles.Texts)
        {
            using TokenBuffer buffer = TokenBuffer.Tokenize(text, TokenizerOptions.Default);
            using var context = new RecognitionContext(text, buffer.Memory, [], [], []);
            tokens += context.Tokens.Length;
        }

        return tokens;
    }

    [Benchmark]
    public int ParseEachWithoutEntities()
    {
        int sentences = 0;
        foreach (string text in Articles.Texts)
        {
            sentences += WithoutEntities.Parse(text).Sentences.Count;
        }

        return sentences;
    }

    [Benchmark]
    public int ParseEach()
    {
        int mentions = 0;
        foreach (string text in Articles.Texts)
        {
            mentions += ArticleParser.Default.Parse(text).Mentions.Count;
        }

        return mentions;
    }

    [Benchmark]
    public async Task<int> ParseManyAsync()
    {
        int mentions = 0;
        await foreach (ArticleRecord record in ArticleParser.Default.ParseManyAsync(new MemoryStream(Articles.JsonLines, writable: false)))
        {
            mentions += record.Article!.Mentions.Count;
        }

        return mentions;
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Infrastructure;
using NewsText.Tokenization;

namespace NewsText.Benchmarks.Streaming;

/// <summary>
/// <see cref="TokenReader"/> over the primary corpus as a UTF-8 stream (decoding included) and as a <see cref="TextReader"/>.
/// MB/s is of the text as UTF-16, like the other tables; allocation is per whole input and must not depend on its length.
/// </summary>
[Config(typeof(NewsTextBenchmarkConfig))]
[MemoryDiagnoser]
public class TokenReaderBenchmarks : IHasCorpus
{
    private string text = "";
    private byte[] utf8 = [];

    [Params(NamedCorpora.MixedShuffled)]
    public string Corpus { get; set; } = NamedCorpora.MixedShuffled;

    [GlobalSetup]
    public void Setup()
    {
        text = NamedCorpora.Get(Corpus);
        utf8 = Encoding.UTF8.GetBytes(text);
    }

    [Benchmark(Baseline = true)]
    public Tally Utf8Stream()
    {
        using var stream = new MemoryStream(utf8, writable: false);
        using var reader = new TokenReader(stream);
        return Drain(reader);
    }

    [Benchmark]
    public Tally StringReader()
    {
        using var source = new StringReader(text);
        using var reader = new TokenReader(source);
        return Drain(reader);
    }

    internal static Tally Drain(TokenReader reader)
    {
        int count = 0;
        long chars = 0;
        while (reader.Read())
        {
            count++;
            chars += reader.Current.Length;
        }

        return new Tally(count, chars);
    }
}

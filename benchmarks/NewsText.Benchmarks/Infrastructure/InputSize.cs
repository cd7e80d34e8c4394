using BenchmarkDotNet.Running;
using NewsText.Benchmarks.Corpora;
using NewsText.Benchmarks.Parsing;
using NewsText.Benchmarks.Tokenizers;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>How many UTF-16 chars one operation of a benchmark case reads, from its parameters (or its class, for the many-articles input).</summary>
internal static class InputSize
{
    /// <summary>The chars per operation, or <see langword="null"/> when the case has no input-size parameter.</summary>
    public static long? CharsPerOperation(BenchmarkCase benchmarkCase)
    {
        if (benchmarkCase.Descriptor.Type == typeof(ManyArticlesBenchmarks))
        {
            return ManyArticlesBenchmarks.Articles.Chars;
        }

        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            switch (parameter.Name, parameter.Value)
            {
                case (nameof(IHasCorpus.Corpus), string corpus):
                    return NamedCorpora.Get(corpus).Length;
                case (nameof(ScalingBenchmarks.Scale), int scale):
                    return ScalingBenchmarks.CharsFor(scale);
            }
        }

        return null;
    }
}

using BenchmarkDotNet.Configs;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>The MB/s and Articles/s columns for <see cref="Parsing.ManyArticlesBenchmarks"/>; job settings come from the command line.</summary>
public sealed class ManyArticlesConfig : ManualConfig
{
    public ManyArticlesConfig()
    {
        AddColumn(new ThroughputColumn(), new ArticlesPerSecondColumn());
    }
}

using BenchmarkDotNet.Configs;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>Adds the MB/s column and orders corpora shuffled-first; job settings come from the command line (see <c>benchmarks/run.sh</c>).</summary>
public sealed class NewsTextBenchmarkConfig : ManualConfig
{
    public NewsTextBenchmarkConfig()
    {
        AddColumn(new ThroughputColumn());
        Orderer = new CorpusOrderer();
    }
}

using System.Collections.Immutable;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Order;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NewsText.Benchmarks.Corpora;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>
/// BenchmarkDotNet's default order, except that corpora follow <see cref="NamedCorpora.Names"/> (shuffled, the primary figures,
/// first) instead of the alphabet, both when running and in the tables.
/// </summary>
internal sealed class CorpusOrderer : IOrderer
{
    private static readonly IOrderer Default = DefaultOrderer.Instance;
    private static readonly string[] Names = NamedCorpora.Names.ToArray();

    public bool SeparateLogicalGroups => Default.SeparateLogicalGroups;

    public IEnumerable<BenchmarkCase> GetExecutionOrder(ImmutableArray<BenchmarkCase> benchmarksCase, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        Default.GetExecutionOrder(benchmarksCase, order).OrderBy(Rank);

    public IEnumerable<BenchmarkCase> GetSummaryOrder(ImmutableArray<BenchmarkCase> benchmarksCases, Summary summary) =>
        Default.GetSummaryOrder(benchmarksCases, summary).OrderBy(Rank);

    public string? GetHighlightGroupKey(BenchmarkCase benchmarkCase) => Default.GetHighlightGroupKey(benchmarkCase);

    public string? GetLogicalGroupKey(ImmutableArray<BenchmarkCase> allBenchmarksCases, BenchmarkCase benchmarkCase) =>
        Default.GetLogicalGroupKey(allBenchmarksCases, benchmarkCase);

    public IEnumerable<IGrouping<string, BenchmarkCase>> GetLogicalGroupOrder(IEnumerable<IGrouping<string, BenchmarkCase>> logicalGroups, IEnumerable<BenchmarkLogicalGroupRule>? order = null) =>
        Default.GetLogicalGroupOrder(logicalGroups, order).OrderBy(g => g.Select(Rank).DefaultIfEmpty().Min());

    /// <summary>The corpus's place in <see cref="NamedCorpora.Names"/>; 0 for a case without one (OrderBy is stable).</summary>
    private static int Rank(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(IHasCorpus.Corpus))?.Value is string corpus
            ? Math.Max(0, Array.IndexOf(Names, corpus))
            : 0;
}

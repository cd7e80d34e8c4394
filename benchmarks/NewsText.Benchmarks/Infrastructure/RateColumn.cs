using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>A rate column: an amount of input per operation (from the case) over the mean time per operation.</summary>
internal abstract class RateColumn(string name, string legend) : IColumn
{
    public string Id => GetType().Name;

    public string ColumnName => name;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        double? amount = AmountPerOperation(benchmarkCase);
        return meanNs is > 0 && amount is not null
            ? (amount.Value / meanNs.Value * 1e9).ToString("N1", CultureInfo.InvariantCulture)
            : "NA";
    }

    public override string ToString() => ColumnName;

    /// <summary>What one operation of <paramref name="benchmarkCase"/> processes, or <see langword="null"/> when unknown.</summary>
    protected abstract double? AmountPerOperation(BenchmarkCase benchmarkCase);
}

/// <summary>Throughput of the input as UTF-16 (2 bytes per char, 1 MB = 10^6 bytes), from the mean time per operation.</summary>
internal sealed class ThroughputColumn() : RateColumn(
    "MB/s", "Throughput: input size as UTF-16 (2 bytes per char) / mean time per operation, in 10^6 bytes per second")
{
    protected override double? AmountPerOperation(BenchmarkCase benchmarkCase) =>
        InputSize.CharsPerOperation(benchmarkCase) is long chars ? 2.0 * chars / 1e6 : null;
}

/// <summary>Whole articles per second, for cases that read <see cref="Parsing.ManyArticlesBenchmarks.Articles"/>.</summary>
internal sealed class ArticlesPerSecondColumn() : RateColumn("Articles/s", "Articles parsed (or tokenized) per second")
{
    protected override double? AmountPerOperation(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Descriptor.Type == typeof(Parsing.ManyArticlesBenchmarks) ? Parsing.ManyArticlesBenchmarks.Articles.Texts.Count : null;
}

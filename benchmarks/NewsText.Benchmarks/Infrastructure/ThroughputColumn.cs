using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>Throughput of the input as UTF-16 (2 bytes per char, 1 MB = 10^6 bytes), from the mean time per operation.</summary>
internal sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: input size as UTF-16 (2 bytes per char) / mean time per operation, in 10^6 bytes per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        long? chars = InputSize.CharsPerOperation(benchmarkCase);
        if (meanNs is not > 0 || chars is null)
        {
            return "NA";
        }

        // bytes / ns × 10^9 = bytes/s; / 10^6 = MB/s.
        double mbPerSecond = 2.0 * chars.Value / meanNs.Value * 1000.0;
        return mbPerSecond.ToString("N1", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}

using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;

namespace NewsText.Benchmarks.Infrastructure;

/// <summary>
/// For the parser's benchmarks: 25 warmup iterations (whatever the command line says) and tier-1 code reached before they end.
/// Each parser stage runs one long loop per article, which tiered JIT moves from tier 0 through on-stack replacement to tier-1
/// code; the runtime holds every promotion back while new methods are still being compiled (<c>TC_CallCountingDelayMs</c>,
/// 100 ms, restarted by each new compile), and the entity stage has enough methods that on this machine the parse of the
/// 1 MB many-articles input was still 44 ms after 217 operations against 15 ms once tiered up (about 100 K article parses
/// later). Setting the delay to 0 changes when methods are promoted, not the code they are promoted to, so the figures are
/// the steady state a long-running process reaches. The measured iterations show no trend either way.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SteadyStateAttribute() : JobMutatorConfigBaseAttribute(
    Job.Default
        .WithWarmupCount(25)
        .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0")));

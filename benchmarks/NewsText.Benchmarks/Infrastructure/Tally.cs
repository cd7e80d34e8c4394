namespace NewsText.Benchmarks.Infrastructure;

/// <summary>What a benchmark counted: returned so the JIT cannot drop the work, and handy for checking peers against each other.</summary>
/// <param name="Count">Tokens, matches, runs or boundaries.</param>
/// <param name="Chars">The summed lengths of what was counted.</param>
public readonly record struct Tally(int Count, long Chars);

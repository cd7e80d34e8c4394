namespace NewsText.Benchmarks.Corpora;

/// <summary>
/// A tiny seeded pseudo-random generator (SplitMix64). Written out here rather than using <see cref="Random"/> so the corpora
/// are byte-for-byte the same on every runtime version, which keeps figures from different machines comparable.
/// </summary>
internal struct SplitMix64(ulong seed)
{
    private ulong state = seed;

    /// <summary>A uniformly distributed integer in [0, <paramref name="bound"/>).</summary>
    public int Next(int bound)
    {
        state += 0x9E3779B97F4A7C15UL;
        ulong z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(((z >> 32) * (ulong)bound) >> 32);
    }

    /// <summary>Fisher–Yates shuffle in place.</summary>
    public void Shuffle<T>(T[] items)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}

using System.Buffers;

namespace NewsText.Entities;

/// <summary>
/// A growable list of candidates in arrays rented from <see cref="ArrayPool{T}"/>: an article's tens of thousands of candidates
/// pass through several lists per parse, and pooling keeps them off the large-object heap. Dispose returns the array
/// (cleared, since candidates hold references).
/// </summary>
internal sealed class CandidateList : IDisposable
{
    private Candidate[] items;

    public CandidateList(int capacity) => items = ArrayPool<Candidate>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    /// <summary>The candidate at <paramref name="index"/>.</summary>
    public ref readonly Candidate this[int index] => ref AsSpan()[index];

    public void Add(in Candidate candidate)
    {
        if (Count == items.Length)
        {
            Candidate[] bigger = ArrayPool<Candidate>.Shared.Rent(items.Length * 2);
            AsSpan().CopyTo(bigger);
            ArrayPool<Candidate>.Shared.Return(items, clearArray: true);
            items = bigger;
        }

        items[Count++] = candidate;
    }

    public ReadOnlySpan<Candidate> AsSpan() => items.AsSpan(0, Count);

    public void Dispose()
    {
        if (items.Length > 0)
        {
            ArrayPool<Candidate>.Shared.Return(items, clearArray: true);
            items = [];
            Count = 0;
        }
    }
}

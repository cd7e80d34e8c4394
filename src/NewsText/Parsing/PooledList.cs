using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsText.Parsing;

/// <summary>
/// A growable list in arrays rented from <see cref="ArrayPool{T}"/>, for the per-parse working lists (paragraph ranges, sentences, entity
/// candidates) that run to tens of thousands of items on a long article: pooling keeps them off the large-object heap, whose
/// allocations trigger full collections. Dispose returns the array (cleared when <typeparamref name="T"/> holds references).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items;

    public PooledList(int capacity) => items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    public int Count { get; private set; }

    /// <summary>The item at <paramref name="index"/>.</summary>
    public ref readonly T this[int index] => ref AsSpan()[index];

    public void Add(in T item)
    {
        if (Count == items.Length)
        {
            T[] bigger = ArrayPool<T>.Shared.Rent(items.Length * 2);
            AsSpan().CopyTo(bigger);
            ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            items = bigger;
        }

        items[Count++] = item;
    }

    public ReadOnlySpan<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>Enumerates the items in order (<c>foreach</c>).</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => AsSpan().GetEnumerator();

    public void Dispose()
    {
        if (items.Length > 0)
        {
            ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            items = [];
            Count = 0;
        }
    }
}

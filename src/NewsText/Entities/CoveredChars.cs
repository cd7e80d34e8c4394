using System.Buffers;

namespace NewsText.Entities;

/// <summary>
/// Which chars of a text accepted mentions cover: one bit per char, tested and set a word at a time, in a pooled array that
/// Dispose returns.
/// </summary>
internal sealed class CoveredChars : IDisposable
{
    private ulong[] bits;

    public CoveredChars(int length)
    {
        Length = length;
        bits = ArrayPool<ulong>.Shared.Rent((length + 63) >> 6);
        bits.AsSpan(0, (length + 63) >> 6).Clear();
    }

    /// <summary>The text's length in chars.</summary>
    public int Length { get; }

    /// <summary>Whether char <paramref name="index"/> is covered.</summary>
    public bool this[int index] => (uint)index < (uint)Length && (bits[index >> 6] & (1UL << index)) != 0;

    /// <summary>Whether any char of <paramref name="span"/> is covered.</summary>
    public bool Any(TextSpan span)
    {
        for (int i = span.Start; i < span.End; i = (i | 63) + 1)
        {
            if ((bits[i >> 6] & Mask(i, span.End)) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Covers every char of <paramref name="span"/>.</summary>
    public void Add(TextSpan span)
    {
        for (int i = span.Start; i < span.End; i = (i | 63) + 1)
        {
            bits[i >> 6] |= Mask(i, span.End);
        }
    }

    public void Dispose()
    {
        if (bits.Length > 0)
        {
            ArrayPool<ulong>.Shared.Return(bits);
            bits = [];
        }
    }

    // The bits of word i >> 6 from char i up to (not including) end or the word's end.
    private static ulong Mask(int i, int end)
    {
        int from = i & 63;
        int to = Math.Min(end - (i & ~63), 64);
        ulong upper = to == 64 ? ulong.MaxValue : (1UL << to) - 1;
        return upper & (ulong.MaxValue << from);
    }
}

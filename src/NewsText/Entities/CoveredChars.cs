namespace NewsText.Entities;

/// <summary>Which chars of a text accepted mentions cover: one bit per char, tested and set a word at a time.</summary>
internal sealed class CoveredChars
{
    private readonly ulong[] bits;

    public CoveredChars(int length) => bits = new ulong[(length + 63) >> 6];

    /// <summary>Whether char <paramref name="index"/> is covered.</summary>
    public bool this[int index] => (uint)(index >> 6) < (uint)bits.Length && (bits[index >> 6] & (1UL << index)) != 0;

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

    // The bits of word i >> 6 from char i up to (not including) end or the word's end.
    private static ulong Mask(int i, int end)
    {
        int from = i & 63;
        int to = Math.Min(end - (i & ~63), 64);
        ulong upper = to == 64 ? ulong.MaxValue : (1UL << to) - 1;
        return upper & (ulong.MaxValue << from);
    }
}

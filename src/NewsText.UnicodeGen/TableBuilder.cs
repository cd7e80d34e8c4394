using System.Text;

namespace NewsText.UnicodeGen;

/// <summary>A three-stage lookup table over the whole code space, chosen to be as small as possible.</summary>
/// <remarks>
/// value(cp) = Values[(Index2[(Index1[cp &gt;&gt; (Shift1 + Shift2)] &lt;&lt; Shift2) | ((cp &gt;&gt; Shift1) &amp; Mask2)] &lt;&lt; Shift1) | (cp &amp; Mask1)].
/// Identical blocks are stored once at each stage.
/// </remarks>
internal sealed class TableBuilder
{
    private TableBuilder(int shift1, int shift2, int[] index1, int[] index2, byte[] values)
    {
        Shift1 = shift1;
        Shift2 = shift2;
        Index1 = index1;
        Index2 = index2;
        Values = values;
    }

    public int Shift1 { get; }

    public int Shift2 { get; }

    public int[] Index1 { get; }

    public int[] Index2 { get; }

    public byte[] Values { get; }

    public int Index1ElementSize => ElementSize(Index1);

    public int Index2ElementSize => ElementSize(Index2);

    /// <summary>Total bytes of the three arrays as emitted.</summary>
    public int TotalBytes => (Index1.Length * Index1ElementSize) + (Index2.Length * Index2ElementSize) + Values.Length;

    /// <summary>Tries every pair of block sizes and keeps the smallest table.</summary>
    public static TableBuilder Build(byte[] perCodePoint)
    {
        TableBuilder? best = null;
        for (int shift1 = 4; shift1 <= 9; shift1++)
        {
            (int[] blocksOfValues, int[] values) = Deduplicate(Array.ConvertAll(perCodePoint, b => (int)b), 1 << shift1);
            for (int shift2 = 2; shift2 <= 8 && shift1 + shift2 <= 16; shift2++)
            {
                (int[] index1, int[] index2) = Deduplicate(blocksOfValues, 1 << shift2);
                var candidate = new TableBuilder(shift1, shift2, index1, index2, Array.ConvertAll(values, v => (byte)v));
                if (best is null || candidate.TotalBytes < best.TotalBytes)
                {
                    best = candidate;
                }
            }
        }

        return best!;
    }

    /// <summary>Checks that the table gives back every input value.</summary>
    public void Verify(byte[] perCodePoint)
    {
        int mask1 = (1 << Shift1) - 1, mask2 = (1 << Shift2) - 1;
        for (int cp = 0; cp < perCodePoint.Length; cp++)
        {
            int block = Index2[(Index1[cp >> (Shift1 + Shift2)] << Shift2) | ((cp >> Shift1) & mask2)];
            if (Values[(block << Shift1) | (cp & mask1)] != perCodePoint[cp])
            {
                throw new InvalidOperationException($"Table does not round-trip at U+{cp:X4}.");
            }
        }
    }

    /// <summary>Splits <paramref name="data"/> into blocks of <paramref name="blockSize"/> and stores each distinct block once.</summary>
    /// <returns>For each block, the number of its distinct copy; and the distinct blocks concatenated.</returns>
    private static (int[] BlockNumbers, int[] Distinct) Deduplicate(int[] data, int blockSize)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbers = new int[data.Length / blockSize];
        var distinct = new List<int>();
        var key = new StringBuilder();
        for (int b = 0; b < numbers.Length; b++)
        {
            ReadOnlySpan<int> block = data.AsSpan(b * blockSize, blockSize);
            key.Clear();
            foreach (int v in block)
            {
                key.Append((char)v).Append((char)(v >> 16));
            }

            string k = key.ToString();
            if (!seen.TryGetValue(k, out int n))
            {
                n = seen.Count;
                seen.Add(k, n);
                distinct.AddRange(block);
            }

            numbers[b] = n;
        }

        return (numbers, distinct.ToArray());
    }

    private static int ElementSize(int[] a) => a.Max() <= byte.MaxValue ? 1 : 2;
}

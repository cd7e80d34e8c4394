using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Every word the entity recognizers know, in one open-addressing hash table keyed by the folded word (<see cref="TextFolding"/>):
/// the lexicon aliases that start with it and the <see cref="WordClass"/> lists that hold it, with their values. A token is folded
/// and hashed in one pass and looked up once per article (<see cref="Classify"/>); the recognizers then test bits. Word id 0 means
/// "not a known word", so unknown words cost one probe of an empty slot and answer every question with a zero.
/// </summary>
internal sealed class WordIndex
{
    /// <summary>The id of every word the index does not hold.</summary>
    public const int Unknown = 0;

    private static readonly int ClassCount = Enum.GetValues<WordClass>().Length;

    private readonly int[] slots; // word id, or 0 for an empty slot
    private readonly uint[] slotHashes;
    private readonly int mask;
    private readonly string[] keys; // by word id; keys[0] is unused
    private readonly Vector128<ushort>[] shortKeys; // by word id: keys of up to 8 chars, zero-padded (folded chars are never zero)
    private readonly ulong[] classes; // by word id; classes[0] == 0
    private readonly byte[] values; // by word id × class
    private readonly LexiconAlias[]?[] aliases; // by word id: the aliases that start with the word, longest first

    /// <summary>Builds the index from the closed word lists and the lexicon's aliases by folded first word.</summary>
    public WordIndex(IEnumerable<WordTable> tables, IEnumerable<KeyValuePair<string, LexiconAlias[]>> aliasesByFirstWord)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyList = new List<string> { string.Empty };
        var classList = new List<ulong> { 0 };
        byte[] noValues = new byte[ClassCount];
        var valueList = new List<byte>(noValues);
        var aliasList = new List<LexiconAlias[]?> { null };

        int IdOf(string folded)
        {
            if (!ids.TryGetValue(folded, out int id))
            {
                id = ids[folded] = keyList.Count;
                keyList.Add(folded);
                classList.Add(0);
                valueList.AddRange(noValues);
                aliasList.Add(null);
            }

            return id;
        }

        foreach (WordTable table in tables)
        {
            foreach ((string word, int value) in table.Words)
            {
                int id = IdOf(TextFolding.Fold(word));
                classList[id] |= 1UL << (int)table.Class;
                valueList[(id * ClassCount) + (int)table.Class] = checked((byte)value);
            }
        }

        foreach ((string folded, LexiconAlias[] list) in aliasesByFirstWord)
        {
            aliasList[IdOf(folded)] = list;
            foreach (LexiconAlias alias in list)
            {
                // Later words of an alias by id too, so matching them is one compare with the token's id.
                int[] wordIds = new int[alias.Folded.Length];
                for (int k = 1; k < wordIds.Length; k++)
                {
                    wordIds[k] = alias.Classified[k] && alias.Folded[k].Length is > 0 and <= TextFolding.MaxWordLength ? IdOf(alias.Folded[k]) : Unknown;
                }

                alias.WordIds = wordIds;
            }
        }

        keys = [.. keyList];
        shortKeys = new Vector128<ushort>[keys.Length];
        for (int id = 1; id < keys.Length; id++)
        {
            shortKeys[id] = keys[id].Length <= ShortLength ? Pad(keys[id]) : default;
        }

        classes = [.. classList];
        values = [.. valueList];
        aliases = [.. aliasList];
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 4)); // ≤ 25% full: a miss is one probe
        slots = new int[capacity];
        slotHashes = new uint[capacity];
        mask = capacity - 1;
        for (int id = 1; id < keys.Length; id++)
        {
            uint hash = HashFolded(keys[id]);
            int slot = (int)(hash & (uint)mask);
            while (slots[slot] != Unknown)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = id;
            slotHashes[slot] = hash;
        }
    }

    /// <summary>How many distinct folded words the index holds.</summary>
    public int Count => keys.Length - 1;

    /// <summary>The id of <paramref name="word"/> (folded), or <see cref="Unknown"/>.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > TextFolding.MaxWordLength)
        {
            return Unknown;
        }

        Span<char> folded = stackalloc char[TextFolding.MaxWordLength];
        int n = TextFolding.Fold(word, folded);
        return n == 0 ? Unknown : FindFolded(folded[..n]);
    }

    /// <summary>
    /// The id of the word <paramref name="length"/> chars long at <paramref name="start"/> of <paramref name="text"/>. Words of up
    /// to eight chars that need no more folding than ASCII lower-casing (nearly all of them) are read as one vector: masked,
    /// lower-cased, hashed and compared without a per-char loop. The rest fold char by char.
    /// </summary>
    public int Find(ReadOnlySpan<char> text, int start, int length)
    {
        if (length <= ShortLength && start + ShortLength <= text.Length)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            Vector128<ushort> v = Vector128.LoadUnsafe(ref first, (nuint)start) & LengthMasks[length];
            if (TryFoldSimple(ref v))
            {
                return FindShort(v);
            }
        }

        return Find(text.Slice(start, length));
    }

    private int FindFolded(ReadOnlySpan<char> folded)
    {
        if (folded.Length <= ShortLength)
        {
            return FindShort(Pad(folded));
        }

        uint hash = HashFolded(folded);
        int slot = (int)(hash & (uint)mask);
        int id;
        while ((id = slots[slot]) != Unknown)
        {
            if (slotHashes[slot] == hash && folded.SequenceEqual(keys[id]))
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        return Unknown;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int FindShort(Vector128<ushort> folded)
    {
        uint hash = HashShort(folded);
        int slot = (int)(hash & (uint)mask);
        int id;
        while ((id = slots[slot]) != Unknown)
        {
            if (slotHashes[slot] == hash && shortKeys[id] == folded)
            {
                return id;
            }

            slot = (slot + 1) & mask;
        }

        return Unknown;
    }

    /// <summary>
    /// Writes the word id of every token to <paramref name="ids"/>: words and symbols are looked up, every other kind is
    /// <see cref="Unknown"/> (no list or alias starts with a number, punctuation or a handle).
    /// </summary>
    public void Classify(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            ids[i] = IdOf(text, tokens[i]);
        }
    }

    /// <summary>
    /// The word id of one token: words and symbols are looked up, every other kind is <see cref="Unknown"/>. A possessive the
    /// index does not hold is its stem's word (<c>Court's</c> is <c>Court</c>, <c>Council’s</c> is <c>Council</c>), so heads, titles
    /// and lexicon phrases read through it; the extractor leaves the <c>'s</c> out of every name's span.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdOf(ReadOnlySpan<char> text, Token token)
    {
        if (token.Kind is not (TokenKind.Word or TokenKind.Symbol) || token.Length > TextFolding.MaxWordLength)
        {
            return Unknown;
        }

        int id = Find(text, (int)token.Start, token.Length);
        return id == Unknown && token.Length > 3 && text[(int)token.End - 1] == 's' && text[(int)token.End - 2] is '\'' or '\u2019'
            ? Find(text, (int)token.Start, token.Length - 2)
            : id;
    }

    /// <summary>Whether word <paramref name="id"/> is in the list of <paramref name="wordClass"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int id, WordClass wordClass) => (classes[id] & (1UL << (int)wordClass)) != 0;

    /// <summary>Whether word <paramref name="id"/> is in the list of <paramref name="wordClass"/>, and its value there.</summary>
    public bool TryGet(int id, WordClass wordClass, out int value)
    {
        value = values[(id * ClassCount) + (int)wordClass];
        return Has(id, wordClass);
    }

    /// <summary>Every list word <paramref name="id"/> is in, as a bit mask of <see cref="WordClass"/> values.</summary>
    public ulong Classes(int id) => classes[id];

    /// <summary>The lexicon aliases that start with word <paramref name="id"/>, longest first, or <see langword="null"/>.</summary>
    public LexiconAlias[]? AliasesStartingWith(int id) => aliases[id];

    private const int ShortLength = 8;

    // LengthMasks[n] keeps the first n chars of a vector.
    private static readonly Vector128<ushort>[] LengthMasks = BuildLengthMasks();

    private static Vector128<ushort>[] BuildLengthMasks()
    {
        var masks = new Vector128<ushort>[ShortLength + 1];
        Span<ushort> lanes = stackalloc ushort[ShortLength];
        for (int n = 0; n <= ShortLength; n++)
        {
            lanes.Clear();
            lanes[..n].Fill(ushort.MaxValue);
            masks[n] = Vector128.Create<ushort>(lanes);
        }

        return masks;
    }

    /// <summary>
    /// Folds a zero-padded vector in place when every char is ASCII or a Devanagari char that folds to itself (the
    /// <see cref="TextFolding"/> rules then reduce to lower-casing A–Z); otherwise leaves it and returns false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool TryFoldSimple(ref Vector128<ushort> v)
    {
        Vector128<ushort> ascii = Vector128.LessThan(v, Vector128.Create((ushort)0x80));
        Vector128<ushort> devanagari = Vector128.LessThan(v - Vector128.Create((ushort)0x0900), Vector128.Create((ushort)0x80));
        Vector128<ushort> special = Vector128.Equals(v, Vector128.Create((ushort)0x0901)) | Vector128.Equals(v, Vector128.Create((ushort)0x093C))
            | Vector128.LessThan(v - Vector128.Create((ushort)0x0958), Vector128.Create((ushort)8));
        if (!Vector128.EqualsAll(Vector128.AndNot(ascii | devanagari, special), Vector128<ushort>.AllBitsSet))
        {
            return false;
        }

        Vector128<ushort> upper = Vector128.LessThan(v - Vector128.Create((ushort)'A'), Vector128.Create((ushort)26));
        v |= upper & Vector128.Create((ushort)0x20);
        return true;
    }

    private static Vector128<ushort> Pad(ReadOnlySpan<char> folded)
    {
        Span<ushort> lanes = stackalloc ushort[ShortLength];
        lanes.Clear();
        MemoryMarshal.Cast<char, ushort>(folded).CopyTo(lanes);
        return Vector128.Create<ushort>(lanes);
    }

    private static uint HashFolded(ReadOnlySpan<char> folded)
    {
        if (folded.Length <= ShortLength)
        {
            return HashShort(Pad(folded));
        }

        uint hash = (uint)folded.Length;
        foreach (char c in folded)
        {
            hash = BitOperations.RotateLeft(hash, 5) ^ c;
        }

        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint HashShort(Vector128<ushort> folded)
    {
        Vector128<ulong> halves = folded.AsUInt64();
        ulong h = (halves.GetElement(0) * 0x9E3779B97F4A7C15UL) ^ (halves.GetElement(1) * 0xC2B2AE3D27D4EB4FUL);
        return Mix((uint)(h ^ (h >> 32)));
    }

    private static uint Mix(uint hash)
    {
        hash *= 0x9E3779B1;
        return hash ^ (hash >> 16);
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
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
    private readonly ulong[] classes; // by word id; classes[0] == 0
    private readonly byte[] values; // by word id × class
    private readonly LexiconAlias[]?[] aliases; // by word id: the aliases that start with the word, longest first

    /// <summary>Builds the index from the closed word lists and the lexicon's aliases by folded first word.</summary>
    public WordIndex(IEnumerable<WordTable> tables, IEnumerable<KeyValuePair<string, LexiconAlias[]>> aliasesByFirstWord)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyList = new List<string> { string.Empty };
        var classList = new List<ulong> { 0 };
        var valueList = new List<byte>(new byte[ClassCount]);
        var aliasList = new List<LexiconAlias[]?> { null };

        int IdOf(string folded)
        {
            if (!ids.TryGetValue(folded, out int id))
            {
                id = ids[folded] = keyList.Count;
                keyList.Add(folded);
                classList.Add(0);
                valueList.AddRange(new byte[ClassCount]);
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
        }

        keys = [.. keyList];
        classes = [.. classList];
        values = [.. valueList];
        aliases = [.. aliasList];
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 4)); // ≤ 25% full: a miss is one probe
        slots = new int[capacity];
        slotHashes = new uint[capacity];
        mask = capacity - 1;
        for (int id = 1; id < keys.Length; id++)
        {
            uint hash = Hash(keys[id], out _);
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

        uint hash = Hash(word, out int foldedLength);
        int slot = (int)(hash & (uint)mask);
        int id;
        while ((id = slots[slot]) != Unknown)
        {
            if (slotHashes[slot] == hash && keys[id].Length == foldedLength && FoldedEquals(word, keys[id]))
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

    /// <summary>The word id of one token: words and symbols are looked up, every other kind is <see cref="Unknown"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IdOf(ReadOnlySpan<char> text, Token token) =>
        token.Kind is TokenKind.Word or TokenKind.Symbol ? Find(text.Slice((int)token.Start, token.Length)) : Unknown;

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

    // FNV-1a over the folded chars, with a final mix so the low bits (the slot) depend on every char.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word, out int foldedLength)
    {
        uint hash = 2166136261;
        int n = 0;
        foreach (char c in word)
        {
            char f = TextFolding.FoldChar(c);
            if (f != '\0')
            {
                hash = (hash ^ f) * 16777619;
                n++;
            }
        }

        foldedLength = n;
        return hash ^ (hash >> 15);
    }

    private static bool FoldedEquals(ReadOnlySpan<char> word, string key)
    {
        int k = 0;
        foreach (char c in word)
        {
            char f = TextFolding.FoldChar(c);
            if (f != '\0' && (k >= key.Length || key[k++] != f))
            {
                return false;
            }
        }

        return k == key.Length;
    }
}

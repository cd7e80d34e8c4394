namespace NewsText.Entities;

/// <summary>
/// One closed word list: its words (as written) with a small value each, and its <see cref="WordClass"/>. Lookups go through the
/// lexicon's <see cref="WordIndex"/>, which folds the word once and answers for every list at the same time.
/// </summary>
internal sealed class WordTable
{
    private WordTable(WordClass wordClass, KeyValuePair<string, int>[] words)
    {
        Class = wordClass;
        Words = words;
    }

    /// <summary>Which list this is.</summary>
    public WordClass Class { get; }

    /// <summary>The words as written and their values (each below 256).</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Words { get; }

    /// <summary>A table whose words map to the values given.</summary>
    public static WordTable FromPairs(WordClass wordClass, params KeyValuePair<string, int>[] words) => new(wordClass, words);

    /// <summary>A table where each group of words (separated by '|') maps to its index in <paramref name="groups"/>, plus <paramref name="offset"/>.</summary>
    public static WordTable FromGroups(WordClass wordClass, int offset, params string[] groups)
    {
        var list = new List<KeyValuePair<string, int>>();
        for (int i = 0; i < groups.Length; i++)
        {
            foreach (string w in groups[i].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add(new(w, i + offset));
            }
        }

        return new WordTable(wordClass, [.. list]);
    }

    /// <summary>Looks a word that is not a token of a <see cref="TokenView"/> up (a possessive's stem, tests).</summary>
    public bool TryGet(ReadOnlySpan<char> word, out int value)
    {
        WordIndex index = Lexicon.Default.Words;
        return index.TryGet(index.Find(word), Class, out value);
    }

    /// <summary>Whether the table holds the word.</summary>
    public bool Contains(ReadOnlySpan<char> word) => TryGet(word, out _);
}

namespace NewsText.Entities;

/// <summary>One way the text may name a lexicon entry: its words as written, folded for lookup, and which are acronyms.</summary>
internal sealed class LexiconAlias
{
    public LexiconAlias(LexiconEntry entry, AliasRole role, bool weak, string[] original, bool[] classified)
    {
        Entry = entry;
        Role = role;
        Weak = weak;
        Original = original;
        Classified = classified;
        Folded = original.Select(TextFolding.Fold).ToArray();
        Acronym = original.Select(IsAcronym).ToArray();
    }

    public LexiconEntry Entry { get; set; }

    public AliasRole Role { get; }

    public bool Weak { get; }

    public string[] Original { get; }

    public string[] Folded { get; }

    public bool[] Acronym { get; }

    /// <summary>Which words are word or symbol tokens, the kinds a <see cref="WordIndex"/> classifies.</summary>
    public bool[] Classified { get; }

    /// <summary>
    /// The <see cref="WordIndex"/> id of each word after the first that the index classifies (0 for the first word and for
    /// punctuation such as the dash of <c>Guinea-Bissau</c>, which are compared folded). Set once, when the index is built.
    /// </summary>
    public int[] WordIds { get; set; } = [];

    // Two or more Latin capitals and no lower-case letter: UN, ROK, U.S, G20.
    private static bool IsAcronym(string word)
    {
        int upper = 0;
        foreach (char c in word)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }

            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
        }

        return upper >= 2 || (upper == 1 && word.Length > 1 && word.Any(char.IsAsciiDigit));
    }
}

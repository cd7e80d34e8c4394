using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Organisation acronyms written in Devanagari letter names, as Hindi news writes them: <c>सीबीएफसी</c> (CBFC),
/// <c>एनएसआईएल</c> (NSIL). A word that reads wholly as three or more letter names is read as its Latin acronym, which is then
/// treated as the capitalised-sequence rule treats an all-capital word: an organisation unless it is a common acronym that is
/// not one (<see cref="WordLists.NotAcronyms"/>: <c>जीडीपी</c>, <c>एफआईआर</c>) or a title (<c>डीजीपी</c>).
/// </summary>
internal sealed class DevanagariAcronymRecognizer : IMentionRecognizer
{
    private const int MaxLetters = 8;

    // The Hindi spelling of each Latin letter's name, longest first where one is a prefix of another.
    private static readonly (string Name, char Letter)[] LetterNames =
    [
        ("डब्ल्यू", 'W'), ("क्यू", 'Q'), ("एक्स", 'X'), ("जेड", 'Z'), ("ज़ेड", 'Z'), ("वाई", 'Y'), ("एफ", 'F'), ("एच", 'H'), ("एल", 'L'),
        ("एम", 'M'), ("एन", 'N'), ("एस", 'S'), ("आर", 'R'), ("आई", 'I'), ("बी", 'B'), ("सी", 'C'), ("डी", 'D'), ("जी", 'G'), ("जे", 'J'),
        ("के", 'K'), ("पी", 'P'), ("टी", 'T'), ("यू", 'U'), ("वी", 'V'), ("ए", 'A'), ("ई", 'E'), ("ओ", 'O'),
    ];

    // The letter names by their first char (an index into the Devanagari block): a word that is not an acronym mostly fails at
    // its first or second char.
    private static readonly (string Name, char Letter)[]?[] ByFirstChar = IndexByFirstChar();

    private static (string Name, char Letter)[]?[] IndexByFirstChar()
    {
        var index = new (string Name, char Letter)[]?[128];
        foreach (IGrouping<char, (string Name, char Letter)> g in LetterNames.GroupBy(l => l.Name[0]))
        {
            index[g.Key - '\u0900'] = [.. g];
        }

        return index;
    }

    private const ulong NotOrganizations = (1UL << (int)WordClass.NotAcronyms) | (1UL << (int)WordClass.EnglishTitles);

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        Span<char> letters = stackalloc char[MaxLetters];
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Tokens[i].Length < 3 || v.WordId(i) != WordIndex.Unknown || v.Tokens[i].Script != Script.Devanagari || v.Kind(i) != TokenKind.Word)
            {
                continue; // a known word (a title, a function word, a lexicon alias such as सीबीआई) is read by its own rules
            }

            int n = Spell(v[i], letters);
            if (n >= 3 && (context.Words.Classes(context.Words.Find(letters[..n])) & NotOrganizations) == 0)
            {
                output.Add(new Candidate(v.Span(i, 1), MentionKind.Organization, null, Evidence.Capitalized));
            }
        }
    }

    /// <summary>The Latin letters <paramref name="word"/> spells letter by letter, or 0 when it is not made of letter names only.</summary>
    internal static int Spell(ReadOnlySpan<char> word, Span<char> letters)
    {
        int n = 0;
        while (!word.IsEmpty)
        {
            bool matched = false;
            (string Name, char Letter)[]? names = word[0] is >= '\u0900' and <= '\u097F' ? ByFirstChar[word[0] - '\u0900'] : null;
            if (names is null)
            {
                return 0;
            }

            foreach ((string name, char letter) in names)
            {
                if (word.StartsWith(name, StringComparison.Ordinal) && n < letters.Length)
                {
                    letters[n++] = letter;
                    word = word[name.Length..];
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return 0;
            }
        }

        return n;
    }
}

namespace NewsText.Entities;

/// <summary>
/// Cross-script name keys: Devanagari is transliterated (ISO 15919 with Hindi schwa deletion) and folded, Latin names are
/// folded for romanisation variants, and the two keys are compared with a vowel-tolerant match. See <c>docs/entities.md</c>.
/// </summary>
/// <remarks>
/// <para>Key alphabet: lower-case ASCII consonants <c>b d g h j k l m n p r s t v x</c> (<c>x</c> is the sh sound) and vowels
/// <c>a e i o u</c>; words separated by one space.</para>
/// <para>Folding, both scripts: vowel length dropped (ā→a, ī→i, ū→u); aspirates dropped (kh→k, bh→b, …); nukta dropped
/// (क़→k, ज़→j, फ़→p); retroflex = dental (ṭ→t, ḍ→d, ṇ→n, ṣ→x); ś, ṣ, sh, x → x; c, ch, q, ck → k; zh, z → j; f, ph → p;
/// w → v; y → i; ai → e and au → o for Devanagari; anusvara and m before p/b → n; doubled letters once.</para>
/// </remarks>
internal static class PhoneticKey
{
    /// <summary>The key of a name in either script (each word by its own script).</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        var key = new KeyBuilder(stackalloc char[128]);
        Write(name, ref key);
        string s = key.ToString();
        key.Dispose();
        return s;
    }

    /// <summary><see cref="Of"/> written into <paramref name="key"/> (appended), allocating nothing for names of ordinary length.</summary>
    public static void Write(ReadOnlySpan<char> name, ref KeyBuilder key)
    {
        int origin = key.Length, i = 0;
        while (i < name.Length)
        {
            while (i < name.Length && IsSeparator(name[i]))
            {
                i++;
            }

            int start = i;
            while (i < name.Length && !IsSeparator(name[i]))
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            ReadOnlySpan<char> word = name[start..i];
            int before = key.Length;
            if (before > origin)
            {
                key.Append(' ');
            }

            int mark = key.Length;
            if (IsDevanagari(word))
            {
                AppendDevanagari(word, ref key, iso: false);
            }
            else
            {
                AppendLatin(word, ref key);
            }

            if (key.Length == mark)
            {
                key.Length = before;
            }
            else
            {
                Finish(ref key, mark);
            }
        }
    }

    /// <summary>ISO 15919 transliteration of Devanagari text with Hindi schwa deletion (other characters are kept).</summary>
    public static string ToIso15919(ReadOnlySpan<char> text)
    {
        var sb = new KeyBuilder(stackalloc char[128]);
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            bool dev = IsDevanagariChar(text[i]);
            while (i < text.Length && IsDevanagariChar(text[i]) == dev)
            {
                i++;
            }

            if (dev)
            {
                AppendDevanagari(text[start..i], ref sb, iso: true);
            }
            else
            {
                sb.Append(text[start..i]);
            }
        }

        string iso = sb.ToString();
        sb.Dispose();
        return iso;
    }

    /// <summary>
    /// Whether two keys name the same person: the same number of words, and word by word the same consonants in the same
    /// order with at most one vowel substituted, inserted or deleted (two when the longer word has six letters or more);
    /// words shorter than four letters must be equal, and a final vowel may not be added or dropped (Lavrov is not Lavrova).
    /// </summary>
    public static bool Similar(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return a.Length > 0;
        }

        if (a.Length == 0 || b.Length == 0 || a.AsSpan().Count(' ') != b.AsSpan().Count(' '))
        {
            return false;
        }

        MemoryExtensions.SpanSplitEnumerator<char> wa = a.AsSpan().Split(' '), wb = b.AsSpan().Split(' ');
        while (wa.MoveNext() && wb.MoveNext())
        {
            if (!SimilarWord(a.AsSpan()[wa.Current], b.AsSpan()[wb.Current]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Word-level test of <see cref="Similar"/>.</summary>
    public static bool SimilarWord(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
        {
            return a.Length > 0;
        }

        int shorter = Math.Min(a.Length, b.Length);
        if (shorter < 4 || a[^1] != b[^1] && (IsVowel(a[^1]) != IsVowel(b[^1]) || a.Length != b.Length))
        {
            return false;
        }

        int budget = Math.Max(a.Length, b.Length) >= 6 ? 2 : 1;
        return VowelDistance(a, b, budget) <= budget;
    }

    /// <summary>
    /// The consonants of a key, in order (its vowels dropped). Keys that are <see cref="SimilarWord"/> (or <see cref="Similar"/>)
    /// have equal skeletons, since only vowels may differ between them; so an index by skeleton finds every similar key.
    /// </summary>
    public static string Skeleton(ReadOnlySpan<char> key)
    {
        Span<char> buffer = key.Length <= 128 ? stackalloc char[key.Length] : new char[key.Length];
        return new string(Skeleton(key, buffer));
    }

    /// <summary><see cref="Skeleton(ReadOnlySpan{char})"/> written into <paramref name="buffer"/> (at least as long as the key).</summary>
    public static ReadOnlySpan<char> Skeleton(ReadOnlySpan<char> key, Span<char> buffer)
    {
        int n = 0;
        foreach (char c in key)
        {
            if (!IsVowel(c))
            {
                buffer[n++] = c;
            }
        }

        return buffer[..n];
    }

    private const int Impossible = 1000;

    // Edit distance where only vowels may be substituted, inserted or deleted (cost 1 each); consonants must line up.
    private static int VowelDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int budget)
    {
        if (Math.Abs(a.Length - b.Length) > budget || a.Length > 40 || b.Length > 40)
        {
            return Impossible;
        }

        Span<int> prev = stackalloc int[b.Length + 1];
        Span<int> cur = stackalloc int[b.Length + 1];
        prev[0] = 0;
        for (int j = 1; j <= b.Length; j++)
        {
            prev[j] = IsVowel(b[j - 1]) ? prev[j - 1] + 1 : Impossible;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = IsVowel(a[i - 1]) ? prev[0] + 1 : Impossible;
            for (int j = 1; j <= b.Length; j++)
            {
                char x = a[i - 1], y = b[j - 1];
                int best = x == y ? prev[j - 1] : (IsVowel(x) && IsVowel(y) ? prev[j - 1] + 1 : Impossible);
                if (IsVowel(x))
                {
                    best = Math.Min(best, prev[j] + 1);
                }

                if (IsVowel(y))
                {
                    best = Math.Min(best, cur[j - 1] + 1);
                }

                cur[j] = Math.Min(best, Impossible);
            }

            cur.CopyTo(prev);
        }

        return prev[b.Length];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is '-' or '‐' or '‑' or '–' or '.' or ',' or '\'' or '’' or '·';

    private static bool IsDevanagariChar(char c) => c is >= '\u0900' and <= '\u097F' || c is '\u200C' or '\u200D';

    private static bool IsDevanagari(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is >= '\u0900' and <= '\u097F')
            {
                return true;
            }
        }

        return false;
    }

    // ---- Latin ------------------------------------------------------------------------------------------------------

    private static void AppendLatin(ReadOnlySpan<char> word, ref KeyBuilder sb)
    {
        Span<char> folded = stackalloc char[Math.Min(word.Length, 128)];
        int n = TextFolding.Fold(word[..folded.Length], folded);
        ReadOnlySpan<char> w = folded[..n];
        for (int i = 0; i < w.Length; i++)
        {
            char c = w[i];
            char next = i + 1 < w.Length ? w[i + 1] : '\0';
            switch (c)
            {
                case 's' when next == 'c' && i + 2 < w.Length && w[i + 2] == 'h':
                    sb.Append('x');
                    i += 2;
                    break;
                case 's' when next == 'h':
                    sb.Append('x');
                    i++;
                    break;
                case 'z' when next == 'h':
                    sb.Append('j');
                    i++;
                    break;
                case 'c' when next is 'h' or 'k':
                    sb.Append('k');
                    i++;
                    break;
                case 'k' or 'g' or 't' or 'd' or 'p' or 'b' or 'j' when next == 'h':
                    sb.Append(c);
                    i++;
                    break;
                case 'c' or 'q':
                    sb.Append('k');
                    break;
                case 'x':
                    sb.Append('x');
                    break;
                case 'z':
                    sb.Append('j');
                    break;
                case 'f':
                    sb.Append('p');
                    break;
                case 'w':
                    sb.Append('v');
                    break;
                case 'y':
                    sb.Append('i');
                    break;
                case >= 'a' and <= 'z':
                    sb.Append(c);
                    break;
                default:
                    break; // digits, apostrophes and other marks carry no sound
            }
        }
    }

    // Shared last pass over one word: m before p or b → n (as anusvara is), doubled letters once.
    private static void Finish(ref KeyBuilder sb, int start)
    {
        int w = start;
        for (int r = start; r < sb.Length; r++)
        {
            char c = sb[r];
            if (c == 'm' && r + 1 < sb.Length && sb[r + 1] is 'p' or 'b')
            {
                c = 'n';
            }

            if (w > start && sb[w - 1] == c)
            {
                continue;
            }

            sb[w++] = c;
        }

        sb.Length = w;
    }

    // ---- Devanagari ---------------------------------------------------------------------------------------------------

    private enum UnitKind : byte
    {
        Consonant,
        Vowel,
        Schwa,
        Nasal,
        Visarga,
        Other,
    }

    private readonly record struct Unit(UnitKind Kind, char Letter, bool Nukta);

    private static void AppendDevanagari(ReadOnlySpan<char> word, ref KeyBuilder sb, bool iso)
    {
        int capacity = (2 * word.Length) + 1; // a consonant and its vowel per char at most
        Span<Unit> units = capacity <= 256 ? stackalloc Unit[capacity] : new Unit[capacity];
        int count = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c is '\u200C' or '\u200D')
            {
                continue;
            }

            if (IsConsonant(c) || c is >= '\u0958' and <= '\u095F')
            {
                bool nukta = c is >= '\u0958' and <= '\u095F';
                char baseLetter = nukta ? "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F"[c - '\u0958'] : c;
                if (i + 1 < word.Length && word[i + 1] == '\u093C')
                {
                    nukta = true;
                    i++;
                }

                units[count++] = new Unit(UnitKind.Consonant, baseLetter, nukta);
                char next = i + 1 < word.Length ? word[i + 1] : '\0';
                if (next == '\u094D')
                {
                    i++; // virama: no vowel
                }
                else if (IsMatra(next))
                {
                    units[count++] = new Unit(UnitKind.Vowel, next, false);
                    i++;
                }
                else
                {
                    units[count++] = new Unit(UnitKind.Schwa, 'अ', false);
                }
            }
            else if (c is >= '\u0904' and <= '\u0914' || c is '\u0960' or '\u0972')
            {
                units[count++] = new Unit(UnitKind.Vowel, c, false);
            }
            else if (c is '\u0901' or '\u0902')
            {
                units[count++] = new Unit(UnitKind.Nasal, c, false);
            }
            else if (c == '\u0903')
            {
                units[count++] = new Unit(UnitKind.Visarga, c, false);
            }
            else if (IsMatra(c))
            {
                units[count++] = new Unit(UnitKind.Vowel, c, false); // stray sign
            }
            else
            {
                units[count++] = new Unit(UnitKind.Other, c, false);
            }
        }

        DeleteSchwas(units, ref count);
        foreach (Unit u in units[..count])
        {
            switch (u.Kind)
            {
                case UnitKind.Consonant:
                    sb.Append(iso ? IsoConsonant(u.Letter, u.Nukta) : KeyConsonant(u.Letter, u.Nukta));
                    break;
                case UnitKind.Vowel:
                    sb.Append(iso ? IsoVowel(u.Letter) : KeyVowel(u.Letter));
                    break;
                case UnitKind.Schwa:
                    sb.Append('a');
                    break;
                case UnitKind.Nasal:
                    sb.Append(iso ? (u.Letter == '\u0902' ? "ṁ" : "m̐") : "n");
                    break;
                case UnitKind.Visarga:
                    sb.Append(iso ? "ḥ" : "h");
                    break;
                default:
                    if (u.Letter is >= '\u0966' and <= '\u096F')
                    {
                        sb.Append((char)('0' + (u.Letter - '\u0966')));
                    }
                    else if (iso)
                    {
                        sb.Append(u.Letter == '\u093D' ? '\'' : u.Letter);
                    }

                    break;
            }
        }
    }

    // Hindi schwa deletion: the inherent vowel of the last consonant of a word of two or more syllables is silent, and,
    // right to left, so is a medial one in the context V C _ C V (the consonant after it keeps its vowel): लावरोव → lāvrov,
    // कमला → kamlā, जिनपिंग → jinpiṅg. A schwa before a nasal sign is kept (गंगा).
    private static void DeleteSchwas(Span<Unit> u, ref int count)
    {
        int syllables = 0, last = -1;
        for (int k = 0; k < count; k++)
        {
            if (u[k].Kind is UnitKind.Vowel or UnitKind.Schwa)
            {
                syllables++;
                last = k;
            }
        }

        if (syllables < 2)
        {
            return;
        }

        if (last >= 0 && u[last].Kind == UnitKind.Schwa && last == count - 1)
        {
            count--;
        }

        for (int i = count - 2; i >= 2; i--)
        {
            if (u[i].Kind != UnitKind.Schwa || u[i - 1].Kind != UnitKind.Consonant)
            {
                continue;
            }

            bool vowelBefore = u[i - 2].Kind is UnitKind.Vowel or UnitKind.Schwa
                || (u[i - 2].Kind == UnitKind.Nasal && i >= 3 && u[i - 3].Kind is UnitKind.Vowel or UnitKind.Schwa);
            bool consonantVowelAfter = i + 2 < count && u[i + 1].Kind == UnitKind.Consonant && u[i + 2].Kind is UnitKind.Vowel or UnitKind.Schwa;
            if (vowelBefore && consonantVowelAfter)
            {
                u[(i + 1)..count].CopyTo(u[i..]);
                count--;
            }
        }
    }

    private static bool IsConsonant(char c) => c is >= '\u0915' and <= '\u0939';

    private static bool IsMatra(char c) => c is >= '\u093E' and <= '\u094C' or '\u0962' or '\u0963';

    // क ख ग घ ङ च छ ज झ ञ ट ठ ड ढ ण त थ द ध न ऩ प फ ब भ म य र ऱ ल ळ ऴ व श ष स ह
    private static readonly string[] IsoConsonants =
    [
        "k", "kh", "g", "gh", "ṅ", "c", "ch", "j", "jh", "ñ", "ṭ", "ṭh", "ḍ", "ḍh", "ṇ", "t", "th", "d", "dh", "n", "ṉ",
        "p", "ph", "b", "bh", "m", "y", "r", "ṟ", "l", "ḷ", "ḻ", "v", "ś", "ṣ", "s", "h",
    ];

    private static readonly string[] KeyConsonants =
    [
        "k", "k", "g", "g", "n", "k", "k", "j", "j", "n", "t", "t", "d", "d", "n", "t", "t", "d", "d", "n", "n",
        "p", "p", "b", "b", "m", "i", "r", "r", "l", "l", "l", "v", "x", "x", "s", "h",
    ];

    private static string IsoConsonant(char c, bool nukta) => nukta
        ? c switch
        {
            'क' => "q",
            'ख' => "k͟h",
            'ग' => "ġ",
            'ज' => "z",
            'ड' => "ṛ",
            'ढ' => "ṛh",
            'फ' => "f",
            'य' => "ẏ",
            _ => IsoConsonants[c - '\u0915'],
        }
        : IsoConsonants[c - '\u0915'];

    private static string KeyConsonant(char c, bool nukta) => nukta
        ? c switch
        {
            'ड' or 'ढ' => "r",
            _ => KeyConsonants[c - '\u0915'],
        }
        : KeyConsonants[c - '\u0915'];

    private static string IsoVowel(char c) => c switch
    {
        'अ' => "a",
        'आ' or 'ा' => "ā",
        'इ' or 'ि' => "i",
        'ई' or 'ी' => "ī",
        'उ' or 'ु' => "u",
        'ऊ' or 'ू' => "ū",
        'ऋ' or 'ृ' => "r̥",
        'ॠ' or 'ॄ' => "r̥̄",
        'ऌ' or 'ॢ' => "l̥",
        'ए' or 'े' => "ē",
        'ऐ' or 'ै' => "ai",
        'ओ' or 'ो' => "ō",
        'औ' or 'ौ' => "au",
        'ऑ' or 'ॉ' => "ô",
        'ऍ' or 'ॅ' => "ê",
        'ऎ' or 'ॆ' => "e",
        'ऒ' or 'ॊ' => "o",
        _ => string.Empty,
    };

    private static string KeyVowel(char c) => c switch
    {
        'अ' => "a",
        'आ' or 'ा' => "a",
        'इ' or 'ि' or 'ई' or 'ी' => "i",
        'उ' or 'ु' or 'ऊ' or 'ू' => "u",
        'ऋ' or 'ृ' or 'ॠ' or 'ॄ' => "ri",
        'ऌ' or 'ॢ' => "li",
        'ए' or 'े' or 'ऐ' or 'ै' or 'ऍ' or 'ॅ' or 'ऎ' or 'ॆ' => "e",
        'ओ' or 'ो' or 'औ' or 'ौ' or 'ऑ' or 'ॉ' or 'ऒ' or 'ॊ' => "o",
        _ => string.Empty,
    };
}

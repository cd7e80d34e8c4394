using System.Diagnostics;
using System.Reflection;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>What a lexicon entry is.</summary>
internal enum LexiconKind : byte
{
    Country,
    City,
    Region,
    Organization,
    Person,
}

/// <summary>How an alias names its entry.</summary>
internal enum AliasRole : byte
{
    /// <summary>A name of the entry: <c>रूस</c>, <c>Russia</c>.</summary>
    Name,

    /// <summary>A demonym or adjective: <c>रूसी</c>, <c>Russian</c>. Not a mention by itself; it qualifies government bodies.</summary>
    Adjective,
}

/// <summary>One thing the lexicon knows: a country, city, region, organisation or person.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(int id, LexiconKind kind, string name, int country)
    {
        Id = id;
        Kind = kind;
        Name = name;
        Country = country;
        LinkKey = "lex:" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The key that links every mention of this entry, in any script, into one entity.</summary>
    public string LinkKey { get; }

    /// <summary>The phonetic key of <see cref="Name"/>, computed once (an idempotent cache: racing threads store equal strings).</summary>
    public string NameKey => nameKey ??= PhoneticKey.Of(Name);

    private string? nameKey;

    /// <summary>Index in <see cref="Lexicon.Entries"/>.</summary>
    public int Id { get; }

    public LexiconKind Kind { get; }

    /// <summary>Canonical Latin-script name.</summary>
    public string Name { get; }

    /// <summary>The first Latin-script demonym (<c>Russian</c>), or <see langword="null"/>.</summary>
    public string? Demonym { get; set; }

    /// <summary>For cities and regions, the id of the country they are in; otherwise -1.</summary>
    public int Country { get; }

    /// <summary>The mention kind of a name of this entry.</summary>
    public MentionKind MentionKind => Kind switch
    {
        LexiconKind.Organization => MentionKind.Organization,
        LexiconKind.Person => MentionKind.Person,
        _ => MentionKind.Location,
    };

    public override string ToString() => $"{Kind} {Name}";
}

/// <summary>A lexicon alias found at a token position.</summary>
/// <param name="Entry">What it names.</param>
/// <param name="Role">Name or adjective.</param>
/// <param name="Weak">The alias is also a common word and needs a supporting cue.</param>
/// <param name="TokenCount">How many significant tokens it covers.</param>
internal readonly record struct LexiconMatch(LexiconEntry Entry, AliasRole Role, bool Weak, int TokenCount);

/// <summary>
/// The bilingual lexicon (countries, capitals, demonyms, cities, regions, organisations, people) read once per process from
/// the embedded data files in <c>Entities/Data</c> into frozen tables. Lookups fold the token into a stack buffer and use the
/// frozen dictionary's span lookup, so matching allocates nothing.
/// </summary>
internal sealed class Lexicon
{
    private static readonly string[] ResourceNames = ["countries.txt", "places.txt", "organizations.txt", "people.txt"];
    private static readonly Lazy<Lexicon> DefaultLazy = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LexiconEntry> byName; // tests and tools look entries up; a frozen table costs more to build than it saves

    private Lexicon(List<LexiconEntry> entries, Dictionary<string, LexiconAlias[]> aliases)
    {
        Entries = entries.ToArray();
        Words = new WordIndex(WordLists.All, aliases);
        byName = entries.DistinctBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
        AliasCount = aliases.Values.Sum(a => a.Length);
    }

    /// <summary>The lexicon built from the embedded data, loaded on first use.</summary>
    public static Lexicon Default => DefaultLazy.Value;

    /// <summary>How long loading <see cref="Default"/> took (zero until it is loaded).</summary>
    public static TimeSpan LoadTime { get; private set; }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    public int AliasCount { get; }

    /// <summary>The entry with this canonical name (case-insensitive), or <see langword="null"/>.</summary>
    public LexiconEntry? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Every word the recognizers know: the aliases by first word and the closed word lists.</summary>
    public WordIndex Words { get; }

    /// <summary>
    /// The longest alias that starts at significant token <paramref name="index"/> of <paramref name="view"/> (line breaks stay in
    /// the view and end every match). The first word is found by the view's word id; the rest are compared folded.
    /// </summary>
    public bool TryMatch(in TokenView view, int index, out LexiconMatch match)
    {
        match = default;
        if ((uint)index >= (uint)view.Count || Words.AliasesStartingWith(view.WordId(index)) is not { } candidates)
        {
            return false;
        }

        ReadOnlySpan<Token> tokens = view.Tokens;
        Span<char> buffer = stackalloc char[TextFolding.MaxWordLength];
        int next = index + 1 < tokens.Length ? view.WordId(index + 1) : WordIndex.Unknown;
        foreach (LexiconAlias alias in candidates)
        {
            int length = alias.Folded.Length;
            if (index + length > tokens.Length || (length > 1 && alias.WordIds[1] != WordIndex.Unknown && alias.WordIds[1] != next)
                || !CaseFits(view[index], alias, 0))
            {
                continue; // the second word's id rejects most phrases with one compare ("The Hindu" at every "The")
            }

            bool ok = true;
            for (int k = 1; k < alias.Folded.Length && ok; k++)
            {
                Token t = tokens[index + k];
                if (t.Length > TextFolding.MaxWordLength)
                {
                    ok = false;
                    break;
                }

                ReadOnlySpan<char> tt = view[index + k];
                int id = alias.WordIds[k];
                if (id != WordIndex.Unknown)
                {
                    ok = view.WordId(index + k) == id && CaseFits(tt, alias, k); // one compare instead of folding the token
                }
                else
                {
                    int m = TextFolding.Fold(tt, buffer);
                    ok = buffer[..m].SequenceEqual(alias.Folded[k]) && CaseFits(tt, alias, k);
                }
            }

            if (ok)
            {
                match = new LexiconMatch(alias.Entry, alias.Role, alias.Weak, alias.Folded.Length);
                return true;
            }
        }

        return false;
    }

    /// <summary>A one-word alias equal to <paramref name="word"/> (used for a possessive's stem: <c>India</c>'s).</summary>
    public bool TryMatchWord(ReadOnlySpan<char> word, out LexiconMatch match)
    {
        match = default;
        if (Words.AliasesStartingWith(Words.Find(word)) is not { } candidates)
        {
            return false;
        }

        foreach (LexiconAlias alias in candidates)
        {
            if (alias.Folded.Length == 1 && CaseFits(word, alias, 0))
            {
                match = new LexiconMatch(alias.Entry, alias.Role, alias.Weak, 1);
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of <paramref name="word"/> without a possessive <c>'s</c>, or -1 when it has none.</summary>
    public static int PossessiveStem(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '\u2019' ? word.Length - 2 : -1;

    // An all-capitals alias word (US, ROK, U.S) matches only itself; a capitalised Latin alias word does not match a lower-case word.
    private static bool CaseFits(ReadOnlySpan<char> token, LexiconAlias alias, int k)
    {
        string original = alias.Original[k];
        if (alias.Acronym[k])
        {
            return token.SequenceEqual(original);
        }

        return !(char.IsAsciiLetterUpper(original[0]) && char.IsAsciiLetterLower(token[0]));
    }

    private static Lexicon LoadDefault()
    {
        long start = Stopwatch.GetTimestamp();
        Lexicon lexicon = Load();
        LoadTime = Stopwatch.GetElapsedTime(start);
        return lexicon;
    }

    /// <summary>Builds a new lexicon from the embedded data files (what <see cref="Default"/> does once; the benchmarks time it).</summary>
    internal static Lexicon Load()
    {
        var sources = new List<string>(ResourceNames.Length);
        foreach (string name in ResourceNames)
        {
            sources.Add(ReadData(name));
        }

        return Parse(sources);
    }

    /// <summary>The text of an embedded data file of <c>Entities/Data/</c>.</summary>
    internal static string ReadData(string name)
    {
        using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream("NewsText.Entities.Data." + name)
            ?? throw new InvalidOperationException("Missing embedded lexicon resource " + name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The words of an embedded word-list file (one per line; <c>#</c> starts a comment line), joined by <c>|</c>.</summary>
    internal static string ReadWordList(string name) =>
        string.Join('|', ReadData(name).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'));

    /// <summary>Builds a lexicon from data files in the format of <c>Entities/Data/countries.txt</c>.</summary>
    internal static Lexicon Parse(IEnumerable<string> sources)
    {
        var entries = new List<LexiconEntry>();
        var raw = new List<LexiconAlias>();
        var pendingCountry = new List<(LexiconEntry Entry, string Country)>();
        foreach (string source in sources)
        {
            foreach (string line in source.Split('\n'))
            {
                string l = line.Trim();
                if (l.Length == 0 || l[0] == '#')
                {
                    continue;
                }

                string[] f = l.Split(';');
                if (f.Length < 2)
                {
                    throw new FormatException("Lexicon line needs at least a kind and a name: " + l);
                }

                LexiconKind kind = f[0] switch
                {
                    "country" => LexiconKind.Country,
                    "city" => LexiconKind.City,
                    "region" => LexiconKind.Region,
                    "org" => LexiconKind.Organization,
                    "person" => LexiconKind.Person,
                    _ => throw new FormatException("Unknown lexicon kind: " + l),
                };
                string name = f[1].TrimStart('~');
                var entry = new LexiconEntry(entries.Count, kind, name, -1);
                entries.Add(entry);
                AddAlias(raw, entry, f[1], AliasRole.Name);
                foreach (string a in Field(f, 2))
                {
                    AddAlias(raw, entry, a, AliasRole.Name);
                }

                foreach (string a in Field(f, 3))
                {
                    AddAlias(raw, entry, a, AliasRole.Adjective);
                    if (entry.Demonym is null && a.Length > 0 && char.IsAsciiLetter(a[0]))
                    {
                        entry.Demonym = a;
                    }
                }

                string[] last = Field(f, 4);
                if (kind == LexiconKind.Country && last.Length > 0)
                {
                    var capital = new LexiconEntry(entries.Count, LexiconKind.City, last[0].TrimStart('~'), entry.Id);
                    entries.Add(capital);
                    foreach (string a in last)
                    {
                        AddAlias(raw, capital, a, AliasRole.Name);
                    }
                }
                else if (kind is LexiconKind.City or LexiconKind.Region && last.Length > 0)
                {
                    pendingCountry.Add((entry, last[0]));
                }
            }
        }

        // Cities and regions name their country by canonical name; resolve to ids.
        var countries = entries.Where(e => e.Kind == LexiconKind.Country).ToDictionary(e => e.Name, StringComparer.Ordinal);
        foreach ((LexiconEntry e, string country) in pendingCountry)
        {
            if (countries.TryGetValue(country, out LexiconEntry? c))
            {
                entries[e.Id] = new LexiconEntry(e.Id, e.Kind, e.Name, c.Id);
            }
        }

        var byKey = new Dictionary<string, List<LexiconAlias>>(StringComparer.Ordinal);
        foreach (LexiconAlias a in raw)
        {
            a.Entry = entries[a.Entry.Id];
            string key = string.Join('\u0001', a.Folded);
            if (!byKey.TryGetValue(key, out List<LexiconAlias>? list))
            {
                byKey[key] = list = [];
            }

            list.Add(a);
        }

        // One alias per folded phrase; a phrase that names two different entries is ambiguous and left out
        // ("Dominican", "Congolese"). Names win over adjectives of the same entry.
        var firsts = new Dictionary<string, List<LexiconAlias>>(StringComparer.Ordinal);
        foreach (List<LexiconAlias> same in byKey.Values)
        {
            if (!same.TrueForAll(a => a.Entry.Id == same[0].Entry.Id))
            {
                continue;
            }

            // Spellings that fold alike but differ in case (NATO, Nato) are all kept: the case rule tells them apart. Most phrases
            // have one spelling: no ordering needed.
            IEnumerable<LexiconAlias> spellings = same.Count == 1 ? same
                : same.OrderBy(a => a.Role).ThenBy(a => a.Weak).DistinctBy(a => string.Join('\u0001', a.Original), StringComparer.Ordinal);
            foreach (LexiconAlias chosen in spellings)
            {
                if (!firsts.TryGetValue(chosen.Folded[0], out List<LexiconAlias>? list))
                {
                    firsts[chosen.Folded[0]] = list = [];
                }

                list.Add(chosen);
            }
        }

        var aliases = firsts.ToDictionary(
            p => p.Key, p => p.Value.Count == 1 ? [p.Value[0]] : p.Value.OrderByDescending(a => a.Folded.Length).ToArray(), StringComparer.Ordinal);
        return new Lexicon(entries, aliases);
    }

    private static string[] Field(string[] fields, int i) =>
        i < fields.Length && fields[i].Length > 0 ? fields[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static void AddAlias(List<LexiconAlias> list, LexiconEntry entry, string alias, AliasRole role)
    {
        bool weak = alias.StartsWith('~');
        string text = weak ? alias[1..] : alias;
        var original = new List<string>();
        var classified = new List<bool>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Read())
        {
            Token t = tokenizer.Current;
            if (t.Kind != TokenKind.Whitespace)
            {
                original.Add(text.Substring((int)t.Start, t.Length));
                classified.Add(t.Kind is TokenKind.Word or TokenKind.Symbol);
            }
        }

        if (original.Count == 0)
        {
            return;
        }

        list.Add(new LexiconAlias(entry, role, weak, original.ToArray(), classified.ToArray()));
    }
}

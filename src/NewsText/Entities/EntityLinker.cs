namespace NewsText.Entities;

/// <summary>
/// Groups accepted mentions into entities. Never links two kinds; prefers a missed link over a wrong one.
/// Places and organisations link by lexicon entry or government-body key, otherwise by folded text. Persons link by
/// lexicon entry, then by phonetic key (<see cref="PhoneticKey.Similar"/>), and a shorter mention (<c>लावरोव</c>, <c>Qin</c>)
/// joins the one person whose name has a matching word, if exactly one does.
/// </summary>
internal static class EntityLinker
{
    /// <summary>How many person clusters a differently spelled mention is compared with (the first ones, in order of fullness).</summary>
    private const int MaxFuzzyClusters = 256;

    private sealed class Cluster
    {
        public Cluster(MentionKind kind) => Kind = kind;

        public MentionKind Kind { get; }

        public List<int> Mentions { get; } = [];

        public List<string> Keys { get; } = [];

        private HashSet<string> KeySet { get; } = new(StringComparer.Ordinal);

        /// <summary>Adds a key once (mention counts must not grow the key list).</summary>
        public bool AddKey(string key) => KeySet.Add(key) && AddToList(key);

        private bool AddToList(string key)
        {
            Keys.Add(key);
            return true;
        }

        public string? LexiconName { get; set; }

        public string? SynthesizedName { get; set; }
    }

    /// <summary>Links <paramref name="accepted"/> (sorted by start) and returns the mentions and entities of the article.</summary>
    public static (EntityMention[] Mentions, Entity[] Entities) Link(string text, IReadOnlyList<Candidate> accepted)
    {
        var clusterOf = new Cluster?[accepted.Count];
        var byLinkKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var persons = new List<Cluster>();

        // Mentions repeat: fold and key each distinct surface form once.
        var folded = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var phonetic = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // Non-person names: by link key or folded text.
        for (int i = 0; i < accepted.Count; i++)
        {
            Candidate c = accepted[i];
            if (c.Kind is not (MentionKind.Location or MentionKind.Organization))
            {
                continue;
            }

            string key = (c.Kind == MentionKind.Location ? "location:" : "organization:") + (c.LinkKey ?? Memo(folded, text, c.Span, static s => TextFolding.Fold(s.ToString())));
            if (!byLinkKey.TryGetValue(key, out Cluster? cluster))
            {
                byLinkKey[key] = cluster = new Cluster(c.Kind);
            }

            Assign(cluster, c, i, clusterOf);
        }

        // Persons: fullest names first, so short mentions find the full name they belong to.
        int[] order = Enumerable.Range(0, accepted.Count).Where(i => accepted[i].Kind == MentionKind.Person)
            .OrderByDescending(i => WordCount(accepted[i], text)).ThenBy(i => accepted[i].Span.Start).ToArray();
        var personByKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (int i in order)
        {
            Candidate c = accepted[i];
            string key = Memo(phonetic, text, c.Span, static s => PhoneticKey.Of(s));
            Cluster? target = null;
            if (c.LinkKey is not null && byLinkKey.TryGetValue("person:" + c.LinkKey, out Cluster? known))
            {
                target = known;
            }

            if (target is null && personByKey.TryGetValue(key, out Cluster? exact))
            {
                target = exact;
            }

            // Fuzzy matching looks at the first clusters only, so a text with very many distinct names stays linear.
            target ??= persons.Take(MaxFuzzyClusters).FirstOrDefault(p => p.Keys.Any(k => PhoneticKey.Similar(k, key)));
            if (target is null && key.Length > 0)
            {
                string[] words = key.Split(' ');
                List<Cluster> containing = persons.Take(MaxFuzzyClusters).Where(p => p.Keys.Any(k => ContainsAllWords(k, words))).ToList();
                if (containing.Count == 1 && words.Length < MaxWords(containing[0]))
                {
                    target = containing[0];
                }
            }

            if (target is null)
            {
                target = new Cluster(MentionKind.Person);
                persons.Add(target);
            }

            if (c.LinkKey is not null)
            {
                byLinkKey.TryAdd("person:" + c.LinkKey, target);
            }

            if (c.Entry is not null)
            {
                target.AddKey(PhoneticKey.Of(c.Entry.Name));
            }

            if (key.Length > 0)
            {
                target.AddKey(key);
                personByKey.TryAdd(key, target);
            }

            Assign(target, c, i, clusterOf);
        }

        // Entities numbered by first mention.
        var ids = new Dictionary<Cluster, int>();
        var entities = new List<Entity>();
        var mentions = new EntityMention[accepted.Count];
        for (int i = 0; i < accepted.Count; i++)
        {
            Cluster? cluster = clusterOf[i];
            int? id = null;
            if (cluster is not null)
            {
                if (!ids.TryGetValue(cluster, out int existing))
                {
                    existing = ids[cluster] = ids.Count;
                }

                id = existing;
            }

            mentions[i] = new EntityMention(accepted[i].Span, accepted[i].Kind, accepted[i].Value, id);
        }

        foreach ((Cluster cluster, int id) in ids.OrderBy(p => p.Value))
        {
            cluster.Mentions.Sort();
            entities.Add(new Entity(id, cluster.Kind, CanonicalName(text, cluster, accepted), cluster.Mentions.ToArray()));
        }

        return (mentions, entities.ToArray());
    }

    private static void Assign(Cluster cluster, Candidate c, int index, Cluster?[] clusterOf)
    {
        cluster.Mentions.Add(index);
        clusterOf[index] = cluster;
        if (c.Entry is not null)
        {
            cluster.LexiconName ??= c.Entry.Name;
        }
        else if (c.Name is not null)
        {
            cluster.SynthesizedName ??= c.Name;
        }
    }

    // The lexicon's name; else the fullest Latin-script mention; else a synthesised body name; else the fullest mention.
    private static string CanonicalName(string text, Cluster cluster, IReadOnlyList<Candidate> accepted)
    {
        if (cluster.LexiconName is not null)
        {
            return cluster.LexiconName;
        }

        string[] forms = cluster.Mentions.Select(i => text.Substring(accepted[i].Span.Start, accepted[i].Span.Length)).ToArray();
        string? latin = forms.Where(IsLatin).OrderByDescending(f => f.Split(' ').Length).ThenByDescending(f => f.Length).FirstOrDefault();
        return latin ?? cluster.SynthesizedName ?? forms.OrderByDescending(f => f.Split(' ').Length).ThenByDescending(f => f.Length).First();
    }

    private delegate string KeyOf(ReadOnlySpan<char> surface);

    private static string Memo(Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> memo, string text, TextSpan span, KeyOf compute)
    {
        ReadOnlySpan<char> surface = text.AsSpan(span.Start, span.Length);
        if (!memo.TryGetValue(surface, out string? key))
        {
            key = compute(surface);
            memo[surface] = key;
        }

        return key;
    }

    private static bool IsLatin(string s) => s.Any(char.IsAsciiLetter) && !s.Any(c => c is >= '\u0900' and <= '\u097F');

    private static int WordCount(Candidate c, string text) => text.AsSpan(c.Span.Start, c.Span.Length).Count(' ') + 1;

    private static int MaxWords(Cluster c) => c.Keys.Count == 0 ? 0 : c.Keys.Max(k => k.Split(' ').Length);

    private static bool ContainsAllWords(string key, string[] words)
    {
        string[] have = key.Split(' ');
        return words.All(w => have.Any(h => PhoneticKey.SimilarWord(h, w)));
    }
}

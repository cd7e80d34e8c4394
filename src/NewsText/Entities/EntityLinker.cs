using System.Buffers;

namespace NewsText.Entities;

/// <summary>
/// Groups accepted mentions into entities. Never links two kinds; prefers a missed link over a wrong one.
/// Places and organisations link by lexicon entry or government-body key, otherwise by folded text. Persons link by
/// lexicon entry, then by phonetic key (<see cref="PhoneticKey.Similar"/>), and a shorter mention (<c>लावरोव</c>, <c>Qin</c>)
/// joins the one person whose name has a matching word, if exactly one does. Work is linear in the mentions: surface forms
/// are keyed once each, and a differently spelled key is compared with at most <see cref="MaxFuzzyClusters"/> clusters once.
/// </summary>
internal static class EntityLinker
{
    /// <summary>How many person clusters a differently spelled mention is compared with (the first ones, in order of fullness).</summary>
    private const int MaxFuzzyClusters = 256;

    private sealed class Cluster(MentionKind kind)
    {
        private readonly HashSet<string> keySet = new(StringComparer.Ordinal);

        public MentionKind Kind { get; } = kind;

        public List<int> Mentions { get; } = [];

        public List<string> Keys { get; } = [];

        /// <summary>Its entity id, by first mention; -1 until numbered.</summary>
        public int Id { get; set; } = -1;

        public int MaxKeyWords { get; private set; }

        public string? LexiconName { get; set; }

        public string? SynthesizedName { get; set; }

        /// <summary>Its position in the list of person clusters (the order fuzzy matching prefers).</summary>
        public int Index { get; init; }

        /// <summary>Adds a key once (mention counts must not grow the key list); false when it was there.</summary>
        public bool AddKey(string key)
        {
            if (!keySet.Add(key))
            {
                return false;
            }

            Keys.Add(key);
            MaxKeyWords = Math.Max(MaxKeyWords, key.AsSpan().Count(' ') + 1);
            return true;
        }
    }

    /// <summary>Links <paramref name="accepted"/> (sorted by start) and returns the mentions and entities of the article.</summary>
    public static (EntityMention[] Mentions, Entity[] Entities) Link(string text, ReadOnlySpan<Candidate> accepted)
    {
        Cluster?[] clusterOf = ArrayPool<Cluster?>.Shared.Rent(accepted.Length);
        int[] words = ArrayPool<int>.Shared.Rent(accepted.Length); // word counts of person mentions
        clusterOf.AsSpan(0, accepted.Length).Clear();
        try
        {
            return Link(text, accepted, clusterOf, words);
        }
        finally
        {
            ArrayPool<Cluster?>.Shared.Return(clusterOf, clearArray: true);
            ArrayPool<int>.Shared.Return(words);
        }
    }

    private static (EntityMention[] Mentions, Entity[] Entities) Link(string text, ReadOnlySpan<Candidate> accepted, Cluster?[] clusterOf, int[] words)
    {
        var byEntry = new Dictionary<LexiconEntry, Cluster>(ReferenceEqualityComparer.Instance);
        var byLinkKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var locations = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var organizations = new Dictionary<string, Cluster>(StringComparer.Ordinal);

        // Mentions repeat: fold and key each distinct surface form once.
        var folded = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var phonetic = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        // Non-person names: by lexicon entry, link key or folded text.
        int maxWords = 1;
        for (int i = 0; i < accepted.Length; i++)
        {
            ref readonly Candidate c = ref accepted[i];
            if (c.Kind == MentionKind.Person)
            {
                words[i] = WordCount(c.Span, text);
                maxWords = Math.Max(maxWords, words[i]);
                continue;
            }

            if (c.Kind is not (MentionKind.Location or MentionKind.Organization))
            {
                continue;
            }

            Cluster? cluster;
            if (c.Entry is not null)
            {
                cluster = GetOrAdd(byEntry, c.Entry, c.Kind);
            }
            else if (c.LinkKey is not null)
            {
                cluster = GetOrAdd(byLinkKey, c.LinkKey, c.Kind);
            }
            else
            {
                // A short form propagated from a full name (OrganizationPropagation) carries that name: it joins its entity.
                string key = c.Name is { } name ? TextFolding.Fold(name) : Memo(folded, text, c.Span, static s => TextFolding.Fold(s.ToString()));
                cluster = GetOrAdd(c.Kind == MentionKind.Location ? locations : organizations, key, c.Kind);
            }

            Assign(cluster, c, i, clusterOf);
        }

        // Persons: fullest names first (a counting sort by word count keeps text order within a count), so short mentions
        // find the full name they belong to.
        var persons = new PersonClusters();
        var personByEntry = new Dictionary<LexiconEntry, Cluster>(ReferenceEqualityComparer.Instance);
        var personByKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (int i in PersonsByFullness(accepted, words, maxWords))
        {
            ref readonly Candidate c = ref accepted[i];
            string key = Memo(phonetic, text, c.Span, static s => PhoneticKey.Of(s));
            Cluster? target = c.Entry is not null ? personByEntry.GetValueOrDefault(c.Entry) : null;
            if (target is null && personByKey.TryGetValue(key, out Cluster? known))
            {
                target = known;
            }
            else if (target is null)
            {
                target = persons.Fuzzy(key);
            }

            target ??= persons.Add();
            if (c.Entry is not null)
            {
                personByEntry.TryAdd(c.Entry, target);
                persons.AddKey(target, c.Entry.NameKey);
            }

            if (key.Length > 0)
            {
                persons.AddKey(target, key);
                personByKey.TryAdd(key, target);
            }

            Assign(target, c, i, clusterOf);
        }

        // Entities numbered by first mention.
        var entities = new List<Cluster>();
        var mentions = new EntityMention[accepted.Length];
        for (int i = 0; i < accepted.Length; i++)
        {
            Cluster? cluster = clusterOf[i];
            if (cluster is not null && cluster.Id < 0)
            {
                cluster.Id = entities.Count;
                entities.Add(cluster);
            }

            mentions[i] = new EntityMention(accepted[i].Span, accepted[i].Kind, accepted[i].Value, cluster?.Id);
        }

        var result = new Entity[entities.Count];
        foreach (Cluster cluster in entities)
        {
            cluster.Mentions.Sort();
            result[cluster.Id] = new Entity(cluster.Id, cluster.Kind, CanonicalName(text, cluster, accepted), cluster.Mentions.ToArray());
        }

        return (mentions, result);
    }

    private static Cluster GetOrAdd<TKey>(Dictionary<TKey, Cluster> clusters, TKey key, MentionKind kind)
        where TKey : notnull
    {
        if (!clusters.TryGetValue(key, out Cluster? cluster))
        {
            clusters[key] = cluster = new Cluster(kind);
        }

        return cluster;
    }

    private static int[] PersonsByFullness(ReadOnlySpan<Candidate> accepted, int[] words, int maxWords)
    {
        var counts = new int[maxWords + 2];
        for (int i = 0; i < accepted.Length; i++)
        {
            if (accepted[i].Kind == MentionKind.Person)
            {
                counts[maxWords - words[i] + 1]++;
            }
        }

        for (int k = 1; k < counts.Length; k++)
        {
            counts[k] += counts[k - 1];
        }

        var order = new int[counts[^1]];
        for (int i = 0; i < accepted.Length; i++)
        {
            if (accepted[i].Kind == MentionKind.Person)
            {
                order[counts[maxWords - words[i]]++] = i;
            }
        }

        return order;
    }

    /// <summary>
    /// The person clusters in order, with their keys indexed by consonant skeleton (the key without vowels): similar keys have
    /// equal skeletons (<see cref="PhoneticKey.Similar"/> only edits vowels), so a differently spelled key is compared with the
    /// few keys that share its skeleton, or a word's skeleton, instead of with every cluster.
    /// </summary>
    private sealed class PersonClusters
    {
        private readonly List<Cluster> clusters = [];
        private readonly Dictionary<string, List<(Cluster Cluster, string Key)>> bySkeleton = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<(Cluster Cluster, string Key)>> byWordSkeleton = new(StringComparer.Ordinal);

        public Cluster Add()
        {
            var cluster = new Cluster(MentionKind.Person) { Index = clusters.Count };
            clusters.Add(cluster);
            return cluster;
        }

        public void AddKey(Cluster cluster, string key)
        {
            if (!cluster.AddKey(key) || cluster.Index >= MaxFuzzyClusters)
            {
                return; // only the first clusters take part in fuzzy matching
            }

            Append(bySkeleton, PhoneticKey.Skeleton(key), (cluster, key));
            foreach (Range w in key.AsSpan().Split(' '))
            {
                Append(byWordSkeleton, PhoneticKey.Skeleton(key.AsSpan()[w]), (cluster, key));
            }
        }

        // A differently spelled key: the first cluster with a similar key; else the one cluster whose name holds all its words
        // (and more words), if exactly one does. Only the first clusters are looked at, so very many distinct names stay linear.
        public Cluster? Fuzzy(string key)
        {
            if (key.Length == 0)
            {
                return null;
            }

            Cluster? first = null;
            foreach ((Cluster cluster, string k) in bySkeleton.GetValueOrDefault(PhoneticKey.Skeleton(key)) ?? [])
            {
                if ((first is null || cluster.Index < first.Index) && PhoneticKey.Similar(k, key))
                {
                    first = cluster;
                }
            }

            if (first is not null)
            {
                return first;
            }

            int end = key.IndexOf(' ');
            Cluster? containing = null;
            foreach ((Cluster cluster, string k) in byWordSkeleton.GetValueOrDefault(PhoneticKey.Skeleton(end < 0 ? key : key.AsSpan(0, end))) ?? [])
            {
                if (cluster != containing && ContainsAllWords(k, key))
                {
                    if (containing is not null)
                    {
                        return null; // two candidates: leave it unlinked
                    }

                    containing = cluster;
                }
            }

            int words = key.AsSpan().Count(' ') + 1;
            return containing is not null && words < containing.MaxKeyWords ? containing : null;
        }

        private static void Append(Dictionary<string, List<(Cluster Cluster, string Key)>> index, string skeleton, (Cluster, string) entry)
        {
            if (!index.TryGetValue(skeleton, out List<(Cluster Cluster, string Key)>? list))
            {
                index[skeleton] = list = [];
            }

            list.Add(entry);
        }
    }

    private static void Assign(Cluster cluster, in Candidate c, int index, Cluster?[] clusterOf)
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
    // "Fullest" is most words, then most chars, then first; only the chosen form is made a string.
    private static string CanonicalName(string text, Cluster cluster, ReadOnlySpan<Candidate> accepted)
    {
        if (cluster.LexiconName is not null)
        {
            return cluster.LexiconName;
        }

        Fullest latin = default, any = default;
        foreach (int i in cluster.Mentions)
        {
            TextSpan span = accepted[i].Span;
            int words = WordCount(span, text);
            if (any.Fuller(span, words))
            {
                any = new Fullest(span, words);
            }

            if (latin.Fuller(span, words) && IsLatin(span.Slice(text)))
            {
                latin = new Fullest(span, words);
            }
        }

        return latin.Words > 0 ? latin.Span.Slice(text).ToString() : cluster.SynthesizedName ?? any.Span.Slice(text).ToString();
    }

    /// <summary>The fullest form so far (<see cref="Words"/> 0: none yet).</summary>
    private readonly record struct Fullest(TextSpan Span, int Words)
    {
        public bool Fuller(TextSpan span, int words) => words > Words || (words == Words && span.Length > Span.Length);
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

    private static bool IsLatin(ReadOnlySpan<char> s) =>
        (s.IndexOfAnyInRange('a', 'z') >= 0 || s.IndexOfAnyInRange('A', 'Z') >= 0) && s.IndexOfAnyInRange('\u0900', '\u097F') < 0;

    private static int WordCount(TextSpan span, string text) => text.AsSpan(span.Start, span.Length).Count(' ') + 1;

    // Whether every word of key b is similar to some word of key a.
    private static bool ContainsAllWords(string a, string b)
    {
        foreach (Range w in b.AsSpan().Split(' '))
        {
            bool found = false;
            foreach (Range h in a.AsSpan().Split(' '))
            {
                if (PhoneticKey.SimilarWord(a.AsSpan()[h], b.AsSpan()[w]))
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                return false;
            }
        }

        return true;
    }
}

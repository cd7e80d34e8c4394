using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Document-level propagation for companies: once <c>Sahyadri Agro Foods Ltd</c> is an organisation, a later (or earlier: a
/// headline) <c>Sahyadri Agro</c> or <c>Sahyadri</c> written as a name of its own is the same company. Only names that end in a
/// corporate suffix lend their leading words, and a single leading word only when it is distinctive (not <c>National</c>,
/// not a place or a known word). The short forms carry the full name, so the linker puts them in its entity.
/// </summary>
internal static class OrganizationPropagation
{
    private const int MaxWords = 4;

    private static readonly HashSet<string> CorporateSuffixes = new(StringComparer.Ordinal)
    {
        "Ltd", "Limited", "Inc", "Corp", "Corporation", "Co", "LLP", "PLC", "Plc", "Group", "Holdings", "Industries",
    };

    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "National", "International", "Global", "General", "United", "Central", "State", "Public", "Federal", "Royal", "Indian",
        "American", "Asian", "European", "World", "First", "New", "Great", "Standard", "Universal", "Modern", "Premier", "Bharat",
        "Hindustan", "India", "Union", "City", "Capital", "Metro", "Super", "Star", "Golden", "Eastern", "Western", "Northern", "Southern",
    };

    /// <summary>The short forms of the companies in <paramref name="accepted"/> not yet covered, in text order; <see langword="null"/> when the article names no company with a suffix.</summary>
    public static PooledList<Candidate>? Propagate(RecognitionContext context, PooledList<Candidate> accepted, CoveredChars covered)
    {
        TokenView v = context.View;
        Dictionary<string, string>? fullNameOf = null; // "Sahyadri Agro" → "Sahyadri Agro Foods Ltd"
        foreach (Candidate c in accepted.AsSpan())
        {
            if (c.Kind != MentionKind.Organization || c.Entry is not null || c.LinkKey is not null)
            {
                continue;
            }

            int first = context.TokenAt(c.Span.Start), end = first;
            while (end < v.Count && v.Tokens[end].End <= c.Span.End)
            {
                end++;
            }

            int words = end - 1 - first; // the words before the suffix
            if (words < 1 || words > MaxWords || !CorporateSuffixes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[end - 1]))
            {
                continue;
            }

            string full = c.Span.Slice(context.Text).ToString();
            for (int n = words; n >= 1; n--)
            {
                if (n == 1 && !IsDistinctive(v, first))
                {
                    break;
                }

                fullNameOf ??= new Dictionary<string, string>(StringComparer.Ordinal);
                fullNameOf.TryAdd(Join(v, first, n), full);
            }
        }

        if (fullNameOf is null)
        {
            return null;
        }

        var output = new PooledList<Candidate>(16);
        for (int i = 0; i < v.Count; i++)
        {
            if (!NameReader.IsLatinNameWord(v, i) || (i > 0 && NameReader.IsLatinNameWord(v, i - 1)) || covered[(int)v.Tokens[i].Start])
            {
                continue;
            }

            for (int n = Math.Min(MaxWords, v.Count - i); n >= 1; n--)
            {
                if (fullNameOf.TryGetValue(Join(v, i, n), out string? full) && !covered.Any(v.Span(i, n)))
                {
                    output.Add(new Candidate(v.Span(i, n), MentionKind.Organization, null, Evidence.Propagated, null, null, full));
                    i += n - 1;
                    break;
                }
            }
        }

        return output;
    }

    private static bool IsDistinctive(in TokenView v, int i) =>
        !GenericWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(v[i]) && !v.In(i, WordLists.EnglishNonNames) && !v.In(i, WordLists.EnglishTitles)
        && !v.In(i, WordLists.OrganizationHeads) && !v.In(i, WordLists.LocationHeads) && !v.KnownAlias(i) && !v.In(i, FirstNames.Table);

    // The words' text with single spaces; a run broken by anything but words never matches.
    private static string Join(in TokenView v, int first, int n)
    {
        var words = new string[n];
        for (int k = 0; k < n; k++)
        {
            if (first + k >= v.Count || v.Kind(first + k) != TokenKind.Word)
            {
                return string.Empty;
            }

            words[k] = v[first + k].ToString();
        }

        return string.Join(' ', words);
    }
}

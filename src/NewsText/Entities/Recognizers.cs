using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>Handles, hashtags, URLs and e-mails: exactly the tokenizer's tokens of those kinds.</summary>
internal sealed class ExactTokenRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 0; i < v.Count; i++)
        {
            MentionKind? kind = v.Kind(i) switch
            {
                TokenKind.Mention => MentionKind.Handle,
                TokenKind.Hashtag => MentionKind.Hashtag,
                TokenKind.Url => MentionKind.Url,
                TokenKind.Email => MentionKind.Email,
                _ => null,
            };
            if (kind is { } k)
            {
                string text = v[i].ToString();
                string value = k switch
                {
                    MentionKind.Url when !text.Contains("://", StringComparison.Ordinal) => "https://" + text,
                    MentionKind.Email => text.ToLowerInvariant(),
                    _ => text,
                };
                output.Add(new Candidate(v.Span(i, 1), k, value, Evidence.Exact));
            }
        }
    }
}

/// <summary>Dates, money and numbers from token sequences.</summary>
internal sealed class ValueRecognizer : IMentionRecognizer
{
    // The words a date or an amount can start with; every other word is passed over with one bit test.
    private const ulong StartWords = (1UL << (int)WordClass.Months) | (1UL << (int)WordClass.Weekdays) | (1UL << (int)WordClass.DirectionWords)
        | (1UL << (int)WordClass.CurrencyPrefixes);

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        int i = 0;
        while (i < v.Count)
        {
            TokenKind kind = v.Kind(i);
            int n = 1;
            if (kind != TokenKind.Number && !v.InAny(i, StartWords) && !v.Is(i, "US"))
            {
                // nothing starts here
            }
            else if (DateNormalizer.TryMatch(v, i, out n, out string value))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Date, value, Evidence.Value));
            }
            else if (MoneyNormalizer.TryMatch(v, i, out n, out value))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Money, value, Evidence.Value));
            }
            else if (kind == TokenKind.Number && !PartOfOther(v, i) && !IsClockTime(v, i) && NumberNormalizer.TryMatch(v, i, out n, out value))
            {
                output.Add(new Candidate(v.Span(i, n), MentionKind.Number, value, Evidence.Number));
            }
            else
            {
                n = 1;
            }

            i += n;
        }
    }

    // Digits glued to letters or inside a handle-like run (G20, 2+2, DENV-2) are not standalone numbers; a score or range
    // ("3-2", "9-10") is two numbers.
    private static bool PartOfOther(in TokenView v, int i) =>
        (i > 0 && v.Touching(i - 1) && (v.Kind(i - 1) == TokenKind.Word || (v.Kind(i - 1) == TokenKind.Dash && !(i > 1 && v.Touching(i - 2) && v.Kind(i - 2) == TokenKind.Number))))
        || (v.Touching(i) && v.Kind(i + 1) == TokenKind.Word);

    // "11.30 pm", "1130 GMT", "5 बजे": a clock time is neither a number nor a date.
    private static bool IsClockTime(in TokenView v, int i) =>
        v.Is(i + 1, "pm") || v.Is(i + 1, "am") || v.Is(i + 1, "PM") || v.Is(i + 1, "AM") || (v.Is(i + 1, "p") && v.IsChar(i + 2, ".") && v.Is(i + 3, "m"))
        || (v.Is(i + 1, "a") && v.IsChar(i + 2, ".") && v.Is(i + 3, "m")) || v.Is(i + 1, "GMT") || v.Is(i + 1, "IST") || v.Is(i + 1, "UTC")
        || v.Is(i + 1, "hrs") || v.Is(i + 1, "बजे");
}

/// <summary>Names from the lexicon; adjectives are kept for the government-body patterns but are not mentions.</summary>
internal sealed class LexiconRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        Lexicon lexicon = Lexicon.Default;
        TokenView v = context.View;
        int i = 0;
        while (i < v.Count)
        {
            if (v.Lexicon(i, out LexiconMatch m))
            {
                if (m.Role == AliasRole.Name && (!m.Weak || (m.Entry.MentionKind == MentionKind.Location && HasLocationCue(v, i, m.TokenCount))))
                {
                    Evidence e = m.Weak ? Evidence.LexiconWeak : m.TokenCount > 1 ? Evidence.LexiconPhrase : Evidence.Lexicon;
                    int n = m.TokenCount + m.Entry.MentionKind switch
                    {
                        MentionKind.Organization => CompanySuffix(v, i + m.TokenCount),
                        MentionKind.Location when m.Entry.Kind == LexiconKind.City => ConstituencySuffix(v, i + m.TokenCount),
                        _ => 0,
                    };
                    output.Add(new Candidate(v.Span(i, n), m.Entry.MentionKind, null, e, m.Entry, m.Entry.LinkKey, m.Entry.Name));
                }

                i += m.TokenCount;
                continue;
            }

            int stem = v.Kind(i) == TokenKind.Word ? Lexicon.PossessiveStem(v[i]) : -1;
            if (stem > 0 && lexicon.TryMatchWord(v[i][..stem], out m) && m.Role == AliasRole.Name && !m.Weak)
            {
                var span = new TextSpan((int)v.Tokens[i].Start, stem);
                output.Add(new Candidate(span, m.Entry.MentionKind, null, Evidence.Lexicon, m.Entry, m.Entry.LinkKey, m.Entry.Name));
            }

            i++;
        }
    }

    // How many tokens of a company's legal suffix follow a known company: "Indian Oil Corp", "Infosys Ltd", "Reliance Industries
    // Limited", "Tata Motors Pvt. Ltd", "टाटा स्टील लिमिटेड".
    private static int CompanySuffix(in TokenView v, int i)
    {
        int k = i;
        if (v.Is(k, "Pvt") || v.Is(k, "Private"))
        {
            k += v.IsChar(k + 1, ".") ? 2 : 1;
        }

        if (v.Is(k, "Ltd") || v.Is(k, "Limited") || v.Is(k, "Inc") || v.Is(k, "Corp") || v.Is(k, "Corporation") || v.Is(k, "Plc")
            || v.Is(k, "PLC") || v.Is(k, "LLP") || v.Is(k, "GmbH") || v.Is(k, "AG") || v.Is(k, "लिमिटेड") || v.Is(k, "लि"))
        {
            return k + 1 - i;
        }

        return 0;
    }

    // A city's part that names a constituency or a district: "Amritsar East", "Gorakhpur Urban", "Lucknow Cantt".
    private static int ConstituencySuffix(in TokenView v, int i) =>
        v.Is(i, "East") || v.Is(i, "West") || v.Is(i, "North") || v.Is(i, "South") || v.Is(i, "Central") || v.Is(i, "Urban")
        || v.Is(i, "Rural") || v.Is(i, "Cantt") || v.Is(i, "Cantonment") ? 1 : 0;

    // A weak place alias (माली, Chad) counts when a place word surrounds it: "in Chad", "माली में", "दोहा स्थित", "राजधानी दोहा",
    // or it opens a dateline ("दोहा, 18 मार्च"); a weak alias
    // of an organisation or a person (~आप "you", ~ITC "input tax credit") is never a mention on its own.
    private static bool HasLocationCue(in TokenView v, int i, int n) =>
        (i > 0 && (v.Is(i - 1, "in") || v.Is(i - 1, "राजधानी") || v.Is(i - 1, "capital"))) || v.Is(i + n, "में") || v.Is(i + n, "स्थित")
        || (v.Is(i + n, "की") && v.Is(i + n + 1, "राजधानी"))
        || ((i == 0 || v.Kind(i - 1) == TokenKind.LineBreak) && v.IsChar(i + n, ",") && i + n + 1 < v.Count && v.Kind(i + n + 1) == TokenKind.Number); // a dateline: "दोहा, 18 मार्च"
}

/// <summary>
/// Government bodies as patterns: <c>&lt;country or adjective&gt; विदेश मंत्रालय</c>, <c>&lt;Country&gt; Foreign Ministry</c>,
/// <c>Ministry of Foreign Affairs of &lt;Country&gt;</c>, embassies and armed forces. Mentions of one country's body link across
/// scripts through the key <c>body:&lt;country id&gt;:&lt;body&gt;</c>.
/// </summary>
internal sealed class GovernmentBodyRecognizer : IMentionRecognizer
{
    private static readonly string[] BodyNames = ["Foreign Ministry", "Defence Ministry", "Home Ministry", "Finance Ministry", "Commerce Ministry", "Embassy", "Army"];

    // Hindi: the word(s) after the country, as the first token and an optional second token.
    private static readonly (string First, string? Second, int Body)[] Hindi =
    [
        ("विदेश", "मंत्रालय", 0), ("रक्षा", "मंत्रालय", 1), ("गृह", "मंत्रालय", 2), ("वित्त", "मंत्रालय", 3), ("वाणिज्य", "मंत्रालय", 4),
        ("दूतावास", null, 5), ("सेना", null, 6),
    ];

    private static readonly (string First, string? Second, int Body)[] English =
    [
        ("Foreign", "Ministry", 0), ("Foreign", "Office", 0), ("Defence", "Ministry", 1), ("Defense", "Ministry", 1), ("Home", "Ministry", 2),
        ("Interior", "Ministry", 2), ("Finance", "Ministry", 3), ("Commerce", "Ministry", 4), ("Trade", "Ministry", 4), ("Embassy", null, 5),
        ("Army", null, 6), ("Armed", "Forces", 6), ("MFA", null, 0), ("MoD", null, 1),
    ];

    private static readonly (string[] Words, int Body)[] MinistryOf =
    [
        (["Foreign", "Affairs"], 0), (["External", "Affairs"], 0), (["Defence"], 1), (["Defense"], 1), (["Home", "Affairs"], 2),
        (["Internal", "Affairs"], 2), (["Finance"], 3), (["Commerce"], 4),
    ];

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        Lexicon lexicon = Lexicon.Default;
        TokenView v = context.View;
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Lexicon(i, out LexiconMatch m) && m.Entry.Kind == LexiconKind.Country && m.Role == AliasRole.Name && v.Is(i + m.TokenCount, "के")
                && v.Tokens[i].Script == Script.Devanagari && BodyAt(v, i + m.TokenCount + 1, Hindi) is (int bodyWords and > 0, int hindiBody))
            {
                // "मिस्र के विदेश मंत्रालय": the country is its own mention; the body keeps the country's link key.
                output.Add(Body(v.Span(i + m.TokenCount + 1, bodyWords), m.Entry, hindiBody));
            }
            else if (v.Lexicon(i, out m) && m.Entry.Kind == LexiconKind.Country && Lexicon.PossessiveStem(v[i + m.TokenCount - 1]) < 0)
            {
                int j = i + m.TokenCount;
                if (BodyAt(v, j, v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Devanagari ? Hindi : English) is (int words and > 0, int body))
                {
                    output.Add(Body(v.Span(i, j + words - i), m.Entry, body));
                }
            }
            else if (v.Is(i, "Ministry") && v.Is(i + 1, "of"))
            {
                foreach ((string[] words, int body) in MinistryOf)
                {
                    int k = 0;
                    while (k < words.Length && v.Is(i + 2 + k, words[k]))
                    {
                        k++;
                    }

                    if (k == words.Length)
                    {
                        int start = i, end = i + 2 + k;
                        LexiconEntry? country = null;
                        if (v.Is(end, "of") && end + 1 < v.Count && v.Lexicon(end + 1, out LexiconMatch c) && c.Entry.Kind == LexiconKind.Country)
                        {
                            country = c.Entry;
                            end += 1 + c.TokenCount;
                        }
                        else if (i > 0 && v.Lexicon(i - 1, out LexiconMatch a) && a.TokenCount == 1 && a.Entry.Kind == LexiconKind.Country
                            && Lexicon.PossessiveStem(v[i - 1]) < 0) // "India's Ministry of Commerce": the country is its own mention
                        {
                            country = a.Entry; // "Russian Ministry of Foreign Affairs"
                            start = i - 1;
                        }

                        if (country is not null)
                        {
                            output.Add(Body(v.Span(start, end - start), country, body));
                        }
                        else if (!(v.Is(end, "and") && NameReader.IsLatinNameWord(v, end + 1)))
                        {
                            output.Add(new Candidate(v.Span(start, end - start), MentionKind.Organization, null, Evidence.Body));
                        } // else "Ministry of Commerce and Industry": the capitalised sequence reads the whole name

                        break;
                    }
                }
            }
        }
    }

    // The body words of one of the lists at token j: their token count (0 when none) and the body's index.
    private static (int Count, int Body) BodyAt(in TokenView v, int j, (string First, string? Second, int Body)[] bodies)
    {
        foreach ((string first, string? second, int body) in bodies)
        {
            if (v.Is(j, first) && (second is null || v.Is(j + 1, second)))
            {
                return (second is null ? 1 : 2, body);
            }
        }

        return (0, 0);
    }

    private static Candidate Body(TextSpan span, LexiconEntry country, int body)
    {
        string name = (country.Demonym ?? country.Name) + " " + BodyNames[body];
        return new Candidate(span, MentionKind.Organization, null, Evidence.Body, null, $"body:{country.Id}:{body}", name);
    }
}

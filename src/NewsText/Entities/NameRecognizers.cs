using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>Helpers to read a personal name forward from a token.</summary>
internal static class NameReader
{
    /// <summary>A capitalised Latin word that may be part of a name.</summary>
    public static bool IsLatinNameWord(in TokenView v, int i) =>
        i < v.Count && v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Latin && char.IsAsciiLetterUpper(v[i][0]);

    /// <summary>One capital letter, or capitals joined by dots (<c>M.K</c>, the tokenizer's word before the last dot of <c>M.K.</c>).</summary>
    private static bool IsInitials(ReadOnlySpan<char> w)
    {
        if (w.Length % 2 == 0)
        {
            return false;
        }

        for (int k = 0; k < w.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsAsciiLetterUpper(w[k]) : w[k] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Initials at token <paramref name="i"/>, closed by a dot token (<c>S.</c>, <c>M.K.</c>).</summary>
    public static bool IsInitialsAt(in TokenView v, int i) => i < v.Count && IsInitials(v[i]) && v.IsChar(i + 1, ".");

    public static bool IsAllCaps(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a Latin name of up to four words (particles like <c>bin</c> inside) starting at <paramref name="i"/>.</summary>
    public static int LatinName(in TokenView v, int i)
    {
        int n = 0, words = 0;
        while (words < 4)
        {
            int k = i + n;
            if (IsLatinNamePart(v, k))
            {
                n++;
                words++;
                if (IsInitialsAt(v, k))
                {
                    n++; // initials: "S. Jaishankar", "M.K. Stalin"
                }

                while (v.IsJoiningHyphen(i + n) && IsLatinNameWord(v, i + n + 1))
                {
                    n += 2; // hyphenated, one word: "Al-Kuwari", "Jean-Yves", "Dizon-Reyes"
                }

                if (Lexicon.PossessiveStem(v[i + n - 1]) > 0)
                {
                    break; // "Shehbaz Sharif's Pakistan Muslim League": the name ends at its possessive
                }

                continue;
            }

            if (n > 0 && k + 1 < v.Count && v.In(k, WordLists.NameParticles) && char.IsAsciiLetterLower(v[k][0]) && !v.Is(k, "of") && !v.Is(k, "and") && !v.Is(k, "the") && !v.Is(k, "for") && IsLatinNameWord(v, k + 1))
            {
                n++;
                continue;
            }

            break;
        }

        while (n > 0 && v.IsChar(i + n - 1, "."))
        {
            n--;
        }

        return n;
    }

    /// <summary>
    /// Reads a Hindi name of one to three words at <paramref name="i"/>: Devanagari words that are not function or common
    /// words, ended by a postposition, conjunction or punctuation. Words that look like verb forms (<c>…कर</c>, <c>…ने</c>)
    /// are not read unless <paramref name="knownName"/> says the word is already known as a name.
    /// </summary>
    public static int HindiName(in TokenView v, int i, bool knownName = false)
    {
        int n = 0, words = 0;
        bool afterParticle = false;
        while (words < 4 && i + n < v.Count && v.Kind(i + n) == TokenKind.Word && v.Tokens[i + n].Script == Script.Devanagari)
        {
            if (n > 0 && v.In(i + n, WordLists.HindiNameParticles) && IsHindiNameWord(v, i + n + 1))
            {
                n++; // "लूला दा सिल्वा": a particle inside a name
                afterParticle = true;
                continue;
            }

            if (v.InAny(i + n, NotInHindiNames) || (!knownName && LooksLikeVerb(v[i + n]) && !v.InAny(i + n, CommonNameWords)) || (words == 3 && !afterParticle))
            {
                break; // a fourth word only right after a particle ("लुइज़ इनासियो लूला दा सिल्वा")
            }

            n++;
            words++;
            afterParticle = false;
            if (v.IsJoiningHyphen(i + n) && IsHindiNameWord(v, i + n + 1) && v[i + n + 1].IndexOfAnyInRange('0', '9') < 0
                && !(v.Touching(i + n + 1) && v.Kind(i + n + 2) == TokenKind.Number))
            {
                n += 2; // "अल-मसरी", "अब्देल-हमीद": one name word (not "आदित्य-एल1", a mission)
            }
        }

        if (n == 0)
        {
            return 0;
        }

        return EndsHindiName(v, i + n) || EndsBeforeTimeOrVerb(v, i + n) ? n : 0;
    }

    // A name read forward may also end before a day or month ("धर्मेंद्र पाल शुक्रवार को") or a verb and its auxiliary
    // ("अरुण कुमार झा मानते हैं").
    private static bool EndsBeforeTimeOrVerb(in TokenView v, int i) =>
        i < v.Count && v.Kind(i) == TokenKind.Word
        && (v.InAny(i, (1UL << (int)WordClass.Weekdays) | (1UL << (int)WordClass.Months))
            || (LooksLikeVerb(v[i]) && (v.Is(i + 1, "हैं") || v.Is(i + 1, "है") || v.Is(i + 1, "थे") || v.Is(i + 1, "था") || v.Is(i + 1, "थी"))));

    /// <summary>
    /// <see cref="HindiName"/> of a known name is exactly one word: word <paramref name="i"/> may be a name word, the next may not,
    /// and the next ends the name (the same test without reading a third word).
    /// </summary>
    public static bool IsLoneHindiName(in TokenView v, int i) => IsHindiNameWord(v, i) && !IsHindiNameWord(v, i + 1) && EndsHindiName(v, i + 1);

    /// <summary>Whether a Hindi name may end before token <paramref name="i"/>: a postposition or conjunction, punctuation, a quote, the line's or text's end.</summary>
    public static bool EndsHindiName(in TokenView v, int i) =>
        i >= v.Count || v.In(i, WordLists.HindiNameEnders) || v.Kind(i) is TokenKind.Punctuation or TokenKind.LineBreak or TokenKind.Quote;

    /// <summary>Whether one of <paramref name="n"/> tokens from <paramref name="i"/> is a common given name or surname.</summary>
    public static bool HasGivenNameOrSurname(in TokenView v, int i, int n) => HasAny(v, i, n, (1UL << (int)WordClass.FirstNames) | (1UL << (int)WordClass.Surnames));

    /// <summary>Whether one of <paramref name="n"/> tokens from <paramref name="i"/> is a common given name.</summary>
    public static bool HasGivenName(in TokenView v, int i, int n) => HasAny(v, i, n, 1UL << (int)WordClass.FirstNames);

    private static bool HasAny(in TokenView v, int i, int n, ulong classes)
    {
        for (int k = i; k < i + n; k++)
        {
            if (v.InAny(k, classes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised Latin word that is neither a title nor a common word that only looks like a name.</summary>
    public static bool IsLatinNamePart(in TokenView v, int i) =>
        IsLatinNameWord(v, i) && !v.InAny(i, NotLatinNameParts);

    // Words a capitalised name never contains: sentence words, titles, and the heads of organisations and places ("state Assembly").
    private const ulong NotLatinNameParts = (1UL << (int)WordClass.EnglishNonNames) | (1UL << (int)WordClass.EnglishTitles)
        | (1UL << (int)WordClass.OrganizationHeads) | (1UL << (int)WordClass.LocationHeads);

    private const ulong NotHindiNameWords = (1UL << (int)WordClass.HindiStop) | (1UL << (int)WordClass.HindiTitles) | (1UL << (int)WordClass.HindiNameEnders);

    // Given names and surnames that end like verb forms (संगीता, मधुकर, शंकर) are still name words.
    private const ulong CommonNameWords = (1UL << (int)WordClass.FirstNames) | (1UL << (int)WordClass.Surnames);

    // Words a name read forward stops at: also weekdays and months ("नरेंद्र मोदी सोमवार को": the name is two words).
    private const ulong NotInHindiNames = NotHindiNameWords | (1UL << (int)WordClass.Weekdays) | (1UL << (int)WordClass.Months);

    public static bool IsHindiNameWord(in TokenView v, int i) =>
        i < v.Count && v.Kind(i) == TokenKind.Word && v.Tokens[i].Script == Script.Devanagari && !v.InAny(i, NotHindiNameWords);

    /// <summary>A Hindi word ending like a verb form or an oblique plural (<c>…ने</c>, <c>…ता</c>, <c>…कर</c>, <c>…ों</c>).</summary>
    public static bool LooksLikeVerb(ReadOnlySpan<char> w) =>
        w.EndsWith("ने") || w.EndsWith("ना") || w.EndsWith("ते") || w.EndsWith("ता") || w.EndsWith("ती") || w.EndsWith("कर") || w.EndsWith("ाया") || w.EndsWith("ाई") && w.Length > 4 || w.EndsWith("ों") || w.EndsWith("ाओं");
}

/// <summary>Persons after a title or role: <c>विदेश मंत्री सर्गेई लावरोव</c>, <c>समकक्ष, किन गांग</c>, <c>Foreign Minister Qin Gang</c>, <c>FM Qin</c>.</summary>
internal sealed class TitleCueRecognizer : IMentionRecognizer
{
    private const ulong Titles = (1UL << (int)WordClass.HindiTitles) | (1UL << (int)WordClass.EnglishTitles);

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Kind(i) != TokenKind.Word || !v.InAny(i, Titles))
            {
                continue; // every cue below is a title word
            }

            int next = i + 1;
            if (v.IsChar(next, "."))
            {
                next++; // डॉ. / Dr.
            }

            if (v.Tokens[i].Script == Script.Devanagari && v.In(i, WordLists.HindiTitles, out int role))
            {
                if (v.IsChar(next, ","))
                {
                    next++;
                }

                int n = NameReader.HindiName(v, next);
                if (n == 1 && v.IsChar(next + 1, "।") && !v.In(next, FirstNames.Surnames) && !v.In(next, FirstNames.Table))
                {
                    n = 0; // Hindi sentences end with a verb: "दोनों मंत्री मिले।"
                }

                if (n > 0 && (role == 0 || n >= 2 || NameReader.HasGivenNameOrSurname(v, next, n)))
                {
                    output.Add(new Candidate(v.Span(next, n), MentionKind.Person, null, Evidence.Cue));
                    i = next + n - 1;
                }
            }
            else if (v.Tokens[i].Script == Script.Latin && v.In(i, WordLists.EnglishTitles, out int inside) && inside == 0 && !IsTitleContinuation(v, next))
            {
                if (v.IsChar(next, ","))
                {
                    next++;
                }
                else if (v.Is(next, "of") && (v.Is(next + 1, "Police") || v.Is(next + 1, "State")))
                {
                    next += 2; // "Deputy Commissioner of Police Harish Chandrashekar", "Minister of State Arvind Mehrotra"
                }

                int n = NameReader.LatinName(v, next);
                bool knownNonPerson = v.Lexicon(next, out LexiconMatch m) && !m.Weak && m.Entry.Kind != LexiconKind.Person;
                if (n > 0 && !knownNonPerson)
                {
                    output.Add(new Candidate(v.Span(next, n), MentionKind.Person, null, Evidence.Cue));
                    i = next + n - 1;
                }
            }
        }
    }

    // "Foreign Minister" → the next word may still be a title word ("Prime Minister").
    private static bool IsTitleContinuation(in TokenView v, int i) => i < v.Count && v.In(i, WordLists.EnglishTitles) && char.IsAsciiLetterUpper(v[i][0]);
}

/// <summary>Embedded-post authors: <c>— Abhijit Halder (@Abhijithalderr) January 9, 2023</c>.</summary>
internal sealed class AttributionRecognizer : IMentionRecognizer
{
    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        foreach (Attribution a in context.Attributions)
        {
            TokenView v = context.View;
            int i = context.TokenAt(a.Author.Start);
            bool org = false;
            for (int k = i; k < v.Count && v.Tokens[k].Start < a.Author.End; k++)
            {
                if (v.In(k, WordLists.OrganizationHeads) || (v.Lexicon(k, out LexiconMatch m) && m.Entry.Kind == LexiconKind.Organization))
                {
                    org = true;
                }
            }

            output.Add(new Candidate(a.Author, org ? MentionKind.Organization : MentionKind.Person, null, Evidence.Attribution));
        }
    }

    /// <summary>
    /// Finds attribution lines from tokens when no parser supplied them: a line that starts with a dash (or
    /// <c>A post shared by</c>) followed by one to six name words and an <c>(@handle)</c>.
    /// </summary>
    public static List<Attribution> Find(string text, Token[] tokens)
    {
        var list = new List<Attribution>();
        var v = new TokenView(text, tokens);
        for (int i = 0; i < v.Count; i++)
        {
            bool lineStart = i == 0 || v.Kind(i - 1) == TokenKind.LineBreak;
            if (!lineStart)
            {
                continue;
            }

            int j = i;
            if (v.Kind(j) == TokenKind.Dash)
            {
                j++;
            }
            else if (v.Is(j, "A") && v.Is(j + 1, "post") && v.Is(j + 2, "shared") && v.Is(j + 3, "by"))
            {
                j += 4;
            }
            else
            {
                continue;
            }

            int start = j;
            while (j < v.Count && j - start < 8 && (v.Kind(j) == TokenKind.Word || (j > start && v.IsJoiningHyphen(j))))
            {
                j++;
            }

            if (j > start && v.IsChar(j, "(") && j + 1 < v.Count && v.Kind(j + 1) == TokenKind.Mention)
            {
                list.Add(new Attribution(v.Span(start, j - start), v.Span(j + 1, 1)));
            }
        }

        return list;
    }
}

/// <summary>
/// Latin-script capitalised sequences not found otherwise: organisations by their head word (<c>… Ministry</c>, <c>… Council</c>),
/// places by theirs (<c>… Valley</c>), unknown all-capital acronyms as organisations, and two- to four-word name-like
/// sequences as persons when a speech verb or a person cue confirms them.
/// </summary>
internal sealed class CapitalizedSequenceRecognizer : IMentionRecognizer
{

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        int i = 0;
        while (i < v.Count)
        {
            if (!NameReader.IsLatinNameWord(v, i))
            {
                i++;
                continue;
            }

            // Initials and a surname ("M.K. Shetty", "N. Chandrababu Naidu") name a person.
            if (NameReader.IsInitialsAt(v, i) && (i == 0 || !NameReader.IsLatinNameWord(v, i - 1)))
            {
                int name = NameReader.LatinName(v, i);
                if (name >= 3 && !HasStopWord(v, i + 2, i + name))
                {
                    output.Add(new Candidate(v.Span(i, name), MentionKind.Person, null, Evidence.Capitalized));
                    i += name;
                    continue;
                }
            }

            // Extend over capitalised words, inner particles ("Ministry of External Affairs") and a plural possessive's
            // apostrophe ("Bangalore Citizens' Forum").
            int end = i + 1;
            while (end < v.Count)
            {
                if (NameReader.IsInitialsAt(v, end))
                {
                    break; // initials start a name of their own ("Justices Sunanda Rao and M.K. Shetty")
                }

                if (IsPlacePossessive(v, end - 1) || (Lexicon.PossessiveStem(v[end - 1]) > 0 && NameReader.HasGivenName(v, i, end - i)))
                {
                    break; // "India's Ministry of Commerce", "Shehbaz Sharif's Pakistan Muslim League": the owner, then the body
                }

                if (NameReader.IsLatinNameWord(v, end))
                {
                    end++;
                }
                else if (v.In(end, WordLists.NameParticles) && char.IsAsciiLetterLower(v[end][0]) && NameReader.IsLatinNameWord(v, end + 1)
                    && !NameReader.IsInitialsAt(v, end + 1))
                {
                    end += 2;
                }
                else if (v.IsChar(end, "'’") && v.Touching(end - 1) && !v.Touching(end) && NameReader.IsLatinNameWord(v, end + 1) && v[end - 1][^1] == 's')
                {
                    end += 2;
                }
                else if (v.IsJoiningHyphen(end) && NameReader.IsLatinNameWord(v, end + 1))
                {
                    end += 2; // a hyphenated name: "Dizon-Reyes"
                }
                else
                {
                    break;
                }
            }

            Classify(v, i, end, output);
            i = end;
        }
    }

    // "India's", "China’s": a known place's possessive ends the name it starts.
    private static bool IsPlacePossessive(in TokenView v, int k)
    {
        int stem = Lexicon.PossessiveStem(v[k]);
        return stem > 0 && Lexicon.Default.TryMatchWord(v[k][..stem], out LexiconMatch m) && m.Entry.MentionKind == MentionKind.Location;
    }

    private static void Classify(in TokenView v, int start, int end, PooledList<Candidate> output)
    {
        int written = start;
        // Drop leading words that are never names (sentence-initial "The", titles, adjectives), but not the head of
        // "Government of …" or "Ministry of …".
        while (start < end && (v.In(start, WordLists.EnglishNonNames) || v.In(start, WordLists.EnglishTitles) || v.In(start, WordLists.NameParticles))
            && !((v.Is(start, "Government") || v.In(start, WordLists.OrganizationHeads)) && v.Is(start + 1, "of") && start + 2 < end)
            && !(v.Is(start, "All") && v.Is(start + 1, "India")) // "All India Football Federation"
            && !v.IsJoiningHyphen(start + 1) // "Al-Qadir Trust"
            && !(v.In(start, WordLists.EnglishTitles, out int inside) && inside == 1 && OrganizationEnd(v, start, end) is (> 0, true)
                && !(v.Lexicon(start + 1, out LexiconMatch known) && !known.Weak && start + 1 + known.TokenCount == end))) // "State Bank of Pakistan", "Election Commission"; not "State Congress"
        {
            start++;
        }

        // "Shares of Meridian Infotech", "Arjun Malhotra of Motilal Oswal": what stands before "of" without a head of its own
        // ("Ministry of …", "Government of …", "Bank of …") is not part of the body after it.
        for (int k = start + 1; k < end - 1; k++)
        {
            if (v.Is(k, "of"))
            {
                if (!HasHead(v, start, k))
                {
                    Classify(v, start, k, output);
                    Classify(v, k + 1, end, output);
                    return;
                }

                break;
            }
        }

        // "the Ladwa Assembly seat": a constituency, not a legislature (the place is read by its cue).
        if (end - start >= 2 && v.Is(end - 1, "Assembly") && (v.Is(end, "seat") || v.Is(end, "constituency") || v.Is(end, "segment")))
        {
            Classify(v, start, end - 1, output);
            return;
        }

        // One word and "and" then a name: two names ("Accel and Stellaris Venture Partners"), not one.
        if (end - start > 2 && v.Is(start + 1, "and") && !v.In(start, WordLists.OrganizationHeads)) // not "Securities and Exchange Board"
        {
            Classify(v, start, start + 1, output);
            Classify(v, start + 2, end, output);
            return;
        }

        // A demonym before an institution is part of its name ("Indian Council of Medical Research", "Indian Super League").
        int demonym = start;
        while (demonym > written && IsDemonym(v, demonym - 1))
        {
            demonym--;
        }

        if (demonym < start && OrganizationEnd(v, demonym, end) is (> 0, true))
        {
            start = demonym;
        }

        if (start < end && OrganizationEnd(v, start, end) is (int orgEnd and > 0, bool institution))
        {
            // An institution outranks a place named inside it ("Karnataka High Court"); what follows its name is read on its own
            // ("Supreme Court Justice Rao": the court, then a title and a name).
            Evidence evidence = !institution ? Evidence.Capitalized
                : OfPlace(v, start, orgEnd) || (IsDemonym(v, start) && start + 2 < orgEnd) ? Evidence.Body : Evidence.Cue; // "Indian Red Cross Society" over "Red Cross"
            output.Add(new Candidate(v.Span(start, orgEnd - start), MentionKind.Organization, null, evidence));
            if (orgEnd < end)
            {
                Classify(v, orgEnd, end, output);
            }

            return;
        }

        while (end > start && v.In(end - 1, WordLists.NameParticles))
        {
            end--;
        }

        int n = end - start;
        if (n <= 0)
        {
            return;
        }

        if (v.In(end - 1, WordLists.LocationHeads) && n >= 2)
        {
            output.Add(new Candidate(v.Span(start, n), MentionKind.Location, null, Evidence.Capitalized));
            return;
        }

        if (n == 1 && NameReader.IsAllCaps(v[start]) && v[start].Length is >= 3 and <= 6 && !v.In(start, WordLists.NotAcronyms)
            && !(v.IsChar(start + 1, "-") && v.Touching(start) && start + 2 < v.Count && v.Kind(start + 2) == TokenKind.Number) // DENV-2, MiG-29
            && !v.In(start, WordLists.EnglishNonNames) && !v.KnownAlias(start) && IsAsciiLetters(v[start]))
        {
            output.Add(new Candidate(v.Span(start, 1), MentionKind.Organization, null, Evidence.Capitalized));
            return;
        }

        // A person: two to four name words, none an acronym or known word, confirmed by "X said" / "said X" / "X, the …" or
        // by a given name first or a common surname last ("Nancy Pelosi visited", "Manvir Sandhu scored").
        if (n is >= 2 and <= 4 && !HasStopWord(v, start, end) && (Confirmed(v, start, end) || v.In(start, FirstNames.Table) || v.In(end - 1, FirstNames.Surnames)))
        {
            output.Add(new Candidate(v.Span(start, n), MentionKind.Person, null, Evidence.Capitalized));
            return;
        }

        // Not one name: "and" may join two ("in Mumbai and Meera Iyer in Bengaluru").
        for (int k = start + 1; k < end - 1; k++)
        {
            if (v.Is(k, "and"))
            {
                Classify(v, start, k, output);
                Classify(v, k + 1, end, output);
                return;
            }
        }
    }

    /// <summary>
    /// Where an organisation named by its head word ends (0 when the words from <paramref name="start"/> are not one): at its
    /// last head word (<c>Bengaluru City Police</c>), or, when a particle follows the head, at the end of the capitalised run
    /// (<c>Competition Commission of India</c>, <c>People's Union for Civil Liberties</c>, <c>Government of Karnataka</c>).
    /// A name needs two words or more; <c>Institution</c> tells an institution's head from an event's.
    /// </summary>
    private static (int End, bool Institution) OrganizationEnd(in TokenView v, int start, int end)
    {
        if (end - start >= 2 && v.In(start, WordLists.OrganizationPrefixes) && NameReader.IsLatinNameWord(v, start + 1))
        {
            int last = start + 1;
            while (last + 1 < end && NameReader.IsLatinNameWord(v, last + 1) && !v.In(last + 1, WordLists.EnglishTitles))
            {
                last++;
            }

            return (last + 1, true); // "FC Goa", "IIT Madras" (and not "… and IIM Bangalore")
        }

        int head = -1, kind = 1;
        for (int k = start; k < end; k++)
        {
            if (v.In(k, WordLists.OrganizationHeads, out int value) || (k == start && v.Is(k, "Government")))
            {
                head = k;
                kind = v.Is(k, "Government") ? 0 : value;
            }
        }

        if (head < 0)
        {
            return (0, false);
        }

        for (int k = head - 1; k > start; k--)
        {
            if (v.Is(k, "the"))
            {
                return (0, false); // "Pakistan the Ministry": two phrases, not one name
            }
        }

        if (v.In(head + 1, WordLists.LocationHeads) && head + 1 < end)
        {
            return (0, false); // "National Capital Region" is a place
        }

        if (v.Is(head + 1, "Minister") || v.Is(head + 1, "Secretary"))
        {
            return (0, false); // "Saudi Energy Minister", "Finance Secretary": a portfolio, not a body
        }

        int orgEnd = head + 1;
        for (int k = head + 1; k < end; k++)
        {
            if (v.In(k, WordLists.NameParticles) && char.IsAsciiLetterLower(v[k][0]))
            {
                orgEnd = end; // "… of India": the rest of the run names what the body is of
                break;
            }

            if (!NameReader.IsLatinNameWord(v, k) || v.In(k, WordLists.EnglishTitles))
            {
                break;
            }
        }

        if (orgEnd + 1 < end && v.IsJoiningHyphen(orgEnd) && NameReader.IsLatinNameWord(v, orgEnd + 1))
        {
            orgEnd += 2; // "Pakistan Muslim League-Nawaz"
        }

        return orgEnd - start >= 2 ? (orgEnd, kind == 0) : (0, false);
    }

    // "Election Commission of Pakistan": an institution of a known place names more than a lexicon phrase inside it
    // ("Election Commission", India's).
    private static bool OfPlace(in TokenView v, int start, int end)
    {
        if (!(end - start >= 3 && v.Is(end - 2, "of") && v.Lexicon(end - 1, out LexiconMatch m) && m.TokenCount == 1 && m.Entry.MentionKind == MentionKind.Location))
        {
            return false;
        }

        for (int k = Math.Max(0, start - 4); k <= start; k++)
        {
            if (v.Lexicon(k, out LexiconMatch known) && known.TokenCount > 1 && k + known.TokenCount >= end)
            {
                return false; // the lexicon names the whole body ("Securities and Exchange Board of India")
            }
        }

        return true;
    }

    private static bool HasHead(in TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v.In(k, WordLists.OrganizationHeads) || v.In(k, WordLists.LocationHeads) || v.Is(k, "Government"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDemonym(in TokenView v, int k) => v.Lexicon(k, out LexiconMatch m) && m.Role == AliasRole.Adjective && m.TokenCount == 1;

    private static bool IsAsciiLetters(ReadOnlySpan<char> w)
    {
        foreach (char c in w)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasStopWord(in TokenView v, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (v.In(k, WordLists.EnglishNonNames) || v.In(k, WordLists.EnglishTitles) || v.In(k, WordLists.OrganizationHeads)
                || (NameReader.IsAllCaps(v[k]) && v[k].Length > 1) || v.KnownAlias(k))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Confirmed(in TokenView v, int start, int end)
    {
        int after = end;
        if (v.IsChar(after, ","))
        {
            after++;
        }

        return v.In(after, WordLists.SpeechVerbs) || (start > 0 && v.In(start - 1, WordLists.SpeechVerbs))
            || (v.IsChar(end, ",") && (v.Is(end + 1, "the") || v.Is(end + 1, "a") || v.Is(end + 1, "who")))
            || (v.IsChar(end, "(") && end + 1 < v.Count && v.Kind(end + 1) == TokenKind.Mention);
    }
}

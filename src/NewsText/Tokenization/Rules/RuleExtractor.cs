namespace NewsText.Tokenization.Rules;

/// <summary>Which rule matched.</summary>
internal enum RuleKind : byte
{
    /// <summary><see cref="MentionRule"/>.</summary>
    Mention,

    /// <summary><see cref="HashtagRule"/>.</summary>
    Hashtag,

    /// <summary><see cref="UrlRule"/>.</summary>
    Url,

    /// <summary><see cref="EmailRule"/>.</summary>
    Email,
}

/// <summary>A token a rule found: UTF-16 start and length.</summary>
internal readonly record struct RuleMatch(RuleKind Kind, int Start, int Length);

/// <summary>
/// A stand-in for the tokenizer, for tests: walks a whole text, offers every code point position to the rules
/// (the scanners check what may precede a token themselves), keeps the matches and skips past them.
/// Mentions and hashtags start at their trigger; elsewhere e-mail is tried before URL.
/// </summary>
internal static class RuleExtractor
{
    /// <summary>All matches in <paramref name="text"/>, in order.</summary>
    internal static List<RuleMatch> Extract(string text, int maxLength = 4096)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<RuleMatch>();
        int i = 0;
        while (i < text.Length)
        {
            int previous = RuleChars.CodePointBefore(text, i);
            if (TryScan(text, i, previous, maxLength, out RuleMatch match))
            {
                matches.Add(match);
                i += match.Length;
            }
            else
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }
        }

        return matches;
    }

    private static bool TryScan(string text, int start, int previous, int maxLength, out RuleMatch match)
    {
        int length;
        RuleKind kind;
        switch (text[start])
        {
            case '@' or '＠':
                kind = RuleKind.Mention;
                MentionRule.Scan(text, start, previous, isFinalBlock: true, maxLength, out length);
                break;
            case '#' or '＃':
                kind = RuleKind.Hashtag;
                HashtagRule.Scan(text, start, previous, isFinalBlock: true, maxLength, out length);
                break;
            default:
                kind = RuleKind.Email;
                if (EmailRule.Scan(text, start, previous, isFinalBlock: true, maxLength, out length) != ScanResult.Match)
                {
                    kind = RuleKind.Url;
                    UrlRule.Scan(text, start, previous, isFinalBlock: true, maxLength, out length);
                }

                break;
        }

        match = new RuleMatch(kind, start, length);
        return length > 0;
    }
}

using System.Globalization;
using System.Text;

namespace NewsText.Tokenization.Rules;

/// <summary>
/// URLs after twitter-text's extractor: an optional <c>http://</c> or <c>https://</c>, a domain whose last label
/// starts with a known TLD (<see cref="Tlds"/>) or is punycode, then an optional <c>:port</c>, <c>/path</c> and
/// <c>?query</c>. Without a protocol the domain's labels are ASCII letters, digits, '-' and Latin accented letters
/// (<c>pic.twitter.com/x</c>, <c>t.co/x</c>, <c>www.example.com</c>, <c>ELPAÍS.com</c>); with one they may be in any script.
/// </summary>
/// <remarks>
/// <para>The path keeps balanced parentheses (one level of nesting) and ends at its last letter, digit or one of
/// <c>+ - = _ # /</c>, so trailing <c>. , ! : '</c> and an unbalanced ')' stay outside; the query ends at its last
/// letter, digit or one of <c>- _ &amp; = # /</c>. A TLD must not be followed by [A-Za-z0-9@+-] (<c>foo.comm</c>,
/// <c>tar.bz2</c>, <c>john.doe.gov@mail.com</c>). An <c>http(s)://t.co/slug</c> URL ends after its slug and query,
/// and is no URL when the slug is longer than 40.</para>
/// <para>Not after [A-Za-z0-9@＠$#＃] or U+FFFE, U+FEFF, U+FFFF; without a protocol, not after '-', '_', '.' or '/'.</para>
/// <para>Deviations from twitter-text: the domain may not hold Unicode punctuation, separators or format and control
/// characters (twitter-text excludes only ASCII punctuation and spaces); IDNA is approximated: a label starting
/// "xn--" must be ASCII, and a label whose punycode would be longer than 63 (estimated from below) makes no URL.
/// Characters past the scan window (<c>maxLength + 64</c>) count as the end of the text.</para>
/// </remarks>
internal static class UrlRule
{
    private const int MaxTcoSlugLength = 40;
    private const int MaxLabelLength = 63;

    /// <summary>Scans for a URL at <paramref name="start"/>.</summary>
    /// <param name="text">The text, or the current chunk of a stream.</param>
    /// <param name="start">Index of the candidate first character (the 'h' of http, the 'w' of www, …).</param>
    /// <param name="previous">The code point before <paramref name="start"/>, or -1 at the start of the text.</param>
    /// <param name="isFinalBlock">Whether <paramref name="text"/> runs to the end of the input.</param>
    /// <param name="maxLength">The longest token the caller accepts, in UTF-16 code units.</param>
    /// <param name="length">On <see cref="ScanResult.Match"/>, the URL's UTF-16 length.</param>
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)text.Length || IsInvalidBefore(previous))
        {
            return ScanResult.NoMatch;
        }

        var reader = new ScanReader(text, start, isFinalBlock, maxLength);
        int domainStart = ScanProtocol(ref reader, start);
        bool hasProtocol = domainStart > start;
        int end = -1;
        if (hasProtocol || (previous is not ('-' or '_' or '.' or '/') && IsAsciiLabelChar(reader.Peek(start))))
        {
            end = ScanUrl(ref reader, domainStart, hasProtocol);
        }

        return reader.Result(start, end, out length);
    }

    /// <summary>What a URL may not follow.</summary>
    private static bool IsInvalidBefore(int c) =>
        RuleChars.IsAsciiLetterOrDigit(c) || c is '@' or '＠' or '$' or '#' or '＃' or 0xFFFE or 0xFEFF or 0xFFFF;

    /// <summary>The index after "http://" or "https://" (any case) at <paramref name="start"/>, or <paramref name="start"/>.</summary>
    private static int ScanProtocol(ref ScanReader reader, int start)
    {
        int i = start;
        foreach (char expected in "http")
        {
            if ((reader.Peek(i) | 0x20) != expected)
            {
                return start;
            }

            i++;
        }

        if ((reader.Peek(i) | 0x20) == 's')
        {
            i++;
        }

        return reader.IsSchemeSeparatorAt(i) ? i + 3 : start;
    }

    /// <summary>The end of the URL whose domain starts at <paramref name="domainStart"/>, or -1.</summary>
    private static int ScanUrl(ref ScanReader reader, int domainStart, bool hasProtocol)
    {
        int end = ScanDomain(ref reader, domainStart, hasProtocol);
        if (end < 0 || !IsEncodable(ref reader, domainStart, end))
        {
            return -1;
        }

        int domainEnd = end;
        if (reader.Peek(end) == ':' && IsAsciiDigit(reader.Peek(end + 1)))
        {
            end += 2;
            while (IsAsciiDigit(reader.Peek(end)))
            {
                end++;
            }
        }

        if (reader.Peek(end) == '/')
        {
            end = ScanPath(ref reader, end + 1);
        }

        if (reader.Peek(end) == '?')
        {
            end = ScanQuery(ref reader, end + 1, end);
        }

        if (hasProtocol && domainEnd - domainStart == 4 && IsTco(ref reader, domainStart) && reader.Peek(domainEnd) == '/')
        {
            // twitter-text's t.co rule: the URL is "http(s)://t.co/" + [A-Za-z0-9]+ + an optional query, inside the URL found.
            int slugEnd = domainEnd + 1;
            while (slugEnd < end && RuleChars.IsAsciiLetterOrDigit(reader.Peek(slugEnd)))
            {
                slugEnd++;
            }

            int slugLength = slugEnd - domainEnd - 1;
            if (slugLength > MaxTcoSlugLength)
            {
                return -1;
            }

            if (slugLength > 0)
            {
                end = slugEnd < end && reader.Peek(slugEnd) == '?' ? Math.Min(ScanQuery(ref reader, slugEnd + 1, slugEnd), end) : slugEnd;
            }
        }

        return end;
    }

    private static bool IsTco(ref ScanReader reader, int i) =>
        (reader.Peek(i) | 0x20) == 't' && reader.Peek(i + 1) == '.' && (reader.Peek(i + 2) | 0x20) == 'c' && (reader.Peek(i + 3) | 0x20) == 'o';

    /// <summary>
    /// The end of the longest domain at <paramref name="start"/>: labels separated by '.', the last one starting with a
    /// TLD, the one before it a domain name (inner '-' only), the others subdomains (inner '-' or '_'; ASCII labels take no '_').
    /// Returns -1 when there is none.
    /// </summary>
    private static int ScanDomain(ref ScanReader reader, int start, bool anyScript)
    {
        int best = -1;
        int labelStart = start;
        bool earlierAreSubdomains = true; // every label before the previous one is a valid subdomain
        bool previousIsSubdomain = false;
        bool previousIsDomainName = false;
        for (int label = 0; ; label++)
        {
            if (label > 0 && earlierAreSubdomains && previousIsDomainName)
            {
                int tld = MatchTld(ref reader, labelStart);
                if (tld > 0)
                {
                    best = labelStart + tld;
                }
            }

            int i = labelStart;
            int first = -1;
            int last = -1;
            bool hasUnderscore = false;
            while (true)
            {
                int c = reader.Peek(i, out int width);
                if (c == '-' || (c == '_' && anyScript))
                {
                    hasUnderscore |= c == '_';
                }
                else if (!(anyScript ? IsLabelChar(c) : IsAsciiLabelChar(c)))
                {
                    break;
                }

                first = first < 0 ? c : first;
                last = c;
                i += width;
            }

            if (reader.Peek(i) != '.')
            {
                return best;
            }

            earlierAreSubdomains &= label == 0 || previousIsSubdomain;
            previousIsSubdomain = first is not (-1 or '-' or '_') && last is not ('-' or '_');
            previousIsDomainName = previousIsSubdomain && !hasUnderscore;
            if (!earlierAreSubdomains || !previousIsSubdomain)
            {
                // No later label can end a domain.
                return best;
            }

            labelStart = i + 1;
        }
    }

    /// <summary>
    /// The length of the longest TLD at <paramref name="start"/> that is not followed by [A-Za-z0-9@+-], or of a
    /// punycode TLD (xn--[a-z0-9-]+); 0 when there is none.
    /// </summary>
    private static int MatchTld(ref ScanReader reader, int start)
    {
        if ((reader.Peek(start) | 0x20) == 'x' && (reader.Peek(start + 1) | 0x20) == 'n' && reader.Peek(start + 2) == '-' && reader.Peek(start + 3) == '-')
        {
            int i = start + 4;
            while (RuleChars.IsAsciiLetterOrDigit(reader.Peek(i)) || reader.Peek(i) == '-')
            {
                i++;
            }

            return i > start + 4 ? i - start : 0;
        }

        Span<char> candidate = stackalloc char[Tlds.MaxLength];
        int length = 0;
        int best = 0;
        while (true)
        {
            int c = reader.Peek(start + length, out int width);
            if (!RuleChars.IsLetterOrMark(c) || length + width > Tlds.MaxLength)
            {
                return best;
            }

            if (!Rune.TryCreate(c, out Rune rune) || !rune.TryEncodeToUtf16(candidate[length..], out _))
            {
                return best;
            }

            length += width;
            int next = reader.Peek(start + length);
            if (!(RuleChars.IsAsciiLetterOrDigit(next) || next is '@' or '+' or '-') && Tlds.Contains(candidate[..length]))
            {
                best = length;
            }
        }
    }

    /// <summary>A domain character when a protocol is given: not punctuation, a separator, a control, format or unassigned character.</summary>
    private static bool IsLabelChar(int c) => RuleChars.Category(c) switch
    {
        <= UnicodeCategory.OtherNumber or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => c is not ('$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~'),
        _ => false,
    };

    /// <summary>A domain character without a protocol: [A-Za-z0-9] or a Latin accented letter.</summary>
    private static bool IsAsciiLabelChar(int c) => RuleChars.IsAsciiLetterOrDigit(c) || RuleChars.IsLatinAccent(c);

    /// <summary>
    /// Whether IDNA could encode the domain (twitter-text rejects it otherwise): a non-ASCII label may not start with
    /// "xn--", and no label's punycode may pass 63 characters. The punycode length is estimated from below:
    /// "xn--", the ASCII characters and a '-', and one character for each non-ASCII one.
    /// </summary>
    private static bool IsEncodable(ref ScanReader reader, int start, int end)
    {
        int labelStart = start;
        int ascii = 0;
        int other = 0;
        for (int i = start; ; i++)
        {
            int width = 1;
            int c = i < end ? reader.Peek(i, out width) : '.';
            if (c != '.')
            {
                ascii += c < 0x80 ? 1 : 0;
                other += c < 0x80 ? 0 : 1;
                i += Math.Max(width, 1) - 1;
                continue;
            }

            bool tooLong = other > 0 ? 4 + ascii + (ascii > 0 ? 1 : 0) + other > MaxLabelLength : ascii > MaxLabelLength;
            if (tooLong || (other > 0 && IsPunycodePrefix(ref reader, labelStart)))
            {
                return false;
            }

            if (i >= end)
            {
                return true;
            }

            ascii = other = 0;
            labelStart = i + 1;
        }
    }

    private static bool IsAsciiDigit(int c) => (uint)(c - '0') <= 9;

    private static bool IsPunycodePrefix(ref ScanReader reader, int i) =>
        (reader.Peek(i) | 0x20) == 'x' && (reader.Peek(i + 1) | 0x20) == 'n' && reader.Peek(i + 2) == '-' && reader.Peek(i + 3) == '-';

    /// <summary>
    /// The end of the longest path at <paramref name="start"/> (just after its '/'): path characters and balanced
    /// parentheses, ending at an ending character or a ')'. At least <paramref name="start"/>.
    /// </summary>
    private static int ScanPath(ref ScanReader reader, int start)
    {
        int end = start;
        int i = start;
        while (true)
        {
            int c = reader.Peek(i, out int width);
            if (IsPathChar(c))
            {
                i += width;
                if (IsPathEndingChar(c))
                {
                    end = i;
                }
            }
            else if (c == '(' && ScanBalancedParens(ref reader, i) is int close and > 0)
            {
                i = close;
                end = i;
            }
            else
            {
                return end;
            }
        }
    }

    /// <summary>After a '(' at <paramref name="open"/>: "(chars)" or "(chars(chars)chars)" with at least one char inside each pair; the index after the ')' or -1.</summary>
    private static int ScanBalancedParens(ref ScanReader reader, int open)
    {
        int i = SkipPathChars(ref reader, open + 1);
        bool hasChars = i > open + 1;
        int c = reader.Peek(i);
        if (c == ')')
        {
            return hasChars ? i + 1 : -1;
        }

        if (c != '(')
        {
            return -1;
        }

        int innerStart = i + 1;
        i = SkipPathChars(ref reader, innerStart);
        if (i == innerStart || reader.Peek(i) != ')')
        {
            return -1;
        }

        i = SkipPathChars(ref reader, i + 1);
        return reader.Peek(i) == ')' ? i + 1 : -1;
    }

    private static int SkipPathChars(ref ScanReader reader, int i)
    {
        while (true)
        {
            int c = reader.Peek(i, out int width);
            if (!IsPathChar(c))
            {
                return i;
            }

            i += width;
        }
    }

    /// <summary>The end of the query whose text starts at <paramref name="start"/> (after the '?'), or <paramref name="ifNone"/> when no query character ends it.</summary>
    private static int ScanQuery(ref ScanReader reader, int start, int ifNone)
    {
        int end = ifNone;
        for (int i = start; IsQueryChar(reader.Peek(i), out bool ending); i++)
        {
            if (ending)
            {
                end = i + 1;
            }
        }

        return end;
    }

    /// <summary>twitter-text's general path characters: letters, digits, Cyrillic, Latin accented letters and <c>!*';:=+,.$/%#[]-–_~&amp;|@</c>.</summary>
    private static bool IsPathChar(int c) =>
        IsPathEndingChar(c) || c is '!' or '*' or '\'' or ';' or ':' or ',' or '.' or '$' or '%' or '[' or ']' or 0x2013 or '~' or '&' or '|' or '@';

    /// <summary>Path characters that may end a path: letters, digits, Cyrillic, Latin accented letters and <c>+-=_#/</c>.</summary>
    private static bool IsPathEndingChar(int c) =>
        RuleChars.IsAsciiLetterOrDigit(c) || c is (>= 0x400 and <= 0x4FF) or '+' or '-' or '=' or '_' or '#' or '/' || RuleChars.IsLatinAccent(c);

    private static bool IsQueryChar(int c, out bool ending)
    {
        ending = RuleChars.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '&' or '=' or '#' or '/';
        return ending || c is '!' or '?' or '*' or '\'' or '@' or '(' or ')' or ';' or ':' or '+' or '$' or '%' or '[' or ']' or '.' or ',' or '~' or '|';
    }
}

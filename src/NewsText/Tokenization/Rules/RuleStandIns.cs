namespace NewsText.Tokenization.Rules;

// TEMPORARY stand-ins until the twitter-text rules land (branch `twitter`); deleted at that merge.
internal enum ScanResult : byte
{
    NoMatch,
    Match,
    NeedMoreData,
}

internal static class MentionRule
{
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        if (previous is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '@')
        {
            return ScanResult.NoMatch;
        }

        int i = start + 1;
        while (i < text.Length && i - start <= 20 && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i == text.Length && !isFinalBlock)
        {
            return ScanResult.NeedMoreData;
        }

        length = i - start;
        return length is > 1 and <= 21 ? ScanResult.Match : ScanResult.NoMatch;
    }
}

internal static class HashtagRule
{
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        return ScanResult.NoMatch;
    }
}

internal static class UrlRule
{
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        return ScanResult.NoMatch;
    }
}

internal static class EmailRule
{
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        return ScanResult.NoMatch;
    }
}

namespace NewsText.Tokenization.Rules;

/// <summary>
/// @handles after twitter-text: '@' or '＠', then 1–20 of [A-Za-z0-9_].
/// Not after [A-Za-z0-9_!#$%&amp;*@＠] (so <c>a@b.com</c> is no mention), except after "RT"/"RT:" (<c>RT@user</c>);
/// not followed by '@', '＠', a Latin accented letter or "://" (an e-mail, a URL, a longer name).
/// A list (<c>@user/list</c>) yields the user only: the '/' and the slug are ordinary text.
/// </summary>
/// <remarks>
/// Deviation: twitter-text takes the first 20 characters of a longer run (<c>@abcdefghijklmnopqrstu</c>);
/// here a run longer than 20 is no handle at all, so a word is never cut in two.
/// Reads up to three characters before <c>start</c> in <c>text</c> for the "RT" rule.
/// </remarks>
internal static class MentionRule
{
    /// <summary>The longest screen name.</summary>
    internal const int MaxNameLength = 20;

    /// <summary>Scans for an @handle at <paramref name="start"/>.</summary>
    /// <param name="text">The text, or the current chunk of a stream.</param>
    /// <param name="start">Index of the candidate '@' or '＠'.</param>
    /// <param name="previous">The code point before <paramref name="start"/>, or -1 at the start of the text.</param>
    /// <param name="isFinalBlock">Whether <paramref name="text"/> runs to the end of the input.</param>
    /// <param name="maxLength">The longest token the caller accepts, in UTF-16 code units.</param>
    /// <param name="length">On <see cref="ScanResult.Match"/>, the token's UTF-16 length (with the '@').</param>
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)text.Length || text[start] is not ('@' or '＠'))
        {
            return ScanResult.NoMatch;
        }

        if (IsInvalidBefore(previous) && !FollowsRetweetMarker(text, start, previous))
        {
            return ScanResult.NoMatch;
        }

        var reader = new ScanReader(text, start, isFinalBlock, maxLength);
        int i = start + 1;
        while (i - start - 1 <= MaxNameLength && RuleChars.IsAsciiWord(reader.Peek(i)))
        {
            i++;
        }

        int nameLength = i - start - 1;
        bool valid = nameLength is >= 1 and <= MaxNameLength && i - start <= maxLength && !IsInvalidAfter(ref reader, i);
        return reader.Result(start, valid ? i : -1, out length);
    }

    /// <summary>[A-Za-z0-9_!#$%&amp;*@＠]: a mention may not follow these.</summary>
    private static bool IsInvalidBefore(int c) => RuleChars.IsAsciiWord(c) || c is '!' or '#' or '$' or '%' or '&' or '*' or '@' or '＠';

    /// <summary>What may not follow a screen name: '@', '＠', a Latin accented letter, "://".</summary>
    private static bool IsInvalidAfter(ref ScanReader reader, int index)
    {
        int c = reader.Peek(index);
        return c is '@' or '＠' || RuleChars.IsLatinAccent(c) || reader.IsSchemeSeparatorAt(index);
    }

    /// <summary>twitter-text's <c>(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?</c> right before the '@'. "RT:" needs no rule: ':' may precede a mention.</summary>
    private static bool FollowsRetweetMarker(ReadOnlySpan<char> text, int start, int previous)
    {
        if (previous is not ('t' or 'T') || start < 2 || text[start - 1] != previous || text[start - 2] is not ('r' or 'R'))
        {
            return false;
        }

        // Before "rt": the start of the text (or of what the caller passed), or not a word character.
        return start < 3 || !(RuleChars.IsAsciiWord(text[start - 3]) || text[start - 3] is '+' or '~' or '.' or '-');
    }
}

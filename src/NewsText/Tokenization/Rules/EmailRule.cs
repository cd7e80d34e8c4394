namespace NewsText.Tokenization.Rules;

/// <summary>
/// E-mail addresses as news text writes them: a local part of [A-Za-z0-9._%+-] that starts with a letter or digit,
/// has no ".." and does not end with '.', then '@', then dot-separated ASCII labels ([A-Za-z0-9], inner '-') whose
/// last is a known TLD (<see cref="Tlds"/>). The address is the longest such; a trailing '.' stays outside.
/// Not after a letter, digit, mark or one of <c>._%+-/@＠</c> (a partial address), nor followed by '@' or '_'.
/// </summary>
internal static class EmailRule
{
    private const int MaxLocalLength = 64;
    private const int MaxLabelLength = 63;
    private const int MaxDomainLength = 253;

    /// <summary>Scans for an e-mail address at <paramref name="start"/>.</summary>
    /// <param name="text">The text, or the current chunk of a stream.</param>
    /// <param name="start">Index of the candidate first character of the local part.</param>
    /// <param name="previous">The code point before <paramref name="start"/>, or -1 at the start of the text.</param>
    /// <param name="isFinalBlock">Whether <paramref name="text"/> runs to the end of the input.</param>
    /// <param name="maxLength">The longest token the caller accepts, in UTF-16 code units.</param>
    /// <param name="length">On <see cref="ScanResult.Match"/>, the address's UTF-16 length.</param>
    internal static ScanResult Scan(ReadOnlySpan<char> text, int start, int previous, bool isFinalBlock, int maxLength, out int length)
    {
        length = 0;
        if ((uint)start >= (uint)text.Length || !RuleChars.IsAsciiLetterOrDigit(text[start]) || IsInvalidBefore(previous))
        {
            return ScanResult.NoMatch;
        }

        var reader = new ScanReader(text, start, isFinalBlock, maxLength);
        return reader.Result(start, ScanAddress(ref reader, start), out length);
    }

    private static bool IsInvalidBefore(int c) =>
        c is '.' or '_' or '%' or '+' or '-' or '/' or '@' or '＠' || RuleChars.Category(c) <= System.Globalization.UnicodeCategory.DecimalDigitNumber;

    /// <summary>The end of the address starting at <paramref name="start"/>, or -1.</summary>
    private static int ScanAddress(ref ScanReader reader, int start)
    {
        int i = start;
        int c;
        while (IsLocalChar(c = reader.Peek(i)))
        {
            if (c == '.' && reader.Peek(i - 1) == '.')
            {
                return -1;
            }

            if (++i - start > MaxLocalLength)
            {
                return -1;
            }
        }

        if (c != '@' || reader.Peek(i - 1) == '.')
        {
            return -1;
        }

        int domainStart = i + 1;
        int labelStart = domainStart;
        int end = -1;
        while (true)
        {
            int labelEnd = labelStart;
            while (RuleChars.IsAsciiLetterOrDigit(c = reader.Peek(labelEnd)) || c == '-')
            {
                if (++labelEnd - domainStart > MaxDomainLength)
                {
                    return end;
                }
            }

            int labelLength = labelEnd - labelStart;
            if (labelLength == 0 || labelLength > MaxLabelLength || reader.Peek(labelStart) == '-' || reader.Peek(labelEnd - 1) == '-')
            {
                return end;
            }

            if (labelStart > domainStart && c is not ('@' or '_') && IsTld(ref reader, labelStart, labelEnd))
            {
                end = labelEnd;
            }

            if (c != '.' || !RuleChars.IsAsciiLetterOrDigit(reader.Peek(labelEnd + 1)))
            {
                return end;
            }

            labelStart = labelEnd + 1;
        }
    }

    private static bool IsLocalChar(int c) => RuleChars.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static bool IsTld(ref ScanReader reader, int from, int to)
    {
        if (to - from > Tlds.MaxLength)
        {
            return false;
        }

        Span<char> label = stackalloc char[Tlds.MaxLength];
        for (int i = from; i < to; i++)
        {
            label[i - from] = (char)reader.Peek(i);
        }

        return Tlds.Contains(label[..(to - from)]);
    }
}

namespace NewsText.Tokenization.Rules;

/// <summary>
/// Every read a scanner makes at or after its start goes through here. Reads past the scan window
/// (<c>maxLength + <see cref="Lookahead"/></c> code units from the start) see <see cref="End"/>, as at the end of
/// the text; reads past the end of a non-final chunk see <see cref="End"/> too and set <see cref="HitEnd"/>, and a
/// scanner that hit the end answers <see cref="ScanResult.NeedMoreData"/>. So the answer for a given prefix never
/// depends on whether more text follows, unless it is <see cref="ScanResult.NeedMoreData"/>.
/// </summary>
internal ref struct ScanReader
{
    /// <summary>How many code units past its longest token a scanner may look (trailing punctuation, "://" after a mention).</summary>
    internal const int Lookahead = 64;

    /// <summary>What <see cref="Peek(int, out int)"/> returns past the end of the text or of the window.</summary>
    internal const int End = -1;

    private readonly ReadOnlySpan<char> text;
    private readonly int limit;
    private readonly int maxLength;
    private readonly bool isFinalBlock;

    /// <summary>Creates a reader for a scan starting at <paramref name="start"/>.</summary>
    internal ScanReader(ReadOnlySpan<char> text, int start, bool isFinalBlock, int maxLength)
    {
        this.text = text;
        this.isFinalBlock = isFinalBlock;
        this.maxLength = maxLength;
        limit = (int)Math.Min((long)start + Math.Max(maxLength, 0) + Lookahead, int.MaxValue);
    }

    /// <summary>Whether a read ran into the end of a non-final chunk.</summary>
    internal bool HitEnd { get; private set; }

    /// <summary>The code point at <paramref name="index"/> (a lone surrogate as itself), or <see cref="End"/>.</summary>
    /// <param name="index">A UTF-16 index into the text.</param>
    /// <param name="width">The code point's UTF-16 length: 1 or 2, 0 at <see cref="End"/>.</param>
    internal int Peek(int index, out int width)
    {
        width = 0;
        if (index >= limit)
        {
            return End;
        }

        if (index >= text.Length)
        {
            HitEnd |= !isFinalBlock;
            return End;
        }

        char c = text[index];
        width = 1;
        if (!char.IsHighSurrogate(c) || index + 1 >= limit)
        {
            return c;
        }

        if (index + 1 >= text.Length)
        {
            if (isFinalBlock)
            {
                return c;
            }

            // The low half may be in the next chunk.
            HitEnd = true;
            width = 0;
            return End;
        }

        char low = text[index + 1];
        if (!char.IsLowSurrogate(low))
        {
            return c;
        }

        width = 2;
        return char.ConvertToUtf32(c, low);
    }

    /// <summary>The code point at <paramref name="index"/>, or <see cref="End"/>.</summary>
    internal int Peek(int index) => Peek(index, out _);

    /// <summary>
    /// The scan's answer: <see cref="ScanResult.NeedMoreData"/> when a read hit the end of the chunk; else
    /// <see cref="ScanResult.Match"/> when the token <c>[start, end)</c> is not empty and fits <c>maxLength</c>;
    /// else <see cref="ScanResult.NoMatch"/>.
    /// </summary>
    /// <param name="start">Where the token starts.</param>
    /// <param name="end">Where it ends, or -1 when the rule found none.</param>
    /// <param name="length">The token's length on <see cref="ScanResult.Match"/>, else 0.</param>
    internal readonly ScanResult Result(int start, int end, out int length)
    {
        length = 0;
        if (HitEnd)
        {
            return ScanResult.NeedMoreData;
        }

        if (end <= start || end - start > maxLength)
        {
            return ScanResult.NoMatch;
        }

        length = end - start;
        return ScanResult.Match;
    }

    /// <summary>Whether "://" stands at <paramref name="index"/>; reads no further than needed to tell.</summary>
    internal bool IsSchemeSeparatorAt(int index) => Peek(index) == ':' && Peek(index + 1) == '/' && Peek(index + 2) == '/';
}

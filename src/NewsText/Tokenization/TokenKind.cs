namespace NewsText.Tokenization;

/// <summary>What a <see cref="Token"/> is. Every input character belongs to exactly one token, so whitespace and line breaks are tokens too.</summary>
public enum TokenKind : byte
{
    /// <summary>Anything else: control characters, unpaired format characters, unassigned code points.</summary>
    Other = 0,

    /// <summary>A word in any script, with its combining marks (vowel signs, virama, nukta), ZWJ/ZWNJ and inner apostrophes (<c>don't</c>). See <see cref="Token.Script"/>.</summary>
    Word,

    /// <summary>A number: <c>9</c>, <c>2023</c>, <c>1,000</c>, <c>1,00,000</c>, <c>3.5</c>, <c>२०२३</c>, <c>9th</c>.</summary>
    Number,

    /// <summary>Punctuation; <see cref="TokenFlags.SentenceTerminal"/> marks <c>. ? ! । ॥ …</c>.</summary>
    Punctuation,

    /// <summary>A quotation mark, straight or typographic; the flags say open, close or ambiguous, and single or double.</summary>
    Quote,

    /// <summary>A hyphen or dash: <c>- ‐ ‑ ‒ – — ―</c>; <see cref="TokenFlags.InWord"/> when it joins two words with no space (<c>नव-नियुक्त</c>).</summary>
    Dash,

    /// <summary>A URL: <c>https://…</c>, <c>www.…</c>, <c>pic.twitter.com/…</c>, <c>t.co/…</c>.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An @handle (twitter-text rules).</summary>
    Mention,

    /// <summary>A #hashtag in any script (twitter-text rules).</summary>
    Hashtag,

    /// <summary>A whole emoji sequence: ZWJ sequences, flags, skin tones, keycaps.</summary>
    Emoji,

    /// <summary>A symbol: currency, percent, ampersand, maths and other symbols.</summary>
    Symbol,

    /// <summary>A run of horizontal whitespace (not line breaks).</summary>
    Whitespace,

    /// <summary>One line break: <c>\n</c>, <c>\r\n</c>, <c>\r</c>, U+0085, U+2028 or U+2029.</summary>
    LineBreak,
}

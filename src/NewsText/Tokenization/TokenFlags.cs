using System.Diagnostics.CodeAnalysis;

namespace NewsText.Tokenization;

/// <summary>Extra facts about a <see cref="Token"/>. The low three bits hold the token's <see cref="Script"/>; read it with <see cref="Token.Script"/>.</summary>
[Flags]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "A [Flags] enum; the name is the published API.")]
public enum TokenFlags : ushort
{
    /// <summary>No flags.</summary>
    None = 0,

    /// <summary>Mask of the bits that hold the <see cref="Script"/> (values 0–6).</summary>
    ScriptMask = 0b111,

    /// <summary>The token contains combining marks (vowel signs, virama, nukta, accents).</summary>
    HasCombiningMarks = 1 << 3,

    /// <summary>Punctuation that can end a sentence: <c>. ? ! । ॥ …</c>.</summary>
    SentenceTerminal = 1 << 4,

    /// <summary>A quote mark that opens a quotation.</summary>
    QuoteOpen = 1 << 5,

    /// <summary>A quote mark that closes a quotation.</summary>
    QuoteClose = 1 << 6,

    /// <summary>A quote mark whose direction the context does not decide (later stages pair it).</summary>
    QuoteAmbiguous = 1 << 7,

    /// <summary>A single quote mark (<c>' ‘ ’ ‚ ‹ ›</c>); otherwise the quote is double.</summary>
    QuoteSingle = 1 << 8,

    /// <summary>The run was longer than <c>TokenizerOptions.MaxTokenLength</c> and was cut; the next token continues it.</summary>
    Truncated = 1 << 9,

    /// <summary>The token held invalid input (a lone surrogate, invalid UTF-8) that was replaced with U+FFFD (streams) or kept as is (strings).</summary>
    InvalidInput = 1 << 10,

    /// <summary>A dash or apostrophe-like mark with a word character on both sides and no space (<c>चीन-रूस</c>): later stages may rejoin the words.</summary>
    InWord = 1 << 11,
}

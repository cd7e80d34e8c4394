namespace NewsText;

/// <summary>The writing system of a letter or word, as far as news text needs to tell them apart.</summary>
/// <remarks>Values follow the Unicode <c>Script</c> property (Scripts.txt); scripts NewsText does not name are <see cref="Other"/>.</remarks>
public enum Script : byte
{
    /// <summary>No letters: digits, punctuation, symbols, spaces (Unicode scripts Common and Inherited).</summary>
    Common = 0,

    /// <summary>Latin script (English and other Western European languages).</summary>
    Latin = 1,

    /// <summary>Devanagari script (Hindi, Marathi, Nepali, Sanskrit).</summary>
    Devanagari = 2,

    /// <summary>Cyrillic script (Russian, Ukrainian, …).</summary>
    Cyrillic = 3,

    /// <summary>Arabic script (Arabic, Urdu, Persian).</summary>
    Arabic = 4,

    /// <summary>Han ideographs (Chinese, Japanese kanji).</summary>
    Han = 5,

    /// <summary>Any other script.</summary>
    Other = 6,
}

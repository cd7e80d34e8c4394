namespace NewsText;

/// <summary>What a paragraph is. Serialised in camelCase.</summary>
public enum ParagraphKind : byte
{
    /// <summary>Ordinary body text.</summary>
    Body,

    /// <summary>The headline: a short first line of one sentence without terminal punctuation, followed by body.</summary>
    Title,

    /// <summary>A byline: <c>By …</c>, <c>द्वारा …</c>, <c>रिपोर्ट: …</c>.</summary>
    Byline,

    /// <summary>A dateline on its own line: <c>NEW DELHI, Jan 9 (Reuters) -</c>, <c>नई दिल्ली, 9 जनवरी (भाषा)</c>.</summary>
    Dateline,

    /// <summary>The text of an embedded social post.</summary>
    EmbeddedPost,

    /// <summary>The attribution line of an embedded post: <c>— Name (@handle) January 9, 2023</c>.</summary>
    Attribution,
}

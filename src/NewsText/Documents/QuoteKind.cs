namespace NewsText;

/// <summary>What a quotation is. Serialised in camelCase.</summary>
public enum QuoteKind : byte
{
    /// <summary>Reported speech: a clause, a speech cue or a speaker.</summary>
    Speech,

    /// <summary>A scare quote or a named term: a few words, no clause, no speech cue (<c>"उपग्रहों"</c>).</summary>
    Term,
}

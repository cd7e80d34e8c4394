namespace NewsText.Tokenization.Rules;

/// <summary>What a rule's scanner found at a candidate start.</summary>
internal enum ScanResult : byte
{
    /// <summary>No token of the rule starts here; the tokenizer reads the characters as usual.</summary>
    NoMatch,

    /// <summary>A token of the rule starts here; its UTF-16 length is in the scanner's <c>length</c>.</summary>
    Match,

    /// <summary>The answer depends on characters past the end of this (non-final) chunk: call again with more text.</summary>
    NeedMoreData,
}

namespace NewsText.Tokenization;

/// <summary>What the tokenizer does with ill-formed input: lone surrogates in text, invalid UTF-8 in streams.</summary>
public enum InvalidInputHandling : byte
{
    /// <summary>Keep going: a lone surrogate becomes its own <see cref="TokenKind.Other"/> token; invalid UTF-8 from a stream is replaced with U+FFFD. Tokens holding either carry <see cref="TokenFlags.InvalidInput"/>. The default.</summary>
    Replace = 0,

    /// <summary>Throw a <see cref="NewsTextFormatException"/> naming the offset of the first bad input.</summary>
    Throw = 1,
}

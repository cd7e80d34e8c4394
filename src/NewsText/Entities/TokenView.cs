using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// The significant tokens of a text (every token but horizontal whitespace; line breaks stay and stop every pattern),
/// with helpers the normalisers and recognizers share. A view of arrays the caller owns; allocates nothing.
/// </summary>
internal readonly ref struct TokenView
{
    public TokenView(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        Text = text;
        Tokens = tokens;
    }

    public ReadOnlySpan<char> Text { get; }

    public ReadOnlySpan<Token> Tokens { get; }

    public int Count => Tokens.Length;

    /// <summary>The text of significant token <paramref name="i"/>.</summary>
    public ReadOnlySpan<char> this[int i] => Text.Slice((int)Tokens[i].Start, Tokens[i].Length);

    public TokenKind Kind(int i) => Tokens[i].Kind;

    /// <summary>Whether token <paramref name="i"/> exists and is exactly <paramref name="s"/>.</summary>
    public bool Is(int i, string s) => i < Tokens.Length && this[i].SequenceEqual(s);

    /// <summary>Whether token <paramref name="i"/> exists and is one of the single chars of <paramref name="chars"/>.</summary>
    public bool IsChar(int i, string chars) => i < Tokens.Length && Tokens[i].Length == 1 && chars.Contains(Text[(int)Tokens[i].Start], StringComparison.Ordinal);

    /// <summary>Whether tokens <paramref name="i"/> and <paramref name="i"/>+1 touch (no whitespace between).</summary>
    public bool Touching(int i) => i + 1 < Tokens.Length && Tokens[i].End == Tokens[i + 1].Start;

    /// <summary>Whether token <paramref name="i"/> exists and is in <paramref name="table"/>.</summary>
    public bool In(int i, WordTable table, out int value)
    {
        value = 0;
        return i < Tokens.Length && Tokens[i].Kind == TokenKind.Word && table.TryGet(this[i], out value);
    }

    /// <summary>The span of tokens <paramref name="first"/> to <paramref name="first"/>+<paramref name="count"/>-1.</summary>
    public TextSpan Span(int first, int count) => TextSpan.FromBounds((int)Tokens[first].Start, (int)Tokens[first + count - 1].End);

    /// <summary>The significant tokens of a whole text (tests and the pure normaliser functions use this).</summary>
    public static Token[] Tokenize(ReadOnlySpan<char> text)
    {
        var list = new List<Token>();
        var t = new Tokenizer(text);
        while (t.Read())
        {
            if (t.Current.Kind != TokenKind.Whitespace)
            {
                list.Add(t.Current);
            }
        }

        return list.ToArray();
    }
}

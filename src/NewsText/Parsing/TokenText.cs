using NewsText.Tokenization;

namespace NewsText.Parsing;

/// <summary>Small questions stages ask about one token of the buffer.</summary>
internal static class TokenText
{
    public static ReadOnlySpan<char> Of(string text, Token t) => text.AsSpan((int)t.Start, t.Length);

    public static bool Is(string text, Token t, string value) => Of(text, t).SequenceEqual(value);

    public static bool IsChar(string text, Token t, char c) => t.Length == 1 && text[(int)t.Start] == c;

    /// <summary>Whether nothing (not even a space) separates the two tokens.</summary>
    public static bool Adjacent(Token left, Token right) => left.End == right.Start;
}

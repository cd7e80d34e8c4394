using System.Runtime.InteropServices;

namespace NewsText.Tokenization;

/// <summary>One token: a kind, a position in the source and flags. 16 bytes; holds no text, so reading tokens allocates nothing.</summary>
/// <remarks>Offsets are UTF-16 code units from the start of the whole input (for <c>TokenReader</c>, of the whole stream's text).</remarks>
[StructLayout(LayoutKind.Auto)]
public readonly record struct Token
{
    /// <summary>Creates a token.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="start">Offset of the first code unit.</param>
    /// <param name="length">Length in code units (at least 1).</param>
    /// <param name="flags">Flags, including the script bits.</param>
    public Token(TokenKind kind, long start, int length, TokenFlags flags)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Flags = flags;
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Offset of the token's first UTF-16 code unit in the input.</summary>
    public long Start { get; }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length { get; }

    /// <summary>Offset just past the token.</summary>
    public long End => Start + Length;

    /// <summary>Flags: script, combining marks, quote direction, truncation, …</summary>
    public TokenFlags Flags { get; }

    /// <summary>The script of the token's letters (<see cref="Script.Common"/> for tokens without letters).</summary>
    public Script Script => (Script)(Flags & TokenFlags.ScriptMask);

    /// <summary>Whether <paramref name="flag"/> is set.</summary>
    /// <param name="flag">One flag.</param>
    /// <returns><see langword="true"/> when every bit of <paramref name="flag"/> is set.</returns>
    public bool Has(TokenFlags flag) => (Flags & flag) == flag;

    /// <summary>The token's text, sliced from the source it was read from. Allocates nothing.</summary>
    /// <param name="source">The whole input the token's offsets refer to.</param>
    /// <returns>The slice of <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The token does not lie inside <paramref name="source"/>.</exception>
    public ReadOnlySpan<char> GetText(ReadOnlySpan<char> source)
    {
        if ((ulong)Start > (ulong)source.Length || (ulong)(Start + Length) > (ulong)source.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(source), "The token does not lie inside the given source text.");
        }

        return source.Slice((int)Start, Length);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Kind} [{Start}..{End}) {Flags & ~TokenFlags.ScriptMask} {Script}";
}

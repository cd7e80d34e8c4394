using System.Buffers;

namespace NewsText.Entities;

/// <summary>
/// A char buffer that starts on the caller's stack and moves to a pooled array only when it outgrows it: what
/// <see cref="PhoneticKey"/> writes keys into, so keying a name allocates nothing but (when asked for) the key string.
/// </summary>
internal ref struct KeyBuilder
{
    private Span<char> chars;
    private char[]? rented;
    private int length;

    public KeyBuilder(Span<char> initial)
    {
        chars = initial;
        rented = null;
        length = 0;
    }

    /// <summary>The chars written so far; setting it can only shorten the key.</summary>
    public int Length
    {
        readonly get => length;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)value, (uint)length, nameof(value));
            length = value;
        }
    }

    /// <summary>Char <paramref name="index"/> of the key.</summary>
    public readonly ref char this[int index] => ref chars[..length][index];

    public void Append(char c)
    {
        if (length == chars.Length)
        {
            Grow(1);
        }

        chars[length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> s)
    {
        if (length + s.Length > chars.Length)
        {
            Grow(s.Length);
        }

        s.CopyTo(chars[length..]);
        length += s.Length;
    }

    public readonly ReadOnlySpan<char> AsSpan() => chars[..length];

    public override readonly string ToString() => new(AsSpan());

    /// <summary>Returns the pooled array, if one was rented.</summary>
    public void Dispose()
    {
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
            rented = null;
        }
    }

    private void Grow(int more)
    {
        char[] bigger = ArrayPool<char>.Shared.Rent(Math.Max(chars.Length * 2, length + more));
        AsSpan().CopyTo(bigger);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        chars = rented = bigger;
    }
}

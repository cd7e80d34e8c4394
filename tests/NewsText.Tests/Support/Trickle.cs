namespace NewsText.Tests.Support;

/// <summary>A reader that hands out at most <c>step</c> chars per call, like a slow network stream.</summary>
internal sealed class TrickleReader(string text, int step) : TextReader
{
    private int pos;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int n = Math.Min(Math.Min(step, buffer.Length), text.Length - pos);
        text.AsSpan(pos, n).CopyTo(buffer);
        pos += n;
        return n;
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

    public override int Peek() => pos < text.Length ? text[pos] : -1;
}

/// <summary>A stream that hands out at most <c>step</c> bytes per call.</summary>
internal sealed class TrickleStream(byte[] data, int step) : MemoryStream(data, writable: false)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(step, count));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(step, buffer.Length)]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));
}

namespace NewsText.Benchmarks.Memory;

/// <summary>
/// A read-only stream of <paramref name="unit"/> repeated up to about <paramref name="totalBytes"/>, generated on the fly so
/// a gigabyte of input costs no memory. It ends on a UTF-8 character boundary (never within a multi-byte sequence).
/// </summary>
internal sealed class RepeatingStream(byte[] unit, long totalBytes) : Stream
{
    private long position;

    /// <summary>How many bytes the stream yields: <paramref name="totalBytes"/>, less any tail of a cut-off character.</summary>
    public long TotalBytes { get; } = EndOnCharBoundary(unit, totalBytes);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int written = 0;
        while (written < buffer.Length && position < TotalBytes)
        {
            int inUnit = (int)(position % unit.Length);
            int n = (int)Math.Min(Math.Min(unit.Length - inUnit, buffer.Length - written), TotalBytes - position);
            unit.AsSpan(inUnit, n).CopyTo(buffer[written..]);
            written += n;
            position += n;
        }

        return written;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static long EndOnCharBoundary(byte[] unit, long totalBytes)
    {
        ArgumentOutOfRangeException.ThrowIfZero(unit.Length);
        long end = totalBytes;
        while (end % unit.Length != 0 && (unit[end % unit.Length] & 0xC0) == 0x80)
        {
            end--; // the byte at `end` continues a character: cut before that character starts
        }

        return end;
    }
}

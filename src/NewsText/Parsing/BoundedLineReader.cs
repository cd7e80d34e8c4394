using System.Text;

namespace NewsText.Parsing;

/// <summary>One line from <see cref="BoundedLineReader"/>; <see cref="TooLong"/> when it was skipped for exceeding the limit.</summary>
internal sealed record LineRead(string Text, bool TooLong);

/// <summary>Reads lines (<c>\n</c>, <c>\r\n</c>) in bounded memory: a line longer than the limit is skipped to its end and reported.</summary>
internal sealed class BoundedLineReader(TextReader reader, long maxLength)
{
    private readonly char[] buffer = new char[64 * 1024];
    private readonly StringBuilder line = new();
    private int start;
    private int end;
    private bool done;

    public long MaxLength => maxLength;

    public async ValueTask<LineRead?> ReadAsync(CancellationToken cancellationToken)
    {
        line.Clear();
        bool tooLong = false;
        while (true)
        {
            if (start == end)
            {
                if (done)
                {
                    return line.Length > 0 || tooLong ? Finish(tooLong) : null;
                }

                end = await reader.ReadAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                start = 0;
                if (end == 0)
                {
                    done = true;
                    continue;
                }
            }

            int newline = Array.IndexOf(buffer, '\n', start, end - start);
            int stop = newline < 0 ? end : newline;
            if (!tooLong)
            {
                line.Append(buffer, start, stop - start);
                if (line.Length > maxLength)
                {
                    tooLong = true;
                    line.Clear();
                }
            }

            start = newline < 0 ? end : newline + 1;
            if (newline >= 0)
            {
                return Finish(tooLong);
            }
        }
    }

    private LineRead Finish(bool tooLong)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line.Length--;
        }

        return new LineRead(line.ToString(), tooLong);
    }
}

using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using NewsText.Parsing;
using NewsText.Serialization;

namespace NewsText.Cli.Pipeline;

/// <summary>What a <see cref="JsonlPipeline"/> run did.</summary>
/// <param name="Records">Lines read, and lines written (always equal).</param>
/// <param name="Failed">Lines answered with an error record.</param>
/// <param name="Chars">Chars read.</param>
public readonly record struct PipelineResult(long Records, long Failed, long Chars);

/// <summary>
/// The <c>--jsonl</c> filter: JSON Lines in (<c>{"id":…,"text":…}</c>), one JSON line out per line in, in input order, parsed on
/// several workers. A reader, the workers and an ordered writer are joined by bounded channels, and the reader may run at
/// most a fixed window of lines ahead of the writer, so memory stays bounded however long the stream and whatever the
/// order in which workers finish. See docs/scale-out.md for the record format and error semantics.
/// </summary>
public static class JsonlPipeline
{
    /// <summary>Runs the filter.</summary>
    /// <param name="input">JSON Lines.</param>
    /// <param name="output">Where the output lines go.</param>
    /// <param name="parser">The parser (thread-safe).</param>
    /// <param name="workers">Parallel workers (at least 1).</param>
    /// <param name="progress">Called about once a second from the writer, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Counts.</returns>
    public static async Task<PipelineResult> RunAsync(TextReader input, TextWriter output, ArticleParser parser, int workers, Action<PipelineResult, TimeSpan>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(parser);
        workers = Math.Max(1, workers);
        int window = workers * 8;
        using var ahead = new SemaphoreSlim(window, window);
        var inbox = Channel.CreateBounded<(long Seq, LineRead Line)>(new BoundedChannelOptions(window) { SingleWriter = true });
        var outbox = Channel.CreateBounded<(long Seq, string Json, bool Failed, int Chars)>(new BoundedChannelOptions(window) { SingleReader = true });
        long maxLine = (4L * parser.Options.MaxInputLength) + 1024;

        Task reading = Task.Run(
            async () =>
            {
                try
                {
                    var lines = new BoundedLineReader(input, maxLine);
                    long seq = 0;
                    while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
                    {
                        await ahead.WaitAsync(cancellationToken).ConfigureAwait(false);
                        await inbox.Writer.WriteAsync((seq++, line), cancellationToken).ConfigureAwait(false);
                    }

                    inbox.Writer.Complete();
                }
                catch (Exception e)
                {
                    inbox.Writer.Complete(e);
                    throw;
                }
            },
            cancellationToken);

        Task[] working = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach ((long seq, LineRead line) in inbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                {
                    (string json, bool failed) = Process(parser, line, seq + 1);
                    await outbox.Writer.WriteAsync((seq, json, failed, line.Text.Length), cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken)).ToArray();

        Task finishing = Task.WhenAll(working).ContinueWith(t => outbox.Writer.Complete(t.Exception), TaskScheduler.Default);

        var pending = new Dictionary<long, (string Json, bool Failed, int Chars)>();
        long next = 0, failedCount = 0, chars = 0;
        var clock = Stopwatch.StartNew();
        TimeSpan lastReport = TimeSpan.Zero;
        await foreach ((long seq, string json, bool failed, int lineChars) in outbox.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            pending[seq] = (json, failed, lineChars);
            while (pending.Remove(next, out var ready))
            {
                await output.WriteLineAsync(ready.Json.AsMemory(), cancellationToken).ConfigureAwait(false);
                failedCount += ready.Failed ? 1 : 0;
                chars += ready.Chars;
                next++;
                ahead.Release();
            }

            if (progress != null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(1))
            {
                lastReport = clock.Elapsed;
                progress(new PipelineResult(next, failedCount, chars), clock.Elapsed);
            }
        }

        await reading.ConfigureAwait(false);
        await finishing.ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        progress?.Invoke(new PipelineResult(next, failedCount, chars), clock.Elapsed);
        return new PipelineResult(next, failedCount, chars);
    }

    /// <summary>One line in, one JSON line out: <c>{"id":…,"article":{…}}</c> or <c>{"id":…,"error":{"code":…,"message":…}}</c>.</summary>
    internal static (string Json, bool Failed) Process(ArticleParser parser, LineRead line, long lineNumber)
    {
        ArticleRecord record = line.TooLong
            ? new ArticleRecord(lineNumber, null, null, new ArticleError("too_long", string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} is longer than the line limit.")))
            : string.IsNullOrWhiteSpace(line.Text)
                ? new ArticleRecord(lineNumber, null, null, new ArticleError("empty_line", string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} is empty.")))
                : parser.ParseRecord(line.Text, lineNumber);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            writer.WriteStartObject();
            if (record.Id is null)
            {
                writer.WriteNull("id");
            }
            else
            {
                writer.WriteString("id", record.Id);
            }

            if (record.Article is { } article)
            {
                writer.WritePropertyName("article");
                ArticleJson.Write(writer, article);
            }
            else
            {
                writer.WriteStartObject("error");
                writer.WriteString("code", record.Error!.Code);
                writer.WriteString("message", record.Error.Message);
                writer.WriteNumber("line", lineNumber);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return (Encoding.UTF8.GetString(buffer.WrittenSpan), record.Article is null);
    }
}

using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using NewsText.Parsing;

namespace NewsText.Cli.Pipeline;

/// <summary>What a <see cref="JsonlPipeline"/> run did.</summary>
/// <param name="Records">Lines read, and lines written (always equal).</param>
/// <param name="Failed">Lines answered with an error record.</param>
/// <param name="Bytes">UTF-8 bytes of the lines read (line ends not counted).</param>
public readonly record struct PipelineResult(long Records, long Failed, long Bytes)
{
    /// <summary>The sum of two runs.</summary>
    /// <param name="other">The other run.</param>
    /// <returns>Both runs' counts added.</returns>
    public PipelineResult Add(PipelineResult other) => new(Records + other.Records, Failed + other.Failed, Bytes + other.Bytes);
}

/// <summary>One output line of the pipeline, made from one input line.</summary>
/// <param name="Json">The output line, without its line end.</param>
/// <param name="Failed">Whether it is an error record.</param>
internal readonly record struct RecordOutput(string Json, bool Failed);

/// <summary>
/// The <c>--jsonl</c> filter: JSON Lines in (<c>{"id":…,"text":…}</c>), one JSON line out per line in, in input order, processed on
/// several workers. A reader, the workers and an ordered writer are joined by bounded channels, and the reader may run at
/// most a fixed window of lines ahead of the writer, so memory stays bounded however long the stream and whatever the
/// order in which workers finish. See docs/scale-out.md for the record format and error semantics.
/// </summary>
public static class JsonlPipeline
{
    /// <summary>How many lines per worker may be read but not yet written.</summary>
    internal const int WindowPerWorker = 8;

    /// <summary>Runs the filter with the parser.</summary>
    /// <param name="input">JSON Lines.</param>
    /// <param name="output">Where the output lines go.</param>
    /// <param name="parser">The parser (thread-safe).</param>
    /// <param name="workers">Parallel workers (at least 1).</param>
    /// <param name="progress">Called about once a second from the writer, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Counts.</returns>
    public static Task<PipelineResult> RunAsync(TextReader input, TextWriter output, ArticleParser parser, int workers, Action<PipelineResult, TimeSpan>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parser);
        return RunAsync(input, output, (line, number) => RecordJson.Parse(parser, line, number), MaxLineLength(parser), workers, progress, cancellationToken);
    }

    /// <summary>The longest line kept in memory: a longer one is skipped to its end and answered with <c>too_long</c>.</summary>
    internal static long MaxLineLength(ArticleParser parser) => (4L * parser.Options.MaxInputLength) + 1024;

    /// <summary>Runs the filter with any per-line work (tests use a stand-in for the parser).</summary>
    /// <param name="input">JSON Lines.</param>
    /// <param name="output">Where the output lines go.</param>
    /// <param name="process">Turns one line (and its 1-based number) into one output line; called on several threads. An exception becomes an <c>internal_error</c> record.</param>
    /// <param name="maxLine">The longest line kept in memory.</param>
    /// <param name="workers">Parallel workers (at least 1).</param>
    /// <param name="progress">Called about once a second from the writer, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>Counts.</returns>
    internal static async Task<PipelineResult> RunAsync(TextReader input, TextWriter output, Func<LineRead, long, RecordOutput> process, long maxLine, int workers, Action<PipelineResult, TimeSpan>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        workers = Math.Max(1, workers);
        int window = workers * WindowPerWorker;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken ct = stop.Token;
        using var ahead = new SemaphoreSlim(window, window);
        var inbox = Channel.CreateBounded<(long Seq, LineRead Line)>(new BoundedChannelOptions(window) { SingleWriter = true });
        var outbox = Channel.CreateBounded<(long Seq, RecordOutput Record, int Bytes)>(new BoundedChannelOptions(window) { SingleReader = true });

        Task reading = Task.Run(
            async () =>
            {
                try
                {
                    var lines = new BoundedLineReader(input, maxLine);
                    long seq = 0;
                    while (await lines.ReadAsync(ct).ConfigureAwait(false) is { } line)
                    {
                        await ahead.WaitAsync(ct).ConfigureAwait(false);
                        await inbox.Writer.WriteAsync((seq++, line), ct).ConfigureAwait(false);
                    }

                    inbox.Writer.Complete();
                }
                catch (Exception e)
                {
                    inbox.Writer.Complete(e);
                    throw;
                }
            },
            ct);

        Task[] working = Enumerable.Range(0, workers).Select(_ => Task.Run(
            async () =>
            {
                await foreach ((long seq, LineRead line) in inbox.Reader.ReadAllAsync(ct).ConfigureAwait(false))
                {
                    RecordOutput record = ProcessOne(process, line, seq + 1);
                    await outbox.Writer.WriteAsync((seq, record, Encoding.UTF8.GetByteCount(line.Text)), ct).ConfigureAwait(false);
                }
            },
            ct)).ToArray();

        Task finishing = Task.WhenAll(working).ContinueWith(t => outbox.Writer.Complete(t.Exception), TaskScheduler.Default);

        // At most `window` lines are between the reader and here, so the reorder buffer holds at most `window` entries.
        var pending = new Dictionary<long, (RecordOutput Record, int Bytes)>(window);
        long next = 0, failedCount = 0, bytes = 0;
        var clock = Stopwatch.StartNew();
        TimeSpan lastReport = TimeSpan.Zero;
        try
        {
            await foreach ((long seq, RecordOutput record, int lineBytes) in outbox.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                pending[seq] = (record, lineBytes);
                while (pending.Remove(next, out var ready))
                {
                    await output.WriteLineAsync(ready.Record.Json.AsMemory(), ct).ConfigureAwait(false);
                    failedCount += ready.Record.Failed ? 1 : 0;
                    bytes += ready.Bytes;
                    next++;
                    ahead.Release();
                }

                if (progress != null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(1))
                {
                    lastReport = clock.Elapsed;
                    progress(new PipelineResult(next, failedCount, bytes), clock.Elapsed);
                }
            }
        }
        catch
        {
            // The reader may wait on `ahead` and workers on a full outbox: stop them before leaving, so no task outlives the run.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll([reading, finishing, .. working]).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            throw;
        }

        await reading.ConfigureAwait(false);
        await finishing.ConfigureAwait(false);
        await output.FlushAsync(ct).ConfigureAwait(false);
        progress?.Invoke(new PipelineResult(next, failedCount, bytes), clock.Elapsed);
        return new PipelineResult(next, failedCount, bytes);
    }

    /// <summary>One line through <paramref name="process"/>; a bug in the work costs that record, never the stream.</summary>
    private static RecordOutput ProcessOne(Func<LineRead, long, RecordOutput> process, LineRead line, long number)
    {
        try
        {
            return process(line, number);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return RecordJson.Error(RecordJson.TryReadId(line.Text), "internal_error", $"{e.GetType().Name}: {e.Message}", number);
        }
    }
}

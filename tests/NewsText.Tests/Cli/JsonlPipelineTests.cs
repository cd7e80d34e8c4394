using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsText.Cli.Pipeline;
using NewsText.Parsing;

namespace NewsText.Tests.Cli;

/// <summary>The ordered, bounded pipeline behind <c>--jsonl</c>, driven with stand-ins for the parser.</summary>
public class JsonlPipelineTests
{
    private static string Lines(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"r{i}\",\"text\":\"t\"}}\n")));

    private static RecordOutput Echo(LineRead line, long number) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{{\"line\":{number},\"in\":{line.Text}}}"), false);

    [Fact]
    public async Task Order_holds_when_workers_finish_out_of_order_and_the_reader_never_runs_more_than_the_window_ahead()
    {
        const int workers = 4, count = 3000;
        long started = 0, maxAhead = 0;
        var output = new CountingWriter();
        PipelineResult result = await JsonlPipeline.RunAsync(
            new StringReader(Lines(count)),
            output,
            (line, number) =>
            {
                long ahead = Interlocked.Increment(ref started) - output.Lines;
                InterlockedMax(ref maxAhead, ahead);

                // The first record is slow and every 50th a little slow, so later records finish first and wait to be written.
                Thread.Sleep(number == 1 ? 200 : number % 50 == 0 ? 2 : 0);
                return Echo(line, number);
            },
            maxLine: 1 << 20,
            workers,
            progress: null,
            CancellationToken.None);

        Assert.Equal(new PipelineResult(count, 0, Encoding.UTF8.GetByteCount(Lines(count)) - count), result);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        for (int i = 0; i < count; i++)
        {
            JsonElement line = JsonDocument.Parse(lines[i]).RootElement;
            Assert.Equal(i + 1, line.GetProperty("line").GetInt64());
            Assert.Equal("r" + i.ToString(CultureInfo.InvariantCulture), line.GetProperty("in").GetProperty("id").GetString());
        }

        Assert.InRange(maxAhead, 1, workers * JsonlPipeline.WindowPerWorker);
    }

    [Fact]
    public async Task A_record_whose_work_throws_gets_an_internal_error_line_with_its_id_and_the_stream_goes_on()
    {
        var output = new StringWriter();
        PipelineResult result = await JsonlPipeline.RunAsync(
            new StringReader(Lines(100)),
            output,
            (line, number) => number % 10 == 3 ? throw new InvalidOperationException("boom " + number.ToString(CultureInfo.InvariantCulture)) : Echo(line, number),
            maxLine: 1 << 20,
            workers: 3,
            progress: null,
            CancellationToken.None);

        Assert.Equal(100, result.Records);
        Assert.Equal(10, result.Failed);
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(100, lines.Length);
        JsonElement failed = JsonDocument.Parse(lines[12]).RootElement;
        Assert.Equal("r12", failed.GetProperty("id").GetString());
        Assert.Equal("internal_error", failed.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(13, failed.GetProperty("error").GetProperty("line").GetInt64());
        Assert.Contains("boom 13", failed.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(14, JsonDocument.Parse(lines[13]).RootElement.GetProperty("line").GetInt64());
    }

    [Fact]
    public async Task A_failing_output_stops_the_run_with_its_error_instead_of_hanging()
    {
        var output = new BrokenPipeWriter(failAfter: 10);
        Task run = JsonlPipeline.RunAsync(new StringReader(Lines(20_000)), output, Echo, maxLine: 1 << 20, workers: 2, progress: null, CancellationToken.None);

        // The guard only turns a hang into a failure; a passing run ends in milliseconds.
        await Assert.ThrowsAsync<IOException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    [Fact]
    public async Task Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        Task run = JsonlPipeline.RunAsync(
            new StringReader(Lines(20_000)),
            new StringWriter(),
            (line, number) =>
            {
                if (number == 100)
                {
                    cancel.Cancel();
                }

                return Echo(line, number);
            },
            maxLine: 1 << 20,
            workers: 2,
            progress: null,
            cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen = Volatile.Read(ref target);
        while (value > seen)
        {
            long was = Interlocked.CompareExchange(ref target, value, seen);
            if (was == seen)
            {
                return;
            }

            seen = was;
        }
    }

    /// <summary>Counts the lines written so far (read from the workers' threads).</summary>
    private sealed class CountingWriter : StringWriter
    {
        private long lines;

        public long Lines => Interlocked.Read(ref lines);

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            base.WriteLine(buffer.Span);
            Interlocked.Increment(ref lines);
            return Task.CompletedTask;
        }
    }

    /// <summary>A pipe whose reader went away (<c>newstext … | head</c>).</summary>
    private sealed class BrokenPipeWriter(int failAfter) : StringWriter
    {
        private int written;

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
            ++written > failAfter ? throw new IOException("Broken pipe") : Task.CompletedTask;
    }
}

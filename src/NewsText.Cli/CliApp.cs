using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using NewsText.Cli.Logging;
using NewsText.Cli.Output;
using NewsText.Cli.Pipeline;
using NewsText.Serialization;

namespace NewsText.Cli;

/// <summary>The <c>newstext</c> command line, callable in-process so tests run exactly what users run.</summary>
public static class CliApp
{
    /// <summary>Exit code: success.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: some records or files failed (the others were processed).</summary>
    public const int ExitSomeFailed = 1;

    /// <summary>Exit code: bad usage or unreadable input.</summary>
    public const int ExitUsage = 2;

    /// <summary>Runs the command line with no standard input, both streams redirected (plain output, no progress).</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go (logs go to the process's standard error).</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        RunAsync(args, stdout, stderr, TextReader.Null, CliTerminal.Redirected, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go (logs go to the process's standard error).</param>
    /// <param name="stdin">Standard input, read for <c>-</c> or when no file is named with <c>--jsonl</c>.</param>
    /// <param name="interactive">Whether both stdout and stderr are terminals (colour, progress).</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The process exit code.</returns>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, bool interactive, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, stdin, new CliTerminal(interactive, interactive), cancellationToken);

    /// <summary>Runs the command line.</summary>
    /// <param name="args">Arguments, without the program name.</param>
    /// <param name="stdout">Where results go.</param>
    /// <param name="stderr">Where errors and progress go (logs go to the process's standard error).</param>
    /// <param name="stdin">Standard input, read for <c>-</c> or when no file is named with <c>--jsonl</c>.</param>
    /// <param name="terminal">Which streams are terminals: colour follows stdout, progress follows stderr.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader stdin, CliTerminal terminal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(stdin);
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders (their *.txt files) or - for standard input.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<OutputFormat>("--format", "-f") { Description = "outline (default), json, tokens or html.", DefaultValueFactory = _ => OutputFormat.Outline };
        var outputPath = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON Lines {\"id\":…,\"text\":…}; write one JSON line per input line, in order." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Parallel workers for --jsonl (default: processor count).", DefaultValueFactory = _ => Environment.ProcessorCount };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No logs, no progress." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Debug logs (per-article statistics)." };
        var parse = new Command("parse", "Parse news text into paragraphs, sentences, quotes, posts and entities.") { inputs, format, outputPath, jsonl, jobs, quiet, verbose };
        var root = new RootCommand("newstext: structure for multi-script news text.") { parse };

        int exit = ExitOk;
        parse.SetAction(async (result, ct) =>
        {
            using ILoggerFactory logs = CliLogging.Create(CliLogging.Level(result.GetValue(quiet), result.GetValue(verbose)), terminal.StderrIsTerminal);
            var parser = new ArticleParser(ArticleParserOptions.Default, logs.CreateLogger<ArticleParser>());
            ILogger log = logs.CreateLogger("newstext");
            string? path = result.GetValue(outputPath);
            TextWriter output = stdout;
            StreamWriter? file = null;
            try
            {
                if (path != null)
                {
                    file = new StreamWriter(path, false, new UTF8Encoding(false));
                    output = file;
                }

                string[] names = result.GetValue(inputs) ?? [];
                exit = result.GetValue(jsonl)
                    ? await RunJsonlAsync(names, output, stderr, stdin, parser, log, result.GetValue(jobs), terminal.StderrIsTerminal && !result.GetValue(quiet), ct).ConfigureAwait(false)
                    : await RunFilesAsync(names, result.GetValue(format), output, stderr, stdin, parser, log, terminal.StdoutIsTerminal && path == null, ct).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                await stderr.WriteLineAsync($"newstext: {e.Message}").ConfigureAwait(false);
                exit = ExitUsage;
            }
            catch (UnauthorizedAccessException e)
            {
                await stderr.WriteLineAsync($"newstext: {e.Message}").ConfigureAwait(false);
                exit = ExitUsage;
            }
            finally
            {
                if (file != null)
                {
                    await file.DisposeAsync().ConfigureAwait(false);
                }
            }
        });

        ParseResult parsed = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr };
        int code = await parsed.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        return code != 0 ? ExitUsage : exit;
    }

    private static async Task<int> RunJsonlAsync(string[] names, TextWriter output, TextWriter stderr, TextReader stdin, ArticleParser parser, ILogger log, int jobs, bool progress, CancellationToken ct)
    {
        PipelineResult total = default;
        long maxLine = JsonlPipeline.MaxLineLength(parser);
        foreach (string name in names.Length == 0 ? ["-"] : names)
        {
            using TextReader reader = name == "-" ? TextReader.Synchronized(stdin) : new StreamReader(name, new UTF8Encoding(false), true);
            PipelineResult r = await JsonlPipeline.RunAsync(
                reader,
                output,
                (line, number) =>
                {
                    using IDisposable? scope = CliLogging.Input(log, name, number);
                    return RecordJson.Parse(parser, line, number);
                },
                maxLine,
                jobs,
                progress ? (p, t) => ReportProgress(stderr, p, t) : null,
                ct).ConfigureAwait(false);
            total = total.Add(r);
        }

        if (progress)
        {
            await stderr.WriteLineAsync().ConfigureAwait(false);
        }

        return total.Failed > 0 ? ExitSomeFailed : ExitOk;
    }

    private static void ReportProgress(TextWriter stderr, PipelineResult p, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        stderr.Write(string.Create(CultureInfo.InvariantCulture, $"\r{p.Records:N0} records  {p.Records / seconds:N0}/s  {p.Bytes / seconds / 1e6:N1} MB/s  {p.Failed:N0} errors   "));
    }

    private static async Task<int> RunFilesAsync(string[] names, OutputFormat format, TextWriter output, TextWriter stderr, TextReader stdin, ArticleParser parser, ILogger log, bool color, CancellationToken ct)
    {
        if (names.Length == 0)
        {
            await stderr.WriteLineAsync("newstext: name a file, a folder or - (see newstext parse --help).").ConfigureAwait(false);
            return ExitUsage;
        }

        List<string> files = [];
        foreach (string name in names)
        {
            if (name == "-" || File.Exists(name))
            {
                files.Add(name);
            }
            else if (Directory.Exists(name))
            {
                files.AddRange(Directory.GetFiles(name, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                await stderr.WriteLineAsync($"newstext: cannot read '{name}': no such file or folder.").ConfigureAwait(false);
                return ExitUsage;
            }
        }

        if (format == OutputFormat.Html && files.Count > 1)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"newstext: --format html writes one page; name one file, not {files.Count}.")).ConfigureAwait(false);
            return ExitUsage;
        }

        int exit = ExitOk;
        foreach (string file in files)
        {
            if (files.Count > 1 && format is OutputFormat.Outline or OutputFormat.Tokens)
            {
                await output.WriteLineAsync($"== {file}").ConfigureAwait(false);
            }

            if (format == OutputFormat.Tokens)
            {
                using TextReader reader = file == "-" ? TextReader.Synchronized(stdin) : new StreamReader(file, new UTF8Encoding(false), true);
                TokensWriter.Write(output, reader);
                continue;
            }

            Article article;
            try
            {
                using IDisposable? scope = CliLogging.Input(log, file, 0);
                article = file == "-" ? await parser.ParseAsync(stdin, ct).ConfigureAwait(false) : await ParseFileAsync(parser, file, ct).ConfigureAwait(false);
            }
            catch (NewsTextException e)
            {
                await stderr.WriteLineAsync($"newstext: {file}: {e.Message}").ConfigureAwait(false);
                exit = ExitSomeFailed;
                continue;
            }

            switch (format)
            {
                case OutputFormat.Json:
                    await output.WriteLineAsync(ArticleJson.Serialize(article, indented: files.Count == 1)).ConfigureAwait(false);
                    break;
                case OutputFormat.Html:
                    HtmlWriter.Write(output, article, Path.GetFileName(file));
                    break;
                default:
                    OutlineWriter.Write(output, article, color);
                    break;
            }
        }

        return exit;
    }

    private static async Task<Article> ParseFileAsync(ArticleParser parser, string file, CancellationToken ct)
    {
        await using FileStream stream = File.OpenRead(file);
        return await parser.ParseAsync(stream, ct).ConfigureAwait(false);
    }
}

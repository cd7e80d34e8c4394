using System.Text;
using NewsText.Serialization;
using NewsText.Tokenization;

namespace NewsText.Fuzz;

/// <summary>
/// The invariants the fuzz targets check, one method per target, each taking the raw fuzz input and throwing
/// <see cref="InvariantViolationException"/> (or letting an unexpected exception escape) when one does not hold.
/// Exceptions derived from <see cref="NewsTextException"/> are documented outcomes and are swallowed.
/// Compiled both into the fuzz harness and into the test project, which replays the committed corpus through it.
/// </summary>
internal static class Invariants
{
    /// <summary>The target names accepted by <see cref="Check"/>.</summary>
    public static readonly string[] Targets = ["tokenizer", "tokenreader", "parser"];

    /// <summary>Runs the named target on one input.</summary>
    /// <param name="target">One of <see cref="Targets"/>.</param>
    /// <param name="input">The raw input.</param>
    public static void Check(string target, byte[] input)
    {
        switch (target)
        {
            case "tokenizer":
                Tokenizer(input);
                break;
            case "tokenreader":
                TokenReader(input);
                break;
            case "parser":
                Parser(input);
                break;
            default:
                throw new ArgumentException($"Unknown fuzz target '{target}'.", nameof(target));
        }
    }

    /// <summary>
    /// Bytes 1.. as UTF-16LE code units (so lone surrogates occur; an odd last byte is dropped); byte 0 picks a chunk size
    /// 1..64. Tokens of the whole text are contiguous from 0 to the end, and the chunked tokens equal them.
    /// </summary>
    /// <param name="input">The raw input.</param>
    public static void Tokenizer(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length == 0)
        {
            return;
        }

        int chunkSize = 1 + (input[0] % 64);
        string text = Utf16(input.AsSpan(1));
        List<Token> whole;
        List<Token> chunked;
        try
        {
            whole = Whole(text);
            chunked = Chunked(text, chunkSize);
        }
        catch (NewsTextException)
        {
            return;
        }

        CheckContiguous(whole, text.Length, "whole");
        CheckContiguous(chunked, text.Length, "chunked");
        for (int i = 0; i < Math.Min(whole.Count, chunked.Count); i++)
        {
            if (whole[i] != chunked[i])
            {
                throw new InvariantViolationException($"token {i} differs: whole {whole[i]}, chunked (size {chunkSize}) {chunked[i]}");
            }
        }

        Ensure(whole.Count == chunked.Count, $"whole has {whole.Count} tokens, chunked (size {chunkSize}) {chunked.Count}");
    }

    /// <summary>
    /// The bytes as a UTF-8 stream read by <see cref="NewsText.Tokenization.TokenReader"/> through a stream that returns 1..7
    /// bytes per read: the tokens' texts concatenated equal the bytes decoded leniently (leading byte order mark removed),
    /// and their offsets are contiguous from 0.
    /// </summary>
    /// <param name="input">The raw input.</param>
    public static void TokenReader(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ReadOnlySpan<byte> body = input;
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            body = body[3..];
        }

        string expected = new UTF8Encoding(false, false).GetString(body);
        var actual = new StringBuilder(expected.Length);
        long offset = 0;
        try
        {
            using var stream = new TrickleStream(input);
            using var reader = new NewsText.Tokenization.TokenReader(stream);
            while (reader.Read())
            {
                Token t = reader.Current;
                Ensure(t.Start == offset, $"token {t} starts at {t.Start}, expected {offset}");
                Ensure(t.Length > 0, $"empty token {t}");
                Ensure(reader.CurrentText.Length == t.Length, $"CurrentText has {reader.CurrentText.Length} chars for {t}");
                actual.Append(reader.CurrentText);
                offset = t.End;
            }
        }
        catch (NewsTextException)
        {
            return;
        }

        Ensure(offset == expected.Length, $"tokens end at {offset}, text has {expected.Length} chars");
        string got = actual.ToString();
        if (!string.Equals(got, expected, StringComparison.Ordinal))
        {
            int i = 0;
            while (i < got.Length && i < expected.Length && got[i] == expected[i])
            {
                i++;
            }

            throw new InvariantViolationException($"token text differs from the decoded input at char {i}");
        }
    }

    /// <summary>
    /// <see cref="ArticleParser.Default"/> parses the text (byte 0 even: the rest as lenient UTF-8; odd: as UTF-16LE, so lone
    /// surrogates occur): every span lies inside the text, sentences inside their paragraph, quote content inside its quote,
    /// indices point to existing items, and <see cref="ArticleJson.Serialize"/> works.
    /// </summary>
    /// <param name="input">The raw input.</param>
    public static void Parser(byte[] input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Length == 0)
        {
            return;
        }

        string text = (input[0] & 1) == 0 ? new UTF8Encoding(false, false).GetString(input, 1, input.Length - 1) : Utf16(input.AsSpan(1));
        Article article;
        try
        {
            article = ArticleParser.Default.Parse(text);
        }
        catch (NewsTextException)
        {
            return;
        }

        Ensure(ReferenceEquals(article.Text, text) || string.Equals(article.Text, text, StringComparison.Ordinal), "Article.Text is not the input");
        int n = text.Length;
        int paragraphCount = article.Paragraphs.Count;
        int previousEnd = 0;
        for (int i = 0; i < paragraphCount; i++)
        {
            Paragraph p = article.Paragraphs[i];
            Inside(p.Span, n, $"paragraph {i}");
            Ensure(p.Index == i, $"paragraph {i} has Index {p.Index}");
            Ensure(p.Span.Length > 0, $"paragraph {i} is empty");
            Ensure(p.Span.Start >= previousEnd, $"paragraph {i} starts at {p.Span.Start}, before the previous one ends at {previousEnd}");
            previousEnd = p.Span.End;
        }

        foreach ((Paragraph? p, string name) in new[] { (article.Title, "title"), (article.Byline, "byline"), (article.Dateline, "dateline") })
        {
            if (p is { } paragraph)
            {
                Inside(paragraph.Span, n, name);
            }
        }

        previousEnd = 0;
        for (int i = 0; i < article.Sentences.Count; i++)
        {
            Sentence s = article.Sentences[i];
            Inside(s.Span, n, $"sentence {i}");
            Ensure((uint)s.Paragraph < (uint)paragraphCount, $"sentence {i} points to paragraph {s.Paragraph} of {paragraphCount}");
            Ensure(Contains(article.Paragraphs[s.Paragraph].Span, s.Span), $"sentence {i} {s.Span} is not inside paragraph {s.Paragraph} {article.Paragraphs[s.Paragraph].Span}");
            Ensure(s.Span.Start >= previousEnd, $"sentence {i} starts at {s.Span.Start}, before the previous one ends at {previousEnd}");
            previousEnd = s.Span.End;
        }

        for (int i = 0; i < article.Quotes.Count; i++)
        {
            Quote q = article.Quotes[i];
            Inside(q.Span, n, $"quote {i}");
            Inside(q.Content, n, $"quote {i} content");
            Ensure(Contains(q.Span, q.Content), $"quote {i} content {q.Content} is not inside its span {q.Span}");
            if (q.Speaker is TextSpan speaker)
            {
                Inside(speaker, n, $"quote {i} speaker");
            }

            if (q.Parent is int parent)
            {
                Ensure((uint)parent < (uint)article.Quotes.Count && parent != i, $"quote {i} has parent {parent}");
            }

            foreach (int p in q.Paragraphs)
            {
                Ensure((uint)p < (uint)paragraphCount, $"quote {i} points to paragraph {p} of {paragraphCount}");
            }
        }

        for (int i = 0; i < article.EmbeddedPosts.Count; i++)
        {
            EmbeddedPost post = article.EmbeddedPosts[i];
            Inside(post.Text, n, $"post {i} text");
            Inside(post.Attribution, n, $"post {i} attribution");
            if (post.Author is TextSpan author)
            {
                Inside(author, n, $"post {i} author");
            }

            if (post.Handle is TextSpan handle)
            {
                Inside(handle, n, $"post {i} handle");
            }

            foreach (int p in post.Paragraphs)
            {
                Ensure((uint)p < (uint)paragraphCount, $"post {i} points to paragraph {p} of {paragraphCount}");
            }
        }

        for (int i = 0; i < article.Mentions.Count; i++)
        {
            EntityMention m = article.Mentions[i];
            Inside(m.Span, n, $"mention {i}");
            if (m.Entity is int e)
            {
                Ensure((uint)e < (uint)article.Entities.Count, $"mention {i} points to entity {e} of {article.Entities.Count}");
            }
        }

        foreach (Entity entity in article.Entities)
        {
            foreach (int m in entity.Mentions)
            {
                Ensure((uint)m < (uint)article.Mentions.Count, $"entity {entity.Id} points to mention {m} of {article.Mentions.Count}");
            }
        }

        string json = ArticleJson.Serialize(article);
        Ensure(json.Length > 0, "empty JSON");
    }

    private static string Utf16(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(bytes[2 * i] | (bytes[(2 * i) + 1] << 8));
        }

        return new string(chars);
    }

    private static List<Token> Whole(string text)
    {
        var list = new List<Token>();
        var t = new Tokenizer(text);
        while (t.Read())
        {
            list.Add(t.Current);
        }

        return list;
    }

    /// <summary>Feeds <paramref name="size"/> new chars per chunk, carrying the unconsumed rest over like a stream does.</summary>
    private static List<Token> Chunked(string text, int size)
    {
        var list = new List<Token>();
        var state = default(TokenizerState);
        int carried = 0;
        int available = 0;
        while (true)
        {
            available = Math.Min(text.Length, available + size);
            bool final = available == text.Length;
            var t = new Tokenizer(text.AsSpan(carried, available - carried), final, state, null);
            while (t.Read())
            {
                list.Add(t.Current);
            }

            Ensure(t.Consumed >= 0 && t.Consumed <= available - carried, $"Consumed {t.Consumed} of a chunk of {available - carried}");
            carried += t.Consumed;
            state = t.CurrentState;
            Ensure(state.Offset == carried, $"state offset {state.Offset}, consumed up to {carried}");
            if (final)
            {
                Ensure(carried == text.Length, $"final chunk consumed up to {carried} of {text.Length}");
                return list;
            }
        }
    }

    private static void CheckContiguous(List<Token> tokens, int length, string what)
    {
        long offset = 0;
        foreach (Token t in tokens)
        {
            Ensure(t.Start == offset, $"{what}: token {t} starts at {t.Start}, expected {offset}");
            Ensure(t.Length > 0, $"{what}: empty token {t}");
            offset = t.End;
        }

        Ensure(offset == length, $"{what}: tokens end at {offset}, text has {length} chars");
    }

    private static void Inside(TextSpan span, int length, string what) =>
        Ensure(span.Start >= 0 && span.Length >= 0 && span.End <= length, $"{what} {span} is outside the text of {length} chars");

    private static bool Contains(TextSpan outer, TextSpan inner) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static void Ensure(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantViolationException(message);
        }
    }

    /// <summary>A read-only stream over a byte array that returns 1..7 bytes per read, in a fixed pattern.</summary>
    private sealed class TrickleStream(byte[] data) : Stream
    {
        private int position;
        private int reads;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int size = 1 + (((reads++ * 3) + data.Length) % 7);
            int n = Math.Min(Math.Min(size, buffer.Length), data.Length - position);
            data.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

/// <summary>An invariant of a fuzz target does not hold.</summary>
internal sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which invariant failed, and how.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which invariant failed, and how.</param>
    /// <param name="inner">The cause.</param>
    public InvariantViolationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

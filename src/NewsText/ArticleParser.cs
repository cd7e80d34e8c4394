using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NewsText.Diagnostics;
using NewsText.Entities;
using NewsText.Parsing;
using NewsText.Segmentation;
using NewsText.Tokenization;

namespace NewsText;

/// <summary>
/// Parses news text into an <see cref="Article"/>: tokenizes once, then finds paragraphs, headline/byline/dateline, sentences,
/// embedded posts, quotes with speakers, and entity mentions, all as spans into the one source string.
/// Thread-safe and reusable: one instance can parse on many threads at once.
/// </summary>
public sealed class ArticleParser
{
    private const int MaxQuoteWarnings = 10;

    private readonly ArticleParserOptions options;
    private readonly ILogger logger;

    /// <summary>Creates a parser.</summary>
    /// <param name="options">Options; <see cref="ArticleParserOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="logger">Where warnings about recovered input and debug statistics go; nothing is logged when <see langword="null"/>.</param>
    public ArticleParser(ArticleParserOptions? options = null, ILogger<ArticleParser>? logger = null)
    {
        this.options = options ?? ArticleParserOptions.Default;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>A parser with the default options and no logging.</summary>
    public static ArticleParser Default { get; } = new();

    /// <summary>The options this parser uses.</summary>
    public ArticleParserOptions Options => options;

    /// <summary>Parses a text.</summary>
    /// <param name="text">The article: paragraphs separated by line breaks.</param>
    /// <returns>The article; empty (no paragraphs) for empty or whitespace-only text.</returns>
    /// <exception cref="NewsTextLimitException">The text is longer than <see cref="ArticleParserOptions.MaxInputLength"/>.</exception>
    /// <exception cref="NewsTextFormatException">The text has a lone surrogate and the tokenizer options say to throw.</exception>
    public Article Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckLength(text.Length);
        using TokenBuffer buffer = TokenBuffer.Tokenize(text, options.Tokenizer);
        return Build(text, buffer);
    }

    /// <summary>Parses a text held in memory (no copy when the memory wraps a whole string).</summary>
    /// <param name="text">The article.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsTextLimitException">The text is longer than <see cref="ArticleParserOptions.MaxInputLength"/>.</exception>
    public Article Parse(ReadOnlyMemory<char> text)
    {
        CheckLength(text.Length);
        return MemoryMarshal.TryGetString(text, out string? s, out int start, out int length) && start == 0 && length == s.Length
            ? Parse(s)
            : Parse(text.ToString());
    }

    /// <summary>Reads UTF-8 text from a stream (a byte order mark is skipped; invalid bytes become U+FFFD) and parses it.</summary>
    /// <param name="utf8">The stream; not disposed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsTextLimitException">The text is longer than <see cref="ArticleParserOptions.MaxInputLength"/> (detected while reading, so memory stays bounded).</exception>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by source type; the token is optional in both as everywhere in .NET.")]
    public async ValueTask<Article> ParseAsync(Stream utf8, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        using var reader = new StreamReader(utf8, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        return await ParseAsync(reader, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads text from a reader and parses it.</summary>
    /// <param name="reader">The reader; not disposed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The article.</returns>
    /// <exception cref="NewsTextLimitException">The text is longer than <see cref="ArticleParserOptions.MaxInputLength"/> (detected while reading).</exception>
    [SuppressMessage("ApiDesign", "RS0026", Justification = "Overloads differ by source type; the token is optional in both as everywhere in .NET.")]
    public async ValueTask<Article> ParseAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var text = new StringBuilder();
        char[] chunk = new char[16 * 1024];
        int n;
        while ((n = await reader.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            CheckLength((long)text.Length + n);
            text.Append(chunk, 0, n);
        }

        string s = text.ToString();
        if (s.Length > 0 && s[0] == '\uFEFF')
        {
            s = s[1..]; // a byte order mark is an encoding signature, not text
        }

        return Parse(s);
    }

    /// <summary>
    /// Parses a JSON Lines stream of articles, one record a line: <c>{"id": "…", "text": "…"}</c> (<c>id</c> a string or number,
    /// optional). Every non-empty line yields exactly one record, in input order; a line that fails (bad JSON, no <c>text</c>,
    /// over a limit) yields a record with an <see cref="ArticleRecord.Error"/> and reading goes on. A line is read in bounded
    /// memory: one longer than 4 × <see cref="ArticleParserOptions.MaxInputLength"/> + 1,024 chars is skipped as <c>too_long</c>.
    /// </summary>
    /// <param name="utf8Lines">The UTF-8 JSON Lines stream; not disposed.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The records, lazily.</returns>
    public IAsyncEnumerable<ArticleRecord> ParseManyAsync(Stream utf8Lines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Lines);
        return ReadLines(utf8Lines, cancellationToken);
    }

    /// <summary>Parses one JSON Lines record (see <see cref="ParseManyAsync"/>); never throws for bad input.</summary>
    /// <param name="line">One line of JSON.</param>
    /// <param name="lineNumber">Its 1-based line number, reported back.</param>
    /// <returns>The record.</returns>
    public ArticleRecord ParseRecord(string line, long lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        string? id = null;
        string? text = null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ArticleRecord(lineNumber, null, null, new ArticleError("bad_json", "The record is not a JSON object."));
            }

            if (doc.RootElement.TryGetProperty("id", out JsonElement idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    _ => null,
                };
            }

            if (doc.RootElement.TryGetProperty("text", out JsonElement textElement) && textElement.ValueKind == JsonValueKind.String)
            {
                text = textElement.GetString();
            }
        }
        catch (JsonException e)
        {
            return new ArticleRecord(lineNumber, null, null, new ArticleError("bad_json", e.Message));
        }

        if (text is null)
        {
            return new ArticleRecord(lineNumber, id, null, new ArticleError("missing_text", "The record has no \"text\" string."));
        }

        try
        {
            return new ArticleRecord(lineNumber, id, Parse(text), null);
        }
        catch (NewsTextLimitException e)
        {
            return new ArticleRecord(lineNumber, id, null, new ArticleError("too_long", e.Message));
        }
        catch (NewsTextFormatException e)
        {
            return new ArticleRecord(lineNumber, id, null, new ArticleError("invalid_input", e.Message));
        }
    }

    private async IAsyncEnumerable<ArticleRecord> ReadLines(Stream utf8Lines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(utf8Lines, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var lines = new BoundedLineReader(reader, (4L * options.MaxInputLength) + 1024);
        long number = 0;
        while (await lines.ReadAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (line.TooLong)
            {
                yield return new ArticleRecord(number, null, null, new ArticleError("too_long", $"Line {number} is longer than {lines.MaxLength:N0} chars."));
            }
            else if (!string.IsNullOrWhiteSpace(line.Text))
            {
                yield return ParseRecord(line.Text, number);
            }
        }
    }

    private void CheckLength(long length)
    {
        if (length > options.MaxInputLength)
        {
            throw new NewsTextLimitException(nameof(ArticleParserOptions.MaxInputLength), options.MaxInputLength, length);
        }
    }

    private Article Build(string text, TokenBuffer buffer)
    {
        ReadOnlySpan<Token> tokens = buffer.Span;
        if (buffer.InvalidTokens > 0)
        {
            Log.InvalidInput(logger, buffer.InvalidTokens);
        }

        if (buffer.TruncatedTokens > 0)
        {
            Log.TruncatedTokens(logger, buffer.TruncatedTokens, options.Tokenizer.MaxTokenLength);
        }

        using PooledList<ParagraphRange> ranges = ParagraphSegmenter.Find(tokens, buffer.LineBreaks);
        var kinds = new ParagraphKind[ranges.Count];
        List<PostRange> postRanges = EmbeddedPostDetector.Find(text, tokens, ranges);
        foreach (PostRange post in postRanges)
        {
            kinds.AsSpan(post.FirstTextParagraph, post.LastTextParagraph - post.FirstTextParagraph + 1).Fill(ParagraphKind.EmbeddedPost);
            kinds[post.AttributionParagraph] = ParagraphKind.Attribution;
        }

        HeaderDetector.Classify(text, tokens, ranges, kinds);

        var paragraphs = new Paragraph[ranges.Count];
        using var sentences = new PooledList<Sentence>(ranges.Count * 2);
        for (int p = 0; p < ranges.Count; p++)
        {
            int before = sentences.Count;
            SentenceSegmenter.Split(text, tokens, ranges[p], p, sentences);
            if (kinds[p] == ParagraphKind.Title && sentences.Count - before > 1)
            {
                kinds[p] = ParagraphKind.Body; // a headline is one sentence: two make a short body paragraph, not a title
            }

            paragraphs[p] = new Paragraph(p, ranges[p].Span, kinds[p], ranges[p].Script);
        }

        Quote[] quotes = BuildQuotes(text, tokens, ranges);
        EmbeddedPost[] posts = postRanges.Select(p => new EmbeddedPost(
            TextSpan.FromBounds(ranges[p.FirstTextParagraph].Span.Start, ranges[p.LastTextParagraph].Span.End),
            ranges[p.AttributionParagraph].Span,
            p.Author,
            p.Handle,
            p.Date,
            p.Platform,
            [.. Enumerable.Range(p.FirstTextParagraph, p.AttributionParagraph - p.FirstTextParagraph + 1)])).ToArray();
        string language = LanguageDetector.Detect(ranges, kinds);

        EntityMention[] mentions = [];
        Entity[] entities = [];
        if (options.RecognizeEntities && tokens.Length > 0)
        {
            (mentions, entities) = RecognizeEntities(text, buffer, paragraphs, posts, quotes);
        }

        Log.Parsed(logger, text.Length, tokens.Length, paragraphs.Length, sentences.Count, quotes.Length, posts.Length, mentions.Length, entities.Length);
        return new Article(text, language, paragraphs, sentences.AsSpan().ToArray(), posts, quotes, mentions, entities);
    }

    private Quote[] BuildQuotes(string text, ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> ranges)
    {
        int recovered = 0;
        List<QuoteRange> found = QuoteDetector.Find(text, tokens, ranges, offset =>
        {
            if (recovered++ < MaxQuoteWarnings)
            {
                Log.UnbalancedQuote(logger, offset);
            }
        });
        if (recovered > MaxQuoteWarnings)
        {
            Log.MoreUnbalancedQuotes(logger, recovered - MaxQuoteWarnings);
        }

        var indexById = new Dictionary<int, int>(found.Count);
        for (int i = 0; i < found.Count; i++)
        {
            indexById[found[i].Id] = i;
        }

        int[][] children = ChildrenOf(found, indexById);
        var quotes = new Quote[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            QuoteRange q = found[i];
            Token open = tokens[q.Open];
            int end = q.Close >= 0 ? (int)tokens[q.Close].End : (int)tokens[q.ContentEndToken - 1].End;
            int contentFirst = q.Open + 1;
            int contentEnd = q.ContentEndToken;
            TextSpan content = contentFirst < contentEnd
                ? TextSpan.FromBounds((int)tokens[contentFirst].Start, (int)tokens[contentEnd - 1].End)
                : new TextSpan((int)open.End, 0);
            QuoteKind kind = KindOf(text, tokens, contentFirst, contentEnd);
            TextSpan? speaker;
            if (kind == QuoteKind.Speech)
            {
                speaker = SpeakerFinder.Find(text, tokens, ranges[q.FirstParagraph], q.Open, ranges[q.LastParagraph], q.Close);
            }
            else
            {
                // A short quote is still speech when a speech cue introduces it (He said: "No"); cues after it are too loose for that.
                speaker = SpeakerFinder.FindBefore(text, tokens, ranges[q.FirstParagraph], q.Open);
                kind = speaker is null ? QuoteKind.Term : QuoteKind.Speech;
            }

            int? parent = q.ParentId >= 0 && indexById.TryGetValue(q.ParentId, out int pi) ? pi : null;
            int[] paragraphs = Enumerable.Range(q.FirstParagraph, q.LastParagraph - q.FirstParagraph + 1).ToArray();
            quotes[i] = new Quote(TextSpan.FromBounds((int)open.Start, end), content, kind, speaker, parent, children[i], paragraphs, q.Close >= 0);
        }

        return quotes;
    }

    /// <summary>For each quote, the indices of the quotes directly nested in it, ascending (two linear passes).</summary>
    private static int[][] ChildrenOf(List<QuoteRange> found, Dictionary<int, int> indexById)
    {
        var parents = new int[found.Count];
        var counts = new int[found.Count];
        for (int i = 0; i < found.Count; i++)
        {
            parents[i] = found[i].ParentId >= 0 && indexById.TryGetValue(found[i].ParentId, out int pi) ? pi : -1;
            if (parents[i] >= 0)
            {
                counts[parents[i]]++;
            }
        }

        var children = new int[found.Count][];
        for (int i = 0; i < found.Count; i++)
        {
            children[i] = counts[i] == 0 ? [] : new int[counts[i]];
            counts[i] = 0;
        }

        for (int i = 0; i < found.Count; i++)
        {
            if (parents[i] >= 0)
            {
                children[parents[i]][counts[parents[i]]++] = i;
            }
        }

        return children;
    }

    /// <summary>
    /// By its content, a term is at most three words with no sentence punctuation and no comma inside: a scare quote or a name,
    /// not speech. The caller still makes it speech when a speech cue before it names a speaker.
    /// </summary>
    private static QuoteKind KindOf(string text, ReadOnlySpan<Token> tokens, int first, int end)
    {
        const int MaxTermWords = 3;
        int words = 0;
        for (int k = first; k < end; k++)
        {
            Token t = tokens[k];
            if (t.Kind is TokenKind.Word or TokenKind.Number && ++words > MaxTermWords)
            {
                return QuoteKind.Speech; // stop early: content can be long (a recovered quote runs to its paragraph's end)
            }
            else if (t.Has(TokenFlags.SentenceTerminal) || t.Kind == TokenKind.LineBreak || TokenText.IsChar(text, t, ',') || TokenText.IsChar(text, t, ':'))
            {
                return QuoteKind.Speech;
            }
        }

        return QuoteKind.Term;
    }

    private (EntityMention[] Mentions, Entity[] Entities) RecognizeEntities(string text, TokenBuffer tokens, Paragraph[] paragraphs, EmbeddedPost[] posts, Quote[] quotes)
    {
        var attributions = new List<Attribution>(posts.Length);
        foreach (EmbeddedPost post in posts)
        {
            if (post.Author is { } author)
            {
                attributions.Add(new Attribution(author, post.Handle));
            }
        }

        var speakers = new List<TextSpan>();
        foreach (Quote q in quotes)
        {
            if (q.Speaker is { } s)
            {
                speakers.Add(s);
            }
        }

        var paragraphSpans = new TextSpan[paragraphs.Length];
        for (int p = 0; p < paragraphs.Length; p++)
        {
            paragraphSpans[p] = paragraphs[p].Span;
        }

        using var context = new RecognitionContext(text, tokens.Memory, paragraphSpans, attributions, speakers);
        IEnumerable<IMentionRecognizer> recognizers = EntityExtractor.BuiltIn;
        if (options.EntityRecognizers.Count > 0)
        {
            var extra = new List<Candidate>();
            var userContext = new EntityRecognitionContext(text, tokens.ToArray(), paragraphs, posts, quotes, extra); // users may keep the tokens: a copy, not the pooled buffer
            foreach (IEntityRecognizer r in options.EntityRecognizers)
            {
                r.Recognize(userContext);
            }

            recognizers = recognizers.Append(new ProposedMentions(extra));
        }

        return EntityExtractor.Extract(context, recognizers);
    }

    /// <summary>Mentions users' recognizers proposed, handed to the extractor like any other recognizer's.</summary>
    private sealed class ProposedMentions(List<Candidate> candidates) : IMentionRecognizer
    {
        public void Recognize(RecognitionContext context, PooledList<Candidate> output)
        {
            foreach (Candidate c in candidates)
            {
                output.Add(c);
            }
        }
    }
}

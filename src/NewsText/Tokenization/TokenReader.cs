using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsText.Tokenization;

/// <summary>
/// Tokenizes a <see cref="TextReader"/> or a UTF-8 <see cref="Stream"/> of any length in bounded memory: a pooled buffer of
/// 2 × (<see cref="TokenizerOptions.MaxTokenLength"/> + <see cref="TokenizerOptions.Lookahead"/>) chars (at least 4,096) that never grows.
/// Tokens are the same as <see cref="Tokenizer"/> gives for the whole text; offsets are absolute (<see langword="long"/>).
/// </summary>
/// <remarks>
/// Not thread-safe (one reader per stream). Does not dispose the reader or stream it reads. Over a stream, a leading UTF-8
/// byte order mark is skipped (offsets count from after it) and invalid UTF-8 becomes U+FFFD in a token flagged
/// <see cref="TokenFlags.InvalidInput"/>, or throws <see cref="NewsTextFormatException"/> with the byte offset when
/// <see cref="TokenizerOptions.InvalidInput"/> is <see cref="InvalidInputHandling.Throw"/>.
/// </remarks>
public sealed class TokenReader : IDisposable
{
    private const int MinBufferSize = 4096;
    private const int ByteBufferSize = 4096;

    private readonly TextReader? reader;
    private readonly Stream? stream;
    private readonly Decoder? decoder;
    private readonly TokenizerOptions options;
    private char[] buffer;
    private byte[]? bytes;
    private int byteStart;
    private int byteEnd;
    private long bytesDecoded;
    private bool bomChecked;
    private bool bytesExhausted;
    private bool inputDone;
    private int start;
    private int end;
    private TokenizerState state;
    private Token current;
    private int currentIndex;

    /// <summary>Reads tokens from text with the default options.</summary>
    /// <param name="reader">The text; not disposed by this reader.</param>
    public TokenReader(TextReader reader)
        : this(reader, null)
    {
    }

    /// <summary>Reads tokens from text.</summary>
    /// <param name="reader">The text; not disposed by this reader.</param>
    /// <param name="options">Options; <see cref="TokenizerOptions.Default"/> when <see langword="null"/>.</param>
    public TokenReader(TextReader reader, TokenizerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        this.reader = reader;
        this.options = options ?? TokenizerOptions.Default;
        buffer = ArrayPool<char>.Shared.Rent(BufferSize(this.options));
    }

    /// <summary>Reads tokens from UTF-8 bytes with the default options.</summary>
    /// <param name="utf8">The UTF-8 stream; not disposed by this reader.</param>
    public TokenReader(Stream utf8)
        : this(utf8, null)
    {
    }

    /// <summary>Reads tokens from UTF-8 bytes.</summary>
    /// <param name="utf8">The UTF-8 stream; not disposed by this reader.</param>
    /// <param name="options">Options; <see cref="TokenizerOptions.Default"/> when <see langword="null"/>.</param>
    public TokenReader(Stream utf8, TokenizerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        stream = utf8;
        this.options = options ?? TokenizerOptions.Default;
        Encoding encoding = this.options.InvalidInput == InvalidInputHandling.Throw
            ? new UTF8Encoding(false, throwOnInvalidBytes: true)
            : new UTF8Encoding(false, throwOnInvalidBytes: false);
        decoder = encoding.GetDecoder();
        buffer = ArrayPool<char>.Shared.Rent(BufferSize(this.options));
        bytes = ArrayPool<byte>.Shared.Rent(ByteBufferSize);
    }

    /// <summary>The token the last successful read produced, with absolute offsets.</summary>
    public Token Current => current;

    /// <summary>The text of <see cref="Current"/>; valid until the next read.</summary>
    public ReadOnlySpan<char> CurrentText => buffer.AsSpan(currentIndex, current.Length);

    /// <summary>Reads the next token.</summary>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="NewsTextFormatException">Invalid input and <see cref="InvalidInputHandling.Throw"/>.</exception>
    /// <exception cref="ObjectDisposedException">The reader was disposed.</exception>
    public bool Read()
    {
        while (true)
        {
            if (TryReadBuffered())
            {
                return true;
            }

            if (inputDone)
            {
                return false;
            }

            Compact();
            Fill();
        }
    }

    /// <summary>Reads the next token, reading input asynchronously.</summary>
    /// <param name="cancellationToken">Cancels the wait for input.</param>
    /// <returns><see langword="false"/> at the end of the input.</returns>
    /// <exception cref="NewsTextFormatException">Invalid input and <see cref="InvalidInputHandling.Throw"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (TryReadBuffered())
            {
                return true;
            }

            if (inputDone)
            {
                return false;
            }

            Compact();
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every token of <paramref name="reader"/> with its text, for callers who prefer LINQ to a read loop (allocates a string per token).</summary>
    /// <param name="reader">The text; not disposed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The tokens, lazily.</returns>
    public static IEnumerable<OwnedToken> ReadAll(TextReader reader, TokenizerOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Iterate(reader, options);

        static IEnumerable<OwnedToken> Iterate(TextReader reader, TokenizerOptions? options)
        {
            using var tokens = new TokenReader(reader, options);
            while (tokens.Read())
            {
                yield return new OwnedToken(tokens.Current, tokens.CurrentText.ToString());
            }
        }
    }

    /// <summary>Every token of a UTF-8 stream with its text, read asynchronously (allocates a string per token).</summary>
    /// <param name="utf8">The UTF-8 stream; not disposed.</param>
    /// <param name="options">Options, or <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The tokens, lazily.</returns>
    public static IAsyncEnumerable<OwnedToken> ReadAllAsync(Stream utf8, TokenizerOptions? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        return Iterate(utf8, options, cancellationToken);

        static async IAsyncEnumerable<OwnedToken> Iterate(Stream utf8, TokenizerOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var tokens = new TokenReader(utf8, options);
            while (await tokens.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return new OwnedToken(tokens.Current, tokens.CurrentText.ToString());
            }
        }
    }

    /// <summary>Returns the pooled buffers.</summary>
    public void Dispose()
    {
        if (buffer.Length != 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
            buffer = [];
        }

        if (bytes != null)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = null;
        }

        inputDone = true;
        start = end = 0;
    }

    private static int BufferSize(TokenizerOptions options) => Math.Max(MinBufferSize, 2 * options.Window);

    private bool TryReadBuffered()
    {
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        var tokenizer = new Tokenizer(buffer.AsSpan(start, end - start), inputDone, state, options);
        if (!tokenizer.Read())
        {
            return false;
        }

        current = tokenizer.Current;
        currentIndex = start;
        start += current.Length;
        state = tokenizer.CurrentState;
        return true;
    }

    private void Compact()
    {
        if (start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }
    }

    private void Fill()
    {
        if (reader != null)
        {
            int n = reader.Read(buffer, end, buffer.Length - end);
            AfterRead(n);
        }
        else
        {
            if (NeedBytes())
            {
                AfterByteRead(stream!.Read(bytes!, byteEnd, bytes!.Length - byteEnd));
            }

            Decode();
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (reader != null)
        {
            int n = await reader.ReadAsync(buffer.AsMemory(end, buffer.Length - end), cancellationToken).ConfigureAwait(false);
            AfterRead(n);
        }
        else
        {
            if (NeedBytes())
            {
                AfterByteRead(await stream!.ReadAsync(bytes.AsMemory(byteEnd, bytes!.Length - byteEnd), cancellationToken).ConfigureAwait(false));
            }

            Decode();
        }
    }

    private void AfterRead(int n)
    {
        if (n == 0)
        {
            inputDone = true;
        }

        end += n;
    }

    /// <summary>Whether to read more bytes first: none are left, or fewer than three at the start (a BOM cannot be told yet).</summary>
    private bool NeedBytes()
    {
        if (byteStart == byteEnd)
        {
            byteStart = byteEnd = 0;
            return true;
        }

        return !bomChecked && byteEnd - byteStart < 3 && !bytesExhausted;
    }

    private void AfterByteRead(int n)
    {
        byteEnd += n;
        bytesExhausted = n == 0;
    }

    private void Decode()
    {
        ReadOnlySpan<byte> input = bytes.AsSpan(byteStart, byteEnd - byteStart);
        if (!bomChecked)
        {
            if (input.Length < 3 && !bytesExhausted)
            {
                return;
            }

            bomChecked = true;
            if (input.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                byteStart += 3;
                bytesDecoded += 3;
                input = input[3..];
            }
        }

        try
        {
            decoder!.Convert(input, buffer.AsSpan(end), flush: bytesExhausted, out int bytesUsed, out int charsUsed, out _);
            byteStart += bytesUsed;
            bytesDecoded += bytesUsed;
            end += charsUsed;
        }
        catch (DecoderFallbackException e)
        {
            long offset = bytesDecoded + Math.Max(0, e.Index);
            throw new NewsTextFormatException($"Invalid UTF-8 at byte offset {offset}.", offset, e);
        }

        if (bytesExhausted && byteStart == byteEnd)
        {
            inputDone = true;
        }
    }
}

/// <summary>A token together with its text, for enumeration helpers that hand tokens out beyond the reader's buffer.</summary>
/// <param name="Token">The token, with absolute offsets.</param>
/// <param name="Text">The token's text.</param>
public readonly record struct OwnedToken(Token Token, string Text);

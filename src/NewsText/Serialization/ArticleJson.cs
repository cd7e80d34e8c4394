using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsText.Serialization;

/// <summary>
/// Writes an <see cref="Article"/> as JSON (format in <c>docs/json.md</c>): camelCase keys, every span as
/// <c>{"start","length","text"}</c> with UTF-16 offsets. Written straight to a <see cref="Utf8JsonWriter"/> with no
/// reflection, so it is trim- and AOT-safe and allocates only the output.
/// </summary>
public static class ArticleJson
{
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The article as a JSON string.</summary>
    /// <param name="article">The article.</param>
    /// <param name="indented">Whether to indent (default: one line, as JSON Lines wants).</param>
    /// <returns>The JSON.</returns>
    public static string Serialize(Article article, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new ArrayBufferWriter<byte>(article.Text.Length * 4 + 256);
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            Write(writer, article);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The writer options <see cref="Serialize"/> uses (non-ASCII text is written as is, not <c>\u</c>-escaped; the output is not for embedding in HTML).</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The options.</returns>
    public static JsonWriterOptions WriterOptions(bool indented) => indented ? Indented : Compact;

    /// <summary>Writes the article as one JSON object.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="article">The article.</param>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteStartObject();
        writer.WriteString("language", article.Language);
        writer.WriteNumber("length", article.Text.Length);
        WriteParagraphRef(writer, "title", article, article.Title);
        WriteParagraphRef(writer, "byline", article, article.Byline);
        WriteParagraphRef(writer, "dateline", article, article.Dateline);

        writer.WriteStartArray("paragraphs");
        foreach (Paragraph p in article.Paragraphs)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, article, p.Span);
            writer.WriteString("kind", KindName(p.Kind));
            writer.WriteString("script", CamelCase(p.Script.ToString()));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("sentences");
        foreach (Sentence s in article.Sentences)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, article, s.Span);
            writer.WriteNumber("paragraph", s.Paragraph);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("embeddedPosts");
        foreach (EmbeddedPost post in article.EmbeddedPosts)
        {
            writer.WriteStartObject();
            WriteSpanFields(writer, article, post.Text);
            WriteOptionalText(writer, "author", article, post.Author);
            WriteOptionalText(writer, "handle", article, post.Handle);
            if (post.Date is { } date)
            {
                writer.WriteString("date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("date");
            }

            writer.WriteString("platform", CamelCase(post.Platform.ToString()));
            WriteSpan(writer, "attribution", article, post.Attribution);
            WriteIndices(writer, "paragraphs", post.Paragraphs);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (Quote q in article.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", q.Span.Start);
            writer.WriteNumber("length", q.Span.Length);
            writer.WriteString("text", q.Content.Slice(article.Text));
            writer.WriteNumber("contentStart", q.Content.Start);
            writer.WriteNumber("contentLength", q.Content.Length);
            writer.WriteString("kind", q.Kind == QuoteKind.Speech ? "speech" : "term");
            if (q.Speaker is { } speaker)
            {
                WriteSpan(writer, "speaker", article, speaker);
            }
            else
            {
                writer.WriteNull("speaker");
            }

            WriteIndices(writer, "paragraphs", q.Paragraphs);
            if (q.Parent is { } parent)
            {
                writer.WriteNumber("parent", parent);
            }
            else
            {
                writer.WriteNull("parent");
            }

            WriteIndices(writer, "children", q.Children);

            writer.WriteBoolean("closed", q.IsClosed);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (EntityMention m in article.Mentions)
        {
            writer.WriteStartObject();
            writer.WriteString("text", m.Span.Slice(article.Text));
            writer.WriteString("kind", CamelCase(m.Kind.ToString()));
            writer.WriteNumber("start", m.Span.Start);
            writer.WriteNumber("length", m.Span.Length);
            if (m.Value is null)
            {
                writer.WriteNull("value");
            }
            else
            {
                writer.WriteString("value", m.Value);
            }

            if (m.Entity is { } e)
            {
                writer.WriteNumber("entity", e);
            }
            else
            {
                writer.WriteNull("entity");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (Entity e in article.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", e.Id);
            writer.WriteString("kind", CamelCase(e.Kind.ToString()));
            writer.WriteString("name", e.Name);
            WriteIndices(writer, "mentions", e.Mentions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a paragraph kind (<c>body</c>, <c>embeddedPost</c>, …).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its camelCase name.</returns>
    public static string KindName(ParagraphKind kind) => CamelCase(kind.ToString());

    private static string CamelCase(string name) => string.Create(name.Length, name, static (span, n) =>
    {
        n.AsSpan().CopyTo(span);
        span[0] = char.ToLowerInvariant(span[0]);
    });

    private static void WriteParagraphRef(Utf8JsonWriter writer, string name, Article article, Paragraph? paragraph)
    {
        if (paragraph is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteSpan(writer, name, article, paragraph.Value.Span);
        }
    }

    private static void WriteSpan(Utf8JsonWriter writer, string name, Article article, TextSpan span)
    {
        writer.WriteStartObject(name);
        WriteSpanFields(writer, article, span);
        writer.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter writer, Article article, TextSpan span)
    {
        writer.WriteNumber("start", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteString("text", span.Slice(article.Text));
    }

    private static void WriteOptionalText(Utf8JsonWriter writer, string name, Article article, TextSpan? span)
    {
        if (span is { } s)
        {
            writer.WriteString(name, s.Slice(article.Text));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteIndices(Utf8JsonWriter writer, string name, IReadOnlyList<int> indices)
    {
        writer.WriteStartArray(name);
        foreach (int i in indices)
        {
            writer.WriteNumberValue(i);
        }

        writer.WriteEndArray();
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsText.Parsing;
using NewsText.Serialization;

namespace NewsText.Cli.Pipeline;

/// <summary>
/// The output lines of <c>--jsonl</c>: <c>{"id":…,"article":{…}}</c> or <c>{"id":…,"error":{"code":…,"message":…,"line":…}}</c>,
/// written with <see cref="Utf8JsonWriter"/> (no reflection, AOT-safe).
/// </summary>
internal static class RecordJson
{
    /// <summary>Parses one input line into one output line.</summary>
    public static RecordOutput Parse(ArticleParser parser, LineRead line, long lineNumber)
    {
        if (line.TooLong)
        {
            return Error(null, "too_long", string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} is longer than the line limit."), lineNumber);
        }

        if (string.IsNullOrWhiteSpace(line.Text))
        {
            return Error(null, "empty_line", string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber} is empty."), lineNumber);
        }

        ArticleRecord record = parser.ParseRecord(line.Text, lineNumber);
        if (record.Article is not { } article)
        {
            return Error(record.Id, record.Error!.Code, record.Error.Message, lineNumber);
        }

        return new RecordOutput(
            Write(w =>
            {
                WriteId(w, record.Id);
                w.WritePropertyName("article");
                ArticleJson.Write(w, article);
            }),
            false);
    }

    /// <summary>An error record.</summary>
    public static RecordOutput Error(string? id, string code, string message, long lineNumber) => new(
        Write(w =>
        {
            WriteId(w, id);
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", message);
            w.WriteNumber("line", lineNumber);
            w.WriteEndObject();
        }),
        true);

    /// <summary>The record's <c>id</c> as the parser reports it (a string's value or a number's text), or <see langword="null"/>.</summary>
    public static string? TryReadId(string line)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("id", out JsonElement id)
                ? id.ValueKind switch
                {
                    JsonValueKind.String => id.GetString(),
                    JsonValueKind.Number => id.GetRawText(),
                    _ => null,
                }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteId(Utf8JsonWriter w, string? id)
    {
        if (id is null)
        {
            w.WriteNull("id");
        }
        else
        {
            w.WriteString("id", id);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ArticleJson.WriterOptions(indented: false)))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

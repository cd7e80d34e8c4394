using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsText.Benchmarks.Corpora;

/// <summary>
/// Many articles as JSON Lines (<c>{"id":n,"text":"…"}</c>, raw UTF-8 as exports write it), cut from the mixed-shuffled corpus
/// thirteen lines at a time (the seed's line count), up to a byte budget: what the CLI's <c>--jsonl</c> mode and
/// <see cref="ArticleParser.ParseManyAsync"/> read.
/// </summary>
public sealed class ArticleStream
{
    private const int LinesPerArticle = 13;

    private ArticleStream(byte[] jsonLines, string[] texts)
    {
        JsonLines = jsonLines;
        Texts = texts;
    }

    /// <summary>The JSON Lines input.</summary>
    public byte[] JsonLines { get; }

    /// <summary>The articles' texts, in order.</summary>
    public IReadOnlyList<string> Texts { get; }

    /// <summary>The summed length of the texts in UTF-16 chars.</summary>
    public long Chars => Texts.Sum(t => (long)t.Length);

    /// <summary>As many whole articles as fit in <paramref name="maxBytes"/> bytes of JSON Lines.</summary>
    public static ArticleStream Build(int maxBytes)
    {
        string[] lines = NamedCorpora.Get(NamedCorpora.MixedShuffled).Split('\n');
        var output = new MemoryStream();
        var texts = new List<string>();
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        for (int first = 0; first + LinesPerArticle <= lines.Length; first += LinesPerArticle)
        {
            string text = string.Join('\n', lines, first, LinesPerArticle);
            var record = new MemoryStream();
            using (var writer = new Utf8JsonWriter(record, options))
            {
                writer.WriteStartObject();
                writer.WriteNumber("id", texts.Count + 1);
                writer.WriteString("text", text);
                writer.WriteEndObject();
            }

            record.WriteByte((byte)'\n');
            if (output.Length + record.Length > maxBytes)
            {
                break;
            }

            record.WriteTo(output);
            texts.Add(text);
        }

        return new ArticleStream(output.ToArray(), [.. texts]);
    }
}

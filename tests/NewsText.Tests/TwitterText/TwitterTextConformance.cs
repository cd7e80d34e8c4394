using System.Text;
using NewsText.Tests.Support;
using NewsText.Tokenization;
using YamlDotNet.RepresentationModel;

namespace NewsText.Tests.TwitterText;

/// <summary>One expected entity of a conformance case; indices (code points) only where the YAML gives them.</summary>
internal sealed record ExpectedEntity(string Value, int? Start, int? End);

/// <summary>One test case of twitter-text's extract.yml.</summary>
internal sealed record ConformanceCase(string Section, string Description, string Text, IReadOnlyList<ExpectedEntity> Expected)
{
    public override string ToString() => $"{Section}: {Description}";
}

/// <summary>
/// Reads twitter-text's conformance file extract.yml in place: from <c>NEWSTEXT_TWITTER_TEXT_DIR</c>, or by default
/// <c>&lt;repo root&gt;/../shared/conformance/twitter-text</c>. A missing file fails every test that needs it.
/// </summary>
internal static class TwitterTextConformance
{
    public const string DirectoryVariable = "NEWSTEXT_TWITTER_TEXT_DIR";

    private static readonly Lazy<Dictionary<string, List<ConformanceCase>>> Sections = new(Load);

    public static string Directory =>
        Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } dir
            ? dir
            : Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "conformance", "twitter-text"));

    /// <summary>The cases of one section of extract.yml.</summary>
    public static IReadOnlyList<ConformanceCase> Section(string name) =>
        Sections.Value.TryGetValue(name, out List<ConformanceCase>? cases)
            ? cases
            : throw new InvalidDataException($"extract.yml has no section '{name}'.");

    /// <summary>What the tokenizer yields for a section, as the YAML writes it: values without '@' or '#', code point indices.</summary>
    public static List<ExpectedEntity> Actual(string section, string text)
    {
        TokenKind kind = section.StartsWith("mention", StringComparison.Ordinal) ? TokenKind.Mention
            : section.StartsWith("hashtag", StringComparison.Ordinal) ? TokenKind.Hashtag
            : section.Contains("url", StringComparison.Ordinal) ? TokenKind.Url
            : throw new ArgumentOutOfRangeException(nameof(section), section, "no token kind for this section");
        var result = new List<ExpectedEntity>();
        var tokenizer = new Tokenizer(text);
        while (tokenizer.Read())
        {
            Token t = tokenizer.Current;
            if (t.Kind != kind)
            {
                continue;
            }

            string token = t.GetText(text).ToString();
            string value = kind is TokenKind.Mention or TokenKind.Hashtag ? token[1..] : token;
            result.Add(new ExpectedEntity(value, CodePoints(text, (int)t.Start), CodePoints(text, (int)t.End)));
        }

        return result;
    }

    /// <summary>Whether <paramref name="actual"/> is what the case expects (indices compared where the case has them).</summary>
    public static bool Passes(ConformanceCase c, IReadOnlyList<ExpectedEntity> actual) =>
        actual.Count == c.Expected.Count
        && c.Expected.Zip(actual).All(p => p.First.Value == p.Second.Value && (p.First.Start is null || (p.First.Start == p.Second.Start && p.First.End == p.Second.End)));

    public static string Describe(IEnumerable<ExpectedEntity> entities) =>
        "[" + string.Join(", ", entities.Select(e => e.Start is null ? $"\"{e.Value}\"" : $"\"{e.Value}\" [{e.Start}, {e.End}]")) + "]";

    /// <summary>The number of code points in <c>text[..utf16Index]</c>.</summary>
    public static int CodePoints(string text, int utf16Index)
    {
        int count = 0;
        foreach (Rune _ in text.AsSpan(0, utf16Index).EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static Dictionary<string, List<ConformanceCase>> Load()
    {
        string path = Path.Combine(Directory, "extract.yml");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"twitter-text conformance data not found at {path}. Set {DirectoryVariable} to the folder holding twitter-text's extract.yml "
                + "(its conformance/ folder), or place it at <repo root>/../shared/conformance/twitter-text. These tests never skip.",
                path);
        }

        var stream = new YamlStream();
        using (var reader = new StreamReader(path, Encoding.UTF8))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var sections = new Dictionary<string, List<ConformanceCase>>(StringComparer.Ordinal);
        foreach ((YamlNode key, YamlNode value) in (YamlMappingNode)root["tests"])
        {
            string section = ((YamlScalarNode)key).Value!;
            sections[section] = ((YamlSequenceNode)value).Cast<YamlMappingNode>().Select(node => new ConformanceCase(
                section,
                Scalar(node, "description"),
                Scalar(node, "text"),
                node.Children.TryGetValue(new YamlScalarNode("expected"), out YamlNode? expected) ? Entities(expected) : [])).ToList();
        }

        return sections;
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value ?? "";

    private static List<ExpectedEntity> Entities(YamlNode expected) => expected switch
    {
        YamlSequenceNode list => list.Select(Entity).ToList(),
        YamlScalarNode { Value: { Length: > 0 } value } => [new ExpectedEntity(value, null, null)],
        _ => [],
    };

    private static ExpectedEntity Entity(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return new ExpectedEntity(scalar.Value ?? "", null, null);
        }

        var map = (YamlMappingNode)node;
        string value = map.Children.First(p => ((YamlScalarNode)p.Key).Value != "indices" && p.Value is YamlScalarNode).Value is YamlScalarNode v ? v.Value ?? "" : "";
        int[] indices = ((YamlSequenceNode)map["indices"]).Select(i => int.Parse(((YamlScalarNode)i).Value!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new ExpectedEntity(value, indices[0], indices[1]);
    }
}

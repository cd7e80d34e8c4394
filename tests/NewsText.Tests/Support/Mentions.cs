using NewsText.Entities;

namespace NewsText.Tests.Support;

/// <summary>Entity recognition on a short text, for the rule tests.</summary>
internal static class Mentions
{
    /// <summary>The mentions and entities of <paramref name="text"/>, read as an article whose paragraphs are its lines.</summary>
    public static (EntityMention[] Mentions, Entity[] Entities) Extract(string text) => EntityExtractor.Extract(EntityExtractor.ContextFor(text));

    /// <summary>The text of each mention of <paramref name="kind"/>, in order.</summary>
    public static string[] Of(MentionKind kind, string text) =>
        Extract(text).Mentions.Where(m => m.Kind == kind).Select(m => m.Span.Slice(text).ToString()).ToArray();
}

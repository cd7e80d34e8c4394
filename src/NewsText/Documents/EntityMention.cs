namespace NewsText;

/// <summary>One mention of an entity in the text: a span, what it names, and a normalised value.</summary>
public sealed class EntityMention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="span">Where it is in <see cref="Article.Text"/>.</param>
    /// <param name="kind">What it names.</param>
    /// <param name="value">Normalised value (ISO date, decimal number, amount and currency, URL), or <see langword="null"/>.</param>
    /// <param name="entity">Index of its <see cref="Entity"/> in <see cref="Article.Entities"/>, or <see langword="null"/> when not linked.</param>
    public EntityMention(TextSpan span, MentionKind kind, string? value, int? entity)
    {
        Span = span;
        Kind = kind;
        Value = value;
        Entity = entity;
    }

    /// <summary>Where the mention is in <see cref="Article.Text"/>.</summary>
    public TextSpan Span { get; }

    /// <summary>What it names.</summary>
    public MentionKind Kind { get; }

    /// <summary>Normalised value: ISO 8601 date (or the relative expression's kind), decimal number, <c>"500000000 INR"</c>, canonical URL; <see langword="null"/> for names.</summary>
    public string? Value { get; }

    /// <summary>Index of the mention's <see cref="NewsText.Entity"/> in <see cref="Article.Entities"/>, or <see langword="null"/>.</summary>
    public int? Entity { get; }
}

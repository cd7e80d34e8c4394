namespace NewsText;

/// <summary>One real-world entity: the cluster of its mentions across scripts and spellings (<c>सर्गेई लावरोव</c>, <c>लावरोव</c>, <c>Sergey Lavrov</c>).</summary>
public sealed class Entity
{
    /// <summary>Creates an entity.</summary>
    /// <param name="id">Its index in <see cref="Article.Entities"/>.</param>
    /// <param name="kind">The kind shared by all its mentions.</param>
    /// <param name="name">Canonical name (the Latin-script full form when present).</param>
    /// <param name="mentions">Indices of its mentions in <see cref="Article.Mentions"/>, ascending.</param>
    public Entity(int id, MentionKind kind, string name, IReadOnlyList<int> mentions)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(mentions);
        Id = id;
        Kind = kind;
        Name = name;
        Mentions = mentions;
    }

    /// <summary>Its index in <see cref="Article.Entities"/>.</summary>
    public int Id { get; }

    /// <summary>The kind shared by all its mentions.</summary>
    public MentionKind Kind { get; }

    /// <summary>Canonical name.</summary>
    public string Name { get; }

    /// <summary>Indices of its mentions in <see cref="Article.Mentions"/>, ascending.</summary>
    public IReadOnlyList<int> Mentions { get; }
}

using System.Collections.Concurrent;

namespace NewsText.Benchmarks.Corpora;

/// <summary>The named benchmark corpora: <c>{mixed|english|hindi}-{shuffled|repeated}</c>, 2,000,000 UTF-16 chars each.</summary>
public static class NamedCorpora
{
    /// <summary>The length of every named corpus, in UTF-16 chars.</summary>
    public const int Chars = 2_000_000;

    /// <summary>The primary corpus: every seed line's language, shuffled.</summary>
    public const string MixedShuffled = "mixed-shuffled";

    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Every corpus name, shuffled ones (the primary figures) first.</summary>
    public static IEnumerable<string> Names =>
        from form in new[] { CorpusForm.Shuffled, CorpusForm.Repeated }
        from language in new[] { CorpusLanguage.Mixed, CorpusLanguage.English, CorpusLanguage.Hindi }
        select Name(language, form);

    public static string Name(CorpusLanguage language, CorpusForm form) =>
        $"{language.ToString().ToLowerInvariant()}-{form.ToString().ToLowerInvariant()}";

    /// <summary>The corpus called <paramref name="name"/>, built once per process.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        string[] parts = n.Split('-');
        if (parts.Length != 2
            || !Enum.TryParse(parts[0], ignoreCase: true, out CorpusLanguage language)
            || !Enum.TryParse(parts[1], ignoreCase: true, out CorpusForm form))
        {
            throw new ArgumentException($"Unknown corpus '{n}'; expected one of: {string.Join(", ", Names)}.", nameof(name));
        }

        return CorpusBuilder.Build(language, form, Chars);
    });
}

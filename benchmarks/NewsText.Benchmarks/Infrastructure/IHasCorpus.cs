namespace NewsText.Benchmarks.Infrastructure;

/// <summary>A benchmark whose input is a named corpus; the <see cref="ThroughputColumn"/> reads the parameter by this name.</summary>
public interface IHasCorpus
{
    /// <summary>The corpus name (see <see cref="Corpora.NamedCorpora.Names"/>).</summary>
    string Corpus { get; set; }
}

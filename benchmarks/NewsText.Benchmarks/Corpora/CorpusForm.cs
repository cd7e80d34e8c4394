namespace NewsText.Benchmarks.Corpora;

/// <summary>How the seed's text is stretched to corpus size.</summary>
public enum CorpusForm
{
    /// <summary>The seed's space-separated pieces dealt in shuffled order into new lines: not periodic, like real text. The primary figures.</summary>
    Shuffled,

    /// <summary>The seed's lines repeated as they are: periodic, so the branch predictor can learn it. Secondary figures.</summary>
    Repeated,
}

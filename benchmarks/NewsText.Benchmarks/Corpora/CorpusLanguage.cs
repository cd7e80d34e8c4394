namespace NewsText.Benchmarks.Corpora;

/// <summary>Which of the seed's lines a corpus is made of.</summary>
public enum CorpusLanguage
{
    /// <summary>Every line, in the seed's mix of scripts.</summary>
    Mixed,

    /// <summary>Lines whose letters are mostly Latin.</summary>
    English,

    /// <summary>Lines with letters that are not mostly Latin (in the seed: Devanagari).</summary>
    Hindi,
}

using System.Text;

namespace NewsText.Benchmarks.Corpora;

/// <summary>One line of the seed, split at spaces, with the language its letters say it is in.</summary>
internal sealed class SeedLine
{
    private SeedLine(string text, CorpusLanguage language)
    {
        Text = text;
        Language = language;
        Pieces = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public string Text { get; }

    /// <summary><see cref="CorpusLanguage.English"/>, <see cref="CorpusLanguage.Hindi"/>, or <see cref="CorpusLanguage.Mixed"/> for a line without letters.</summary>
    public CorpusLanguage Language { get; }

    /// <summary>The space-separated pieces of the line (words with their punctuation attached, handles, dates, dashes).</summary>
    public string[] Pieces { get; }

    public static IReadOnlyList<SeedLine> Load() =>
        File.ReadAllText(SeedFiles.Seed)
            .Split('\n')
            .Select(l => l.TrimEnd('\r'))
            .Where(l => l.Length > 0)
            .Select(l => new SeedLine(l, Classify(l)))
            .ToArray();

    /// <summary>A line is English if its letters are mostly Latin.</summary>
    private static CorpusLanguage Classify(string line)
    {
        int letters = 0;
        int latin = 0;
        foreach (Rune r in line.EnumerateRunes())
        {
            if (Rune.IsLetter(r))
            {
                letters++;
                if (r.Value < 0x0250 || r.Value is >= 0x1E00 and < 0x1F00)
                {
                    latin++;
                }
            }
        }

        if (letters == 0)
        {
            return CorpusLanguage.Mixed;
        }

        return 2 * latin > letters ? CorpusLanguage.English : CorpusLanguage.Hindi;
    }
}

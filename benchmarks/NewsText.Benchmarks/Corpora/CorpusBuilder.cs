using System.Text;

namespace NewsText.Benchmarks.Corpora;

/// <summary>Builds corpora of an exact length from the seed, deterministically.</summary>
internal static class CorpusBuilder
{
    /// <summary>The fixed seed of every shuffle, so every run and machine measures the same text.</summary>
    private const ulong ShuffleSeed = 0x4E657773_54657874; // "NewsText"

    private static readonly Lazy<IReadOnlyList<SeedLine>> Lines = new(SeedLine.Load);

    /// <summary>A corpus of exactly <paramref name="chars"/> UTF-16 chars (never ending in half a surrogate pair).</summary>
    public static string Build(CorpusLanguage language, CorpusForm form, int chars)
    {
        SeedLine[] lines = Lines.Value.Where(l => language == CorpusLanguage.Mixed || l.Language == language).ToArray();
        if (lines.Length == 0)
        {
            throw new InvalidOperationException($"The seed has no {language} lines.");
        }

        var sb = new StringBuilder(chars + 4096);
        if (form == CorpusForm.Repeated)
        {
            while (sb.Length < chars)
            {
                foreach (SeedLine line in lines)
                {
                    sb.Append(line.Text).Append('\n');
                }
            }
        }
        else
        {
            AppendShuffled(sb, lines, chars);
        }

        int length = chars;
        if (char.IsHighSurrogate(sb[length - 1]))
        {
            length--;
        }

        return sb.ToString(0, length);
    }

    /// <summary>
    /// New lines, each as long (in pieces) as a source line drawn from a shuffled deck of lines, filled with pieces dealt from
    /// a shuffled deck of the pieces of that line's language, so a line keeps one script as real news lines do. A deck is
    /// reshuffled when it runs out, so every piece occurs as often as in the seed.
    /// </summary>
    private static void AppendShuffled(StringBuilder sb, SeedLine[] lines, int chars)
    {
        var random = new SplitMix64(ShuffleSeed);
        var lineDeck = new Deck<SeedLine>(lines);
        var pieceDecks = lines
            .GroupBy(l => l.Language)
            .ToDictionary(g => g.Key, g => new Deck<string>(g.SelectMany(l => l.Pieces).ToArray()));

        while (sb.Length < chars)
        {
            SeedLine shape = lineDeck.Deal(ref random);
            Deck<string> pieces = pieceDecks[shape.Language];
            for (int i = 0; i < shape.Pieces.Length; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(pieces.Deal(ref random));
            }

            sb.Append('\n');
        }
    }

    private sealed class Deck<T>(T[] items)
    {
        private readonly T[] cards = (T[])items.Clone();
        private int next = items.Length;

        public T Deal(ref SplitMix64 random)
        {
            if (next == cards.Length)
            {
                random.Shuffle(cards);
                next = 0;
            }

            return cards[next++];
        }
    }
}

using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace NewsText.Entities;

/// <summary>
/// The lookup form of a word for the lexicon and the word tables: ASCII letters lower-cased, common Latin accents removed,
/// Devanagari nukta dropped (<c>ज़</c> = <c>ज</c>), chandrabindu read as anusvara, ZWJ/ZWNJ removed, typographic apostrophes
/// made straight. The folded form is never longer than the input, so callers fold into a stack buffer and look the span up.
/// </summary>
internal static class TextFolding
{
    /// <summary>Longest word the lookups fold on the stack; longer tokens are never lexicon words.</summary>
    public const int MaxWordLength = 64;

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (at least as long) and returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        int n = 0;
        foreach (char c in source)
        {
            char f = FoldChar(c);
            if (f != '\0')
            {
                destination[n++] = f;
            }
        }

        return n;
    }

    /// <summary>Folds a string (for building tables).</summary>
    public static string Fold(string source)
    {
        Span<char> buffer = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        int n = Fold(source, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>The folded form of one char, or <c>'\0'</c> when folding drops it. A table answers every char below U+0980.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldChar(char c) => c < LowTableEnd ? LowTable[c] : FoldHigh(c);

    // ASCII, Latin-1 and the rest of the Latin, Greek and Cyrillic blocks up to Devanagari: one load instead of branches.
    private const char LowTableEnd = '\u0980';

    private static char[] BuildLowTable()
    {
        var table = new char[LowTableEnd];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = FoldSlow((char)c);
        }

        return table;
    }

    private static char FoldHigh(char c) => c switch
    {
        '\u200C' or '\u200D' => '\0',
        '\u2018' or '\u2019' => '\'',
        _ => char.ToLowerInvariant(c),
    };

    private static char FoldSlow(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u0900' and <= '\u097F')
        {
            return c switch
            {
                '\u093C' => '\0', // nukta
                '\u0901' => '\u0902', // chandrabindu → anusvara
                >= '\u0958' and <= '\u095F' => NuktaBase[c - '\u0958'],
                _ => c,
            };
        }

        return c switch
        {
            '\u02BC' => '\'',
            _ when Accents.TryGetValue(c, out char a) => a,
            _ => char.ToLowerInvariant(c),
        };
    }

    // क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ → their base letters.
    private static ReadOnlySpan<char> NuktaBase => "\u0915\u0916\u0917\u091C\u0921\u0922\u092B\u092F";

    private static readonly FrozenDictionary<char, char> Accents = BuildAccents();

    private static FrozenDictionary<char, char> BuildAccents()
    {
        const string from = "àáâãäåāăąÀÁÂÃÄÅĀçćčÇĆČďđĎèéêëēėęÈÉÊËĒěğĞìíîïīıÌÍÎÏİłŁñńňÑŃöòóôõøōőÖÒÓÔÕØŌřŘśšşșŚŠŞȘťțŢȚùúûüūůűÙÚÛÜŪýÿÝžźżŽŹŻ";
        const string to = "aaaaaaaaaaaaaaaaccccccdddeeeeeeeeeeeeeggiiiiiiiiiiillnnnnnooooooooooooooorrssssssssttttuuuuuuuuuuuuyyyzzzzzz";
        var map = new Dictionary<char, char>(from.Length);
        for (int i = 0; i < from.Length; i++)
        {
            map[from[i]] = to[i];
        }

        return map.ToFrozenDictionary();
    }

    // Declared after the tables it reads: static fields initialise in order.
    private static readonly char[] LowTable = BuildLowTable();
}

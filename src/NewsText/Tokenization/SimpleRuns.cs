using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NewsText.Tokenization;

/// <summary>
/// Vector tests for the commonest word chars: ASCII letters, and the Devanagari letters, signs and digits that UAX #29 treats as
/// plain word chars (ALetter, Extend, Numeric). A char outside these ranges stops the vector skip; the scalar table decides it.
/// <see cref="CharTable"/>'s tests check every char these ranges accept is a word char there.
/// </summary>
internal static class SimpleRuns
{
    /// <summary>Devanagari ranges accepted: U+0900–U+0963 (letters, signs, vowel signs, virama, nukta), U+0966–U+096F (digits), U+0971–U+097F (letters).</summary>
    internal const int DevanagariStart = 0x0900;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<ushort> WordMask(Vector128<ushort> v, out Vector128<ushort> marks)
    {
        Vector128<ushort> ascii = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
        Vector128<ushort> d = v - Vector128.Create((ushort)DevanagariStart);
        Vector128<ushort> deva = Vector128.LessThan(d, Vector128.Create((ushort)0x64))
            | Vector128.LessThan(d - Vector128.Create((ushort)0x66), Vector128.Create((ushort)10))
            | Vector128.LessThan(d - Vector128.Create((ushort)0x71), Vector128.Create((ushort)15));

        // Combining marks among them: U+0900–0903, U+093A–094F except the letter-like U+093D, U+0951–0957, U+0962–0963.
        marks = deva & (Vector128.LessThan(d, Vector128.Create((ushort)4))
            | (Vector128.LessThan(d - Vector128.Create((ushort)0x3A), Vector128.Create((ushort)0x16)) & ~Vector128.Equals(d, Vector128.Create((ushort)0x3D)))
            | Vector128.LessThan(d - Vector128.Create((ushort)0x51), Vector128.Create((ushort)7))
            | Vector128.LessThan(d - Vector128.Create((ushort)0x62), Vector128.Create((ushort)2)));
        return ascii | deva;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint MarkBits(Vector128<ushort> marks) => marks.ExtractMostSignificantBits();

    /// <summary>Whether the scalar table agrees: every char the vector accepts is a word char, and a mark exactly when the vector says so.</summary>
    internal static bool AgreesWithTable(out string? firstDisagreement)
    {
        for (int c = 0; c < 0x10000; c += 8)
        {
            var v = Vector128.Create((ushort)c, (ushort)(c + 1), (ushort)(c + 2), (ushort)(c + 3), (ushort)(c + 4), (ushort)(c + 5), (ushort)(c + 6), (ushort)(c + 7));
            uint word = WordMask(v, out Vector128<ushort> marks).ExtractMostSignificantBits();
            uint markBits = MarkBits(marks);
            for (int k = 0; k < 8; k++)
            {
                byte t = CharTable.Of((char)(c + k));
                bool isWord = (word >> k & 1) != 0;
                bool isMark = (markBits >> k & 1) != 0;
                if (isWord && ((t & CharTable.WordChar) == 0 || isMark != ((t & CharTable.Ignorable) != 0)))
                {
                    firstDisagreement = $"U+{c + k:X4}";
                    return false;
                }
            }
        }

        firstDisagreement = null;
        return true;
    }
}

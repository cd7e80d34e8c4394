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

    /// <summary>
    /// One bit per lane: whether the char is an ASCII letter or a plain Devanagari word char; <paramref name="markBits"/>: whether
    /// it is a Devanagari combining mark (U+0900–0903, U+093A–094F except the letter-like U+093D, U+0951–0957, U+0962–0963).
    /// The mark test is exact only for lanes the word bits accept, which are all the caller looks at.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint WordBits(Vector256<ushort> v, out uint markBits)
    {
        // Word and mark bits come out separately: the word's end (on the critical path) does not wait for the marks.
        Vector256<ushort> ascii = Vector256.LessThan((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26));
        Vector256<ushort> d = v - Vector256.Create((ushort)DevanagariStart);

        // U+0900–097F without the dandas U+0964–0965 and the abbreviation sign U+0970.
        Vector256<ushort> deva = Vector256.LessThan(d, Vector256.Create((ushort)0x80))
            & ~(Vector256.Equals(d & Vector256.Create((ushort)0xFFFE), Vector256.Create((ushort)0x64)) | Vector256.Equals(d, Vector256.Create((ushort)0x70)));
        Vector256<ushort> marks = Vector256.LessThan(d, Vector256.Create((ushort)4))
            | (Vector256.LessThan(d - Vector256.Create((ushort)0x3A), Vector256.Create((ushort)0x1E))
                & ~(Vector256.Equals(d, Vector256.Create((ushort)0x3D)) | Vector256.Equals(d, Vector256.Create((ushort)0x50))))
            | Vector256.LessThan(d - Vector256.Create((ushort)0x62), Vector256.Create((ushort)2));
        markBits = marks.ExtractMostSignificantBits();
        return (ascii | deva).ExtractMostSignificantBits();
    }

    /// <summary>The same test as <see cref="WordBits(Vector256{ushort}, out uint)"/> over 32 chars, for machines with 512-bit vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong WordBits(Vector512<ushort> v, out ulong markBits)
    {
        // Each compare's lanes are taken as bits at once and combined as integers: with AVX-512 a compare yields a mask
        // register, and combining the masks as vectors would convert each to a vector and back.
        ulong ascii = Vector512.LessThan((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)26)).ExtractMostSignificantBits();
        Vector512<ushort> d = v - Vector512.Create((ushort)DevanagariStart);
        ulong block = Vector512.LessThan(d, Vector512.Create((ushort)0x80)).ExtractMostSignificantBits();
        ulong dandas = Vector512.Equals(d & Vector512.Create((ushort)0xFFFE), Vector512.Create((ushort)0x64)).ExtractMostSignificantBits();
        ulong abbreviation = Vector512.Equals(d, Vector512.Create((ushort)0x70)).ExtractMostSignificantBits();
        ulong signs = Vector512.LessThan(d, Vector512.Create((ushort)4)).ExtractMostSignificantBits();
        ulong vowelSigns = Vector512.LessThan(d - Vector512.Create((ushort)0x3A), Vector512.Create((ushort)0x1E)).ExtractMostSignificantBits();
        ulong letterLike = (Vector512.Equals(d, Vector512.Create((ushort)0x3D)) | Vector512.Equals(d, Vector512.Create((ushort)0x50))).ExtractMostSignificantBits();
        ulong vocalic = Vector512.LessThan(d - Vector512.Create((ushort)0x62), Vector512.Create((ushort)2)).ExtractMostSignificantBits();
        markBits = signs | (vowelSigns & ~letterLike) | vocalic;
        return ascii | (block & ~(dandas | abbreviation));
    }

    /// <summary>Whether the scalar table agrees: every char the vector accepts is a word char, and a mark exactly when the vector says so.</summary>
    internal static bool AgreesWithTable(out string? firstDisagreement)
    {
        for (int c = 0; c < 0x10000; c += Vector256<ushort>.Count)
        {
            var v = Vector256.Create((ushort)c) + Vector256<ushort>.Indices;
            uint word = WordBits(v, out uint markBits);
            for (int k = 0; k < Vector256<ushort>.Count; k++)
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

        for (int c = 0; c < 0x10000; c += Vector512<ushort>.Count)
        {
            var v = Vector512.Create((ushort)c) + Vector512<ushort>.Indices;
            ulong word = WordBits(v, out ulong markBits);
            for (int k = 0; k < Vector512<ushort>.Count; k++)
            {
                uint narrow = WordBits(Vector256.Create((ushort)(c + k)), out uint narrowMarks);
                if ((word >> k & 1) != (narrow & 1) || (markBits >> k & 1) != (narrowMarks & 1))
                {
                    firstDisagreement = $"U+{c + k:X4} (512-bit)";
                    return false;
                }
            }
        }

        firstDisagreement = null;
        return true;
    }
}

using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Entities;

/// <summary>
/// Indian towns by the shape of their names: one word ending in a place suffix (<c>-पुर</c>, <c>-गढ़</c>, <c>-गंज</c>, <c>-नगर</c>,
/// <c>-आबाद</c>, <c>-गांव</c>; <c>-pur</c>, <c>-garh</c>, <c>-ganj</c>, <c>-nagar</c>, <c>-abad</c>, <c>-gaon</c>), standing as a name of its own: <c>रामगढ़ में</c>,
/// <c>गोपालगंज जिले</c>, <c>Tilaknagar</c>. With the weakest evidence (propagation's): any other reading of the word wins.
/// </summary>
internal sealed class PlaceSuffixRecognizer : IMentionRecognizer
{
    private static readonly string[] HindiSuffixes = ["पुर", "गढ़", "ग\u095D", "गंज", "नगर", "ाबाद", "गांव", "गाँव"]; // गढ़ decomposed and precomposed

    private static readonly string[] LatinSuffixes = ["pur", "garh", "ganj", "nagar", "abad", "gaon"];

    // Words of the same shape that are not places: महानगर "metropolis", जिंदाबाद "long live".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlaces =
        new HashSet<string>(["महानगर", "महानगरों", "उपनगर", "जिंदाबाद", "ज़िंदाबाद", "मुर्दाबाद"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public void Recognize(RecognitionContext context, PooledList<Candidate> output)
    {
        TokenView v = context.View;
        for (int i = 0; i < v.Count; i++)
        {
            if (v.Tokens[i].Length < 6 || v.WordId(i) != WordIndex.Unknown || v.Kind(i) != TokenKind.Word || !EndsLikePlace(v.Text[(int)v.Tokens[i].End - 1]))
            {
                continue; // a known word (a function word, a title, a name, a lexicon alias) is read by its own rules
            }

            ReadOnlySpan<char> w = v[i];
            bool place = v.Tokens[i].Script switch
            {
                Script.Devanagari => HasSuffix(w, HindiSuffixes) && !NotPlaces.Contains(w)
                    && !NameReader.IsHindiNameWord(v, i + 1) && (NameReader.EndsHindiName(v, i + 1) || v.In(i + 1, WordLists.PlaceCues))
                    && !(i > 0 && NameReader.IsHindiNameWord(v, i - 1) && !v.In(i - 1, WordLists.HindiPlaceAdjectives)),
                Script.Latin => char.IsAsciiLetterUpper(w[0]) && HasSuffix(w, LatinSuffixes)
                    && !NameReader.IsLatinNameWord(v, i + 1) && !(i > 0 && NameReader.IsLatinNameWord(v, i - 1)),
                _ => false,
            };
            if (place)
            {
                output.Add(new Candidate(v.Span(i, 1), MentionKind.Location, null, Evidence.Propagated));
            }
        }
    }

    // The last char of every suffix above: र (पुर, नगर), ढ़ and nukta (गढ़), ज (गंज), द (ाबाद), व (गांव); r, h, j, d, n.
    private static bool EndsLikePlace(char c) => c is 'र' or '\u095D' or '\u093C' or 'ज' or 'द' or 'व' or 'r' or 'h' or 'j' or 'd' or 'n';

    // The suffix and at least three chars before it: "रामगढ़", "Kanpur"; not "नगर" or "Pur" alone.
    private static bool HasSuffix(ReadOnlySpan<char> w, string[] suffixes)
    {
        foreach (string s in suffixes)
        {
            if (w.Length >= s.Length + 3 && w.EndsWith(s, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}

using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// Sentences inside a paragraph: split after a terminal (<c>. ? ! । ॥ …</c>) except after an abbreviation, keeping closing
/// quotes and brackets with the sentence. Numbers, URLs, e-mails and handles are single tokens, so their dots never split.
/// A terminal (with its closing quotes and brackets) followed by a lower-case Latin word does not end the sentence either:
/// <c>"Really?" she asked.</c>, <c>"It is over." he said</c>, <c>wait... and see</c>; nor one a digit touches (<c>@virat_kohli.18</c>).
/// </summary>
internal static class SentenceSegmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Rev", "Hon", "St", "Jr", "Sr",
        "Mt", "Ft", "Inc", "Ltd", "Co", "Corp", "Bros", "No", "vs", "etc", "approx", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept", "Oct", "Nov", "Dec", "Rs", "Smt", "Shri", "डॉ", "श्री", "प्रो", "श्रीमती", "सुश्री", "कु", "ले", "जन", "मो",
    };

    public static void Split(string text, ReadOnlySpan<Token> tokens, ParagraphRange paragraph, int paragraphIndex, PooledList<Sentence> output)
    {
        int start = paragraph.First;
        for (int k = paragraph.First; k < paragraph.End; k++)
        {
            Token t = tokens[k];
            if (t.Kind != TokenKind.Punctuation || !t.Has(TokenFlags.SentenceTerminal) || IsAbbreviationDot(text, tokens, paragraph, k))
            {
                continue;
            }

            int end = k + 1;
            while (end < paragraph.End && IsCloser(text, tokens[end]) && TokenText.Adjacent(tokens[end - 1], tokens[end]))
            {
                end++;
            }

            if (end < paragraph.End && (StartsLowerCaseLatin(text, tokens[end]) || (tokens[end].Kind == TokenKind.Number && TokenText.Adjacent(tokens[end - 1], tokens[end]))))
            {
                k = end - 1; // the sentence goes on: the closers belong to it, the terminal was inside
                continue;
            }

            output.Add(new Sentence(TextSpan.FromBounds((int)tokens[start].Start, (int)tokens[end - 1].End), paragraphIndex));
            start = end;
            k = end - 1;
        }

        if (start < paragraph.End)
        {
            output.Add(new Sentence(TextSpan.FromBounds((int)tokens[start].Start, (int)tokens[paragraph.End - 1].End), paragraphIndex));
        }
    }

    private static bool IsCloser(string text, Token t) =>
        (t.Kind == TokenKind.Quote && !t.Has(TokenFlags.QuoteOpen))
        || (t.Kind == TokenKind.Punctuation && t.Length == 1 && text[(int)t.Start] is ')' or ']' or '}');

    /// <summary>A full stop right after an abbreviation (<c>Mr.</c>, <c>U.S.</c>, <c>डॉ.</c>, a single capital) or before a lower-case word does not end the sentence.</summary>
    private static bool IsAbbreviationDot(string text, ReadOnlySpan<Token> tokens, ParagraphRange paragraph, int k)
    {
        Token dot = tokens[k];
        if (dot.Length != 1 || text[(int)dot.Start] != '.' || k == paragraph.First)
        {
            return false;
        }

        Token before = tokens[k - 1];
        if (before.Kind == TokenKind.Word && TokenText.Adjacent(before, dot))
        {
            ReadOnlySpan<char> word = TokenText.Of(text, before);
            if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return k + 1 < paragraph.End; // at the paragraph's end it still ends the sentence
            }
        }

        return false;
    }

    private static bool StartsLowerCaseLatin(string text, Token t) =>
        t.Kind == TokenKind.Word && t.Script == Script.Latin && char.IsLower(text[(int)t.Start]);
}

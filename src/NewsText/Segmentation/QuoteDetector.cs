using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>A quotation found while parsing, by token indices; <see cref="Close"/> is -1 when it was recovered at a paragraph's end.</summary>
internal readonly record struct QuoteRange(int Open, int Close, int ContentEndToken, int Id, int ParentId, int FirstParagraph, int LastParagraph);

/// <summary>
/// Pairs quotation marks with one stack in one pass (linear in the number of marks): curly, straight (by the tokenizer's
/// context flags), guillemets, „…“, nesting, and the convention that a quote running over paragraphs reopens each continued
/// paragraph with a mark and closes only at the end. Unbalanced double quotes are closed at their paragraph's end
/// (reported as recovered); an unmatched single mark is an apostrophe and ignored.
/// </summary>
internal static class QuoteDetector
{
    private const int SearchDepth = 8;

    /// <summary>Quote families: a closing mark only closes an opening mark of its own family.</summary>
    private enum Family : byte
    {
        StraightDouble,
        CurlyDouble,
        StraightSingle,
        CurlySingle,
        Guillemet,
        SingleGuillemet,
        Corner,
        WhiteCorner,
    }

    public static List<QuoteRange> Find(string text, ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> paragraphs, Action<int> reportRecovered)
    {
        var found = new List<QuoteRange>();
        var stack = new List<(int Token, Family Family, int Id, int FirstParagraph)>();
        int nextId = 0;
        int continuationMark = -1;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            ParagraphRange para = paragraphs[p];
            for (int k = para.First; k < para.End; k++)
            {
                Token t = tokens[k];
                if (t.Kind != TokenKind.Quote || k == continuationMark)
                {
                    continue;
                }

                Family family = FamilyOf(text[(int)t.Start]);
                bool opens = t.Has(TokenFlags.QuoteOpen);
                bool closes = t.Has(TokenFlags.QuoteClose);
                int match = FindOpen(stack, family);
                if (closes || (!opens && match >= 0))
                {
                    if (match < 0)
                    {
                        if (!closes)
                        {
                            stack.Add((k, family, nextId++, p));
                        }
                        else if (!IsSingle(family))
                        {
                            reportRecovered((int)t.Start); // a stray closing mark: left as text
                        }

                        continue;
                    }

                    (int openToken, _, int id, int firstParagraph) = stack[match];
                    AbandonAbove(stack, match + 1, k, id, found, tokens, p, reportRecovered);
                    int parent = match > 0 ? stack[match - 1].Id : -1;
                    stack.RemoveRange(match, stack.Count - match);
                    found.Add(new QuoteRange(openToken, k, k, id, parent, firstParagraph, p));
                }
                else
                {
                    stack.Add((k, family, nextId++, p));
                }
            }

            if (stack.Count == 0)
            {
                continue;
            }

            // A quote left open: continued when the next paragraph opens with a mark of the same family.
            if (p + 1 < paragraphs.Count && tokens[paragraphs[p + 1].First] is { Kind: TokenKind.Quote } next
                && !next.Has(TokenFlags.QuoteClose) && FamilyOf(text[(int)next.Start]) == stack[0].Family)
            {
                continuationMark = paragraphs[p + 1].First;
                continue;
            }

            AbandonAbove(stack, 0, para.End, -1, found, tokens, p, reportRecovered);
            stack.Clear();
        }

        found.Sort((a, b) => a.Open.CompareTo(b.Open));
        return found;
    }

    /// <summary>
    /// Recovers the opening marks left on the stack from <paramref name="from"/> up, in text order: a single mark was an
    /// apostrophe and is dropped; a double mark's quote ends just before the next recovered double mark, the last one before token
    /// <paramref name="endToken"/> (the paragraph's end, or the mark that closes the enclosing quote <paramref name="parentId"/>).
    /// So unclosed marks become siblings, not a tower of nested quotes each running to the paragraph's end: the quotes' spans
    /// are disjoint and the output stays linear in the input however many marks are unclosed.
    /// </summary>
    private static void AbandonAbove(List<(int Token, Family Family, int Id, int FirstParagraph)> stack, int from, int endToken, int parentId, List<QuoteRange> found, ReadOnlySpan<Token> tokens, int p, Action<int> reportRecovered)
    {
        int firstFound = found.Count;
        int end = endToken;
        for (int i = stack.Count - 1; i >= from; i--)
        {
            (int token, Family family, int id, int firstParagraph) = stack[i];
            if (!IsSingle(family))
            {
                found.Add(new QuoteRange(token, -1, end, id, parentId, firstParagraph, p));
                end = token;
            }
        }

        // Report in text order (the quotes were added from the last one back).
        for (int i = found.Count - 1; i >= firstFound; i--)
        {
            reportRecovered((int)tokens[found[i].Open].Start);
        }
    }

    private static int FindOpen(List<(int Token, Family Family, int Id, int FirstParagraph)> stack, Family family)
    {
        for (int i = stack.Count - 1; i >= 0 && i >= stack.Count - SearchDepth; i--)
        {
            if (stack[i].Family == family)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsSingle(Family f) => f is Family.StraightSingle or Family.CurlySingle or Family.SingleGuillemet;

    private static Family FamilyOf(char c) => c switch
    {
        '"' or '\uFF02' => Family.StraightDouble,
        '\u201C' or '\u201D' or '\u201E' or '\u201F' => Family.CurlyDouble,
        '\'' => Family.StraightSingle,
        '\u2018' or '\u2019' or '\u201A' or '\u201B' => Family.CurlySingle,
        '\u00AB' or '\u00BB' => Family.Guillemet,
        '\u2039' or '\u203A' => Family.SingleGuillemet,
        '\u300C' or '\u300D' => Family.Corner,
        _ => Family.WhiteCorner,
    };
}

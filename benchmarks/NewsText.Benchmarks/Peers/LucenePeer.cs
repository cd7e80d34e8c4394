using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using NewsText.Benchmarks.Infrastructure;
using LuceneTokenizer = Lucene.Net.Analysis.Tokenizer;

namespace NewsText.Benchmarks.Peers;

/// <summary>
/// A Lucene.Net tokenizer reused across operations the way Lucene's analyzers reuse theirs:
/// <c>SetReader → Reset → IncrementToken* → End → Dispose</c>, where <c>Dispose</c> closes the reader and leaves the
/// tokenizer ready for the next <c>SetReader</c>.
/// </summary>
internal sealed class LucenePeer
{
    private readonly LuceneTokenizer tokenizer;
    private readonly ICharTermAttribute term;
    private readonly IOffsetAttribute offset;

    private LucenePeer(LuceneTokenizer tokenizer)
    {
        this.tokenizer = tokenizer;
        term = tokenizer.AddAttribute<ICharTermAttribute>();
        offset = tokenizer.AddAttribute<IOffsetAttribute>();
    }

    /// <summary><c>StandardTokenizer</c> (UAX #29 words; URLs and e-mails split).</summary>
    public static LucenePeer Standard() =>
        new(new StandardTokenizer(LuceneVersion.LUCENE_48, TextReader.Null));

    /// <summary><c>UAX29URLEmailTokenizer</c> (UAX #29 words, URLs and e-mails kept whole).</summary>
    public static LucenePeer Uax29UrlEmail() =>
        new(new UAX29URLEmailTokenizer(LuceneVersion.LUCENE_48, TextReader.Null));

    /// <summary>Counts the tokens of <paramref name="text"/>, summing their offset spans and reading each term.</summary>
    public Tally Count(string text)
    {
        // The constructor's reader is pending, not open, so SetReader is legal before the first Reset too.
        tokenizer.SetReader(new StringReader(text));
        try
        {
            tokenizer.Reset();
            int count = 0;
            long chars = 0;
            while (tokenizer.IncrementToken())
            {
                if (term.Length != 0)
                {
                    count++;
                }

                chars += offset.EndOffset - offset.StartOffset;
            }

            tokenizer.End();
            return new Tally(count, chars);
        }
        finally
        {
            tokenizer.Dispose();
        }
    }
}

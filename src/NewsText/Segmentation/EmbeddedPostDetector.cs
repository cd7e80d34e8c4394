using System.Globalization;
using NewsText.Entities;
using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>
/// A post found while parsing: paragraph indices of its text (<see cref="FirstTextParagraph"/> to <see cref="LastTextParagraph"/>)
/// and attribution, and what the attribution says.
/// </summary>
internal readonly record struct PostRange(int FirstTextParagraph, int LastTextParagraph, int AttributionParagraph, TextSpan? Author, TextSpan? Handle, DateOnly? Date, SocialPlatform Platform);

/// <summary>
/// Embedded social posts: a paragraph that is wholly an attribution line (<c>— Name (@handle) January 9, 2023</c>,
/// <c>- Name (@handle) 9 जनवरी 2023</c>, <c>&amp;mdash; …</c>, <c>A post shared by Name (@handle)</c>) makes the paragraph above it
/// the post's text. A paragraph that merely contains a handle is not a post.
/// </summary>
/// <remarks>
/// A post of several paragraphs is told from the body by script alone: the paragraphs right above the post's last one join it
/// while they are written in the post's script and that script is not the body's (an English tweet of three paragraphs in a
/// Hindi article). When post and body share a script, only the one paragraph above the attribution is the post: the text does
/// not say where a longer post would begin.
/// </remarks>
internal static class EmbeddedPostDetector
{
    private const int MaxAuthorTokens = 8; // six words, or fewer with dots and hyphens ("Mohammed bin Saleh Al-Kuwari")

    public static List<PostRange> Find(string text, ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> paragraphs)
    {
        var posts = new List<PostRange>();
        for (int p = 1; p < paragraphs.Count; p++)
        {
            if (posts.Count > 0 && posts[^1].AttributionParagraph == p - 1)
            {
                continue; // the paragraph above is another post's attribution, not post text
            }

            if (TryAttribution(text, tokens, paragraphs[p], out TextSpan? author, out TextSpan? handle, out DateOnly? date, out SocialPlatform platform))
            {
                posts.Add(new PostRange(p - 1, p - 1, p, author, handle, date, platform));
            }
        }

        if (posts.Count > 0)
        {
            ExtendUpwards(tokens, paragraphs, posts);
        }

        for (int i = 0; i < posts.Count; i++)
        {
            if (posts[i].Platform == SocialPlatform.Unknown)
            {
                posts[i] = posts[i] with { Platform = PlatformFromLinks(text, tokens, paragraphs, posts[i]) };
            }
        }

        return posts;
    }

    /// <summary>Lets each post take in the paragraphs above it that share its script when the body is in another script.</summary>
    private static void ExtendUpwards(ReadOnlySpan<Token> tokens, PooledList<ParagraphRange> paragraphs, List<PostRange> posts)
    {
        var inPost = new bool[paragraphs.Count];
        foreach (PostRange post in posts)
        {
            inPost[post.FirstTextParagraph] = inPost[post.AttributionParagraph] = true;
        }

        Span<long> body = stackalloc long[WordScripts.Scripts];
        for (int p = 0; p < paragraphs.Count; p++)
        {
            if (!inPost[p])
            {
                WordScripts.Count(tokens[paragraphs[p].First..paragraphs[p].End], body);
            }
        }

        Script bodyScript = WordScripts.Dominant(body);
        if (bodyScript == Script.Common)
        {
            return;
        }

        for (int i = 0; i < posts.Count; i++)
        {
            Script postScript = paragraphs[posts[i].FirstTextParagraph].Script;
            if (postScript == bodyScript || postScript == Script.Common)
            {
                continue;
            }

            int first = posts[i].FirstTextParagraph;
            while (first - 1 >= 0 && !inPost[first - 1] && paragraphs[first - 1].Script == postScript)
            {
                first--;
                inPost[first] = true;
            }

            posts[i] = posts[i] with { FirstTextParagraph = first };
        }
    }

    private static bool TryAttribution(string text, ReadOnlySpan<Token> all, ParagraphRange paragraph, out TextSpan? author, out TextSpan? handle, out DateOnly? date, out SocialPlatform platform)
    {
        author = null;
        handle = null;
        date = null;
        platform = SocialPlatform.Unknown;
        ReadOnlySpan<Token> t = all[paragraph.First..paragraph.End];
        var view = new TokenView(text, t);
        int i = 0;
        bool instagram = false;
        if (t[0].Kind == TokenKind.Dash)
        {
            i = 1;
        }
        else if (view.IsChar(0, "&") && view.Is(1, "mdash") && view.IsChar(2, ";"))
        {
            i = 3;
        }
        else if (view.Is(0, "A") && view.Is(1, "post") && view.Is(2, "shared") && view.Is(3, "by"))
        {
            i = 4;
            instagram = true;
        }
        else
        {
            return false;
        }

        int nameStart = i;
        while (i < t.Length && i - nameStart < MaxAuthorTokens && (t[i].Kind == TokenKind.Word || (i > nameStart && ((t[i].Kind == TokenKind.Punctuation && TokenText.IsChar(text, t[i], '.')) || view.IsJoiningHyphen(i)))))
        {
            i++;
        }

        if (i > nameStart)
        {
            author = TextSpan.FromBounds((int)t[nameStart].Start, (int)t[i - 1].End);
        }

        bool bracketed = i + 1 < t.Length && TokenText.IsChar(text, t[i], '(') && t[i + 1].Kind == TokenKind.Mention;
        int mention = bracketed ? i + 1 : i;
        if (mention < t.Length && t[mention].Kind == TokenKind.Mention)
        {
            int last = instagram ? DottedHandleEnd(text, t, mention) : mention;
            if (!bracketed || (last + 1 < t.Length && TokenText.IsChar(text, t[last + 1], ')')))
            {
                handle = TextSpan.FromBounds((int)t[mention].Start, (int)t[last].End);
                i = bracketed ? last + 2 : last + 1;
            }
        }

        if (i < t.Length && TokenText.IsChar(text, t[i], ','))
        {
            i++;
        }

        if (i < t.Length && DateNormalizer.TryMatch(view, i, out int count, out string value)
            && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed))
        {
            date = parsed;
            i += count;
        }

        while (i < t.Length && t[i].Kind == TokenKind.Url)
        {
            i++; // a trailing link to the post
        }

        // The whole line must be the attribution, with a handle or (for a dash line) both an author and a date.
        if (i != t.Length || author is null && handle is null || (!instagram && handle is null && date is null))
        {
            return false;
        }

        platform = instagram ? SocialPlatform.Instagram : handle is not null ? SocialPlatform.Twitter : SocialPlatform.Unknown;
        return true;
    }

    /// <summary>
    /// Instagram handles may hold dots (<c>@virat.kohli</c>), which end a Twitter handle, so the tokenizer stops there: the
    /// handle goes on over <c>.</c> + word pieces that touch it.
    /// </summary>
    private static int DottedHandleEnd(string text, ReadOnlySpan<Token> t, int mention)
    {
        int last = mention;
        while (last + 2 < t.Length && TokenText.IsChar(text, t[last + 1], '.') && t[last + 2].Kind is TokenKind.Word or TokenKind.Number
            && TokenText.Adjacent(t[last], t[last + 1]) && TokenText.Adjacent(t[last + 1], t[last + 2]))
        {
            last += 2;
        }

        return last;
    }

    private static SocialPlatform PlatformFromLinks(string text, ReadOnlySpan<Token> all, PooledList<ParagraphRange> paragraphs, PostRange post)
    {
        foreach (Token t in all[paragraphs[post.FirstTextParagraph].First..paragraphs[post.LastTextParagraph].End])
        {
            if (t.Kind != TokenKind.Url)
            {
                continue;
            }

            ReadOnlySpan<char> url = TokenText.Of(text, t);
            if (url.Contains("twitter.com", StringComparison.OrdinalIgnoreCase) || url.Contains("t.co/", StringComparison.OrdinalIgnoreCase) || url.Contains("x.com/", StringComparison.OrdinalIgnoreCase))
            {
                return SocialPlatform.Twitter;
            }

            if (url.Contains("facebook.com", StringComparison.OrdinalIgnoreCase) || url.Contains("fb.watch", StringComparison.OrdinalIgnoreCase))
            {
                return SocialPlatform.Facebook;
            }

            if (url.Contains("instagram.com", StringComparison.OrdinalIgnoreCase))
            {
                return SocialPlatform.Instagram;
            }
        }

        return SocialPlatform.Unknown;
    }
}

using System.Globalization;
using NewsText.Entities;
using NewsText.Parsing;
using NewsText.Tokenization;

namespace NewsText.Segmentation;

/// <summary>A post found while parsing: paragraph indices of its text and attribution, and what the attribution says.</summary>
internal readonly record struct PostRange(int TextParagraph, int AttributionParagraph, TextSpan? Author, TextSpan? Handle, DateOnly? Date, SocialPlatform Platform);

/// <summary>
/// Embedded social posts: a paragraph that is wholly an attribution line (<c>— Name (@handle) January 9, 2023</c>,
/// <c>- Name (@handle) 9 जनवरी 2023</c>, <c>&amp;mdash; …</c>, <c>A post shared by Name (@handle)</c>) makes the paragraph above it
/// the post's text. A paragraph that merely contains a handle is not a post.
/// </summary>
internal static class EmbeddedPostDetector
{
    private const int MaxAuthorWords = 6;

    public static List<PostRange> Find(string text, ReadOnlySpan<Token> tokens, List<ParagraphRange> paragraphs)
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
                if (platform == SocialPlatform.Unknown)
                {
                    platform = PlatformFromLinks(text, tokens, paragraphs[p - 1]);
                }

                posts.Add(new PostRange(p - 1, p, author, handle, date, platform));
            }
        }

        return posts;
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
        while (i < t.Length && i - nameStart < MaxAuthorWords && (t[i].Kind == TokenKind.Word || (t[i].Kind == TokenKind.Punctuation && TokenText.IsChar(text, t[i], '.') && i > nameStart)))
        {
            i++;
        }

        if (i > nameStart)
        {
            author = TextSpan.FromBounds((int)t[nameStart].Start, (int)t[i - 1].End);
        }

        if (i + 2 < t.Length && TokenText.IsChar(text, t[i], '(') && t[i + 1].Kind == TokenKind.Mention && TokenText.IsChar(text, t[i + 2], ')'))
        {
            handle = new TextSpan((int)t[i + 1].Start, t[i + 1].Length);
            i += 3;
        }
        else if (i < t.Length && t[i].Kind == TokenKind.Mention)
        {
            handle = new TextSpan((int)t[i].Start, t[i].Length);
            i++;
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

    private static SocialPlatform PlatformFromLinks(string text, ReadOnlySpan<Token> all, ParagraphRange paragraph)
    {
        foreach (Token t in all[paragraph.First..paragraph.End])
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

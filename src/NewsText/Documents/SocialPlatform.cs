namespace NewsText;

/// <summary>Where an embedded post comes from. Serialised in camelCase.</summary>
public enum SocialPlatform : byte
{
    /// <summary>Not told by the text.</summary>
    Unknown,

    /// <summary>X / Twitter (an <c>(@handle)</c> attribution, <c>pic.twitter.com</c> or <c>t.co</c> links).</summary>
    Twitter,

    /// <summary>Instagram (<c>A post shared by …</c>).</summary>
    Instagram,

    /// <summary>Facebook (<c>facebook.com</c> links, <c>Posted by …</c>).</summary>
    Facebook,
}

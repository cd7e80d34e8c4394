namespace NewsText;

/// <summary>What an <see cref="EntityMention"/> names. Serialised in camelCase (<c>person</c>, <c>organization</c>, …).</summary>
public enum MentionKind : byte
{
    /// <summary>A person: <c>सर्गेई लावरोव</c>, <c>Sergey Lavrov</c>.</summary>
    Person,

    /// <summary>An organisation: <c>रूसी विदेश मंत्रालय</c>, <c>NATO</c>.</summary>
    Organization,

    /// <summary>A place: country, city, region: <c>रूस</c>, <c>Beijing</c>.</summary>
    Location,

    /// <summary>A date or time expression; the value is ISO 8601 when absolute.</summary>
    Date,

    /// <summary>A social-media handle: <c>@ChinaAmbUN</c>.</summary>
    Handle,

    /// <summary>A hashtag.</summary>
    Hashtag,

    /// <summary>A URL.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>An amount of money: <c>₹500 crore</c>, <c>5 लाख रुपये</c>; the value is a decimal and an ISO 4217 code.</summary>
    Money,

    /// <summary>A number or percentage; the value is the decimal number.</summary>
    Number,
}

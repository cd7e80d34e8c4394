namespace NewsText;

/// <summary>Character property lookups.</summary>
/// <remarks>
/// The tables and their accessors (<c>GetWordBreak</c>, <c>GetGraphemeBreak</c>, <c>GetIndicConjunctBreak</c>,
/// <c>IsExtendedPictographic</c>, <c>IsEmojiPresentation</c>, <c>IsEmojiModifier</c>, <c>GetScript</c>) are generated
/// into <c>Text/Generated/*.g.cs</c> by src/NewsText.UnicodeGen; see docs/unicode.md.
/// </remarks>
internal static partial class UnicodeData
{
}

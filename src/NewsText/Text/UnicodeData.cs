namespace NewsText;

/// <summary>Character property lookups. Replaced by generated tables (src/NewsText.UnicodeGen) in the tokenizer issue.</summary>
internal static partial class UnicodeData
{
    /// <summary>Script of a code point (Unicode 16.0 Scripts.txt ranges for the scripts NewsText names).</summary>
    internal static Script GetScript(int cp)
    {
        if (cp < 0x80)
        {
            return (uint)((cp | 0x20) - 'a') <= 'z' - 'a' ? Script.Latin : Script.Common;
        }

        return cp switch
        {
            0xAA or 0xBA or (>= 0xC0 and <= 0x24F and not 0xD7 and not 0xF7) or (>= 0x1E00 and <= 0x1EFF) => Script.Latin,
            (>= 0x0400 and <= 0x052F) or (>= 0x1C80 and <= 0x1C8A) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) => Script.Cyrillic,
            (>= 0x0600 and <= 0x06FF and not 0x60C and not 0x61B and not 0x61F and not 0x640 and not (>= 0x64B and <= 0x655) and not 0x670)
                or (>= 0x0750 and <= 0x077F) or (>= 0x08A0 and <= 0x08FF) or (>= 0xFB50 and <= 0xFDFF) or (>= 0xFE70 and <= 0xFEFF and not 0xFEFF) => Script.Arabic,
            (>= 0x0900 and <= 0x097F and not 0x951 and not 0x952 and not 0x964 and not 0x965) or (>= 0xA8E0 and <= 0xA8FF) => Script.Devanagari,
            (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x3134F) or (>= 0xF900 and <= 0xFAFF) => Script.Han,
            _ => char.IsLetter(cp < 0x10000 ? (char)cp : 'x') && cp < 0x10000 ? Script.Other : Script.Common,
        };
    }
}

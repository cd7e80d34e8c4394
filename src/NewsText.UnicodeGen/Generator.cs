namespace NewsText.UnicodeGen;

/// <summary>Reads the Unicode data files and writes the <c>*.g.cs</c> table files.</summary>
internal sealed class Generator(string ucdDir, string outputDir)
{
    private const string WordBreakFile = "auxiliary/WordBreakProperty.txt";
    private const string GraphemeBreakFile = "auxiliary/GraphemeBreakProperty.txt";
    private const string DerivedCoreFile = "DerivedCoreProperties.txt";
    private const string EmojiFile = "emoji/emoji-data.txt";
    private const string ScriptsFile = "Scripts.txt";

    private static readonly string[] WordBreakNames =
    [
        "Other", "CR", "LF", "Newline", "Extend", "ZWJ", "Regional_Indicator", "Format", "Katakana", "Hebrew_Letter",
        "ALetter", "Single_Quote", "Double_Quote", "MidNumLet", "MidLetter", "MidNum", "Numeric", "ExtendNumLet", "WSegSpace",
    ];

    private static readonly string[] GraphemeBreakNames =
    [
        "Other", "CR", "LF", "Control", "Extend", "ZWJ", "Regional_Indicator", "Prepend", "SpacingMark", "L", "V", "T", "LV", "LVT",
    ];

    private static readonly string[] IndicConjunctBreakNames = ["None", "Linker", "Consonant", "Extend"];

    // Values of the public NewsText.Script enum; Common and Inherited map to Common (0), unnamed scripts to Other.
    private static readonly string[] ScriptNames = ["Common", "Latin", "Devanagari", "Cyrillic", "Arabic", "Han", "Other"];

    private string version = "";

    public void Run()
    {
        string[] files = [WordBreakFile, GraphemeBreakFile, DerivedCoreFile, ScriptsFile];
        string[] versions = files.Select(f => UcdReader.ReadVersion(Source(f)) ?? "?").Distinct().ToArray();
        if (versions.Length != 1 || versions[0] == "?")
        {
            throw new InvalidOperationException("The data files name different or no Unicode versions: " + string.Join(", ", versions));
        }

        version = versions[0];
        Directory.CreateDirectory(outputDir);
        Report("WordBreak.g.cs", WriteWordBreak());
        Report("GraphemeBreak.g.cs", WriteGraphemeBreak());
        Report("Emoji.g.cs", WriteEmoji());
        Report("Script.g.cs", WriteScript());
    }

    private static void Report(string file, int bytes) => Console.WriteLine($"{file}: {bytes} bytes of table data");

    private static byte IndexOf(string[] names, string value)
    {
        int i = Array.IndexOf(names, value);
        return i > 0 ? (byte)i : throw new InvalidOperationException($"Unknown property value '{value}'.");
    }

    private string Source(string relative) => Path.Combine(ucdDir, relative);

    private int WriteWordBreak()
    {
        var values = new byte[UcdReader.CodeSpace];
        UcdReader.Fill(Source(WordBreakFile), values, f => IndexOf(WordBreakNames, f[0]));
        var w = new CSharpWriter(version, WordBreakFile);
        w.AddEnum("WordBreakProperty", "Word_Break", "Word_Break property values (UAX #29, WordBreakProperty.txt).", WordBreakNames);
        w.AddMember(
            """
                /// <summary>The Word_Break property of a code point; <see cref="WordBreakProperty.Other"/> for unlisted values and anything outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static WordBreakProperty GetWordBreak(int codePoint) => (WordBreakProperty)LookupWordBreak(codePoint);
            """);
        return Save(w, "WordBreak", values, "WordBreak.g.cs");
    }

    private int WriteGraphemeBreak()
    {
        // Low four bits: Grapheme_Cluster_Break; bits 4-5: Indic_Conjunct_Break.
        var values = new byte[UcdReader.CodeSpace];
        UcdReader.Fill(Source(GraphemeBreakFile), values, f => IndexOf(GraphemeBreakNames, f[0]));
        UcdReader.Fill(Source(DerivedCoreFile), values, f => f[0] == "InCB" ? (byte)(IndexOf(IndicConjunctBreakNames, f[1]) << 4) : (byte)0);
        var w = new CSharpWriter(version, GraphemeBreakFile, DerivedCoreFile + " (InCB)");
        w.AddEnum("GraphemeBreakProperty", "Grapheme_Cluster_Break", "Grapheme_Cluster_Break property values (UAX #29, GraphemeBreakProperty.txt).", GraphemeBreakNames);
        w.AddEnum("IndicConjunctBreak", "InCB", "Indic_Conjunct_Break property values (DerivedCoreProperties.txt, InCB).", IndicConjunctBreakNames);
        w.AddMember(
            """
                /// <summary>The Grapheme_Cluster_Break property of a code point; <see cref="GraphemeBreakProperty.Other"/> for unlisted values and anything outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static GraphemeBreakProperty GetGraphemeBreak(int codePoint) => (GraphemeBreakProperty)(LookupGraphemeBreak(codePoint) & 0xF);

                /// <summary>The Indic_Conjunct_Break property of a code point; <see cref="IndicConjunctBreak.None"/> for anything outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static IndicConjunctBreak GetIndicConjunctBreak(int codePoint) => (IndicConjunctBreak)(LookupGraphemeBreak(codePoint) >> 4);
            """);
        return Save(w, "GraphemeBreak", values, "GraphemeBreak.g.cs");
    }

    private int WriteEmoji()
    {
        // Bit 0: Extended_Pictographic; bit 1: Emoji_Presentation; bit 2: Emoji_Modifier.
        var values = new byte[UcdReader.CodeSpace];
        UcdReader.Fill(Source(EmojiFile), values, f => f[0] switch
        {
            "Extended_Pictographic" => 1,
            "Emoji_Presentation" => 2,
            "Emoji_Modifier" => 4,
            _ => 0,
        });
        var w = new CSharpWriter(version, EmojiFile + " (Emoji Version " + version[..version.LastIndexOf('.')] + ")");
        w.AddMember(
            """
                /// <summary>Whether a code point is Extended_Pictographic (emoji-data.txt); false outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static bool IsExtendedPictographic(int codePoint) => (LookupEmoji(codePoint) & 1) != 0;

                /// <summary>Whether a code point is Emoji_Presentation (emoji-data.txt); false outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static bool IsEmojiPresentation(int codePoint) => (LookupEmoji(codePoint) & 2) != 0;

                /// <summary>Whether a code point is Emoji_Modifier, a skin tone (emoji-data.txt); false outside U+0000..U+10FFFF.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static bool IsEmojiModifier(int codePoint) => (LookupEmoji(codePoint) & 4) != 0;
            """);
        return Save(w, "Emoji", values, "Emoji.g.cs");
    }

    private int WriteScript()
    {
        var values = new byte[UcdReader.CodeSpace];
        UcdReader.Fill(Source(ScriptsFile), values, f => f[0] switch
        {
            "Common" or "Inherited" => 0,
            _ when Array.IndexOf(ScriptNames, f[0]) is > 0 and int named && named < ScriptNames.Length - 1 => (byte)named,
            _ => (byte)(ScriptNames.Length - 1),
        });
        var w = new CSharpWriter(version, ScriptsFile);
        w.AddMember(
            """
                /// <summary>The script of a code point as a <see cref="Script"/>: the scripts NewsText names, <see cref="Script.Common"/> for Common, Inherited,
                /// unassigned code points and anything outside U+0000..U+10FFFF, <see cref="Script.Other"/> for every other script.</summary>
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                internal static Script GetScript(int codePoint) => (Script)LookupScript(codePoint);
            """);
        return Save(w, "Script", values, "Script.g.cs");
    }

    private int Save(CSharpWriter writer, string name, byte[] values, string fileName)
    {
        TableBuilder table = TableBuilder.Build(values);
        table.Verify(values);
        writer.AddTable(name, table);
        writer.Save(Path.Combine(outputDir, fileName));
        return writer.DataBytes;
    }
}

using NewsText.Entities;
using NewsText.Tests.Support;
using Xunit.Abstractions;

namespace NewsText.Tests.Entities;

public class SeedEntityTests(ITestOutputHelper output)
{
    private static readonly Lazy<(string Text, EntityMention[] Mentions, Entity[] Entities)> Seed = new(() =>
    {
        string text = File.ReadAllText(RepoPaths.Seed);
        var (m, e) = EntityExtractor.Extract(EntityExtractor.ContextFor(text));
        return (text, m, e);
    });

    private static string T(EntityMention m) => Seed.Value.Text.Substring(m.Span.Start, m.Span.Length);

    private static Entity EntityNamed(string name) => Assert.Single(Seed.Value.Entities, e => e.Name == name);

    private static void AssertEntity(string name, MentionKind kind, string forms)
    {
        Entity e = EntityNamed(name);
        Assert.Equal(kind, e.Kind);
        Assert.Equal(forms.Split('|').Order(StringComparer.Ordinal), Forms(e));
    }

    private static string[] Forms(Entity e) => e.Mentions.Select(i => T(Seed.Value.Mentions[i])).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Dump()
    {
        foreach (EntityMention m in Seed.Value.Mentions)
        {
            output.WriteLine($"{m.Kind,-12} {T(m),-30} {m.Value} {m.Entity}");
        }

        foreach (Entity e in Seed.Value.Entities)
        {
            output.WriteLine($"E{e.Id} {e.Kind} {e.Name}: {string.Join(" | ", Forms(e))}");
        }
    }

    [Theory]
    [InlineData("Sergey Lavrov", "Sergei Lavrov|Sergey Lavrov|लावरोव|सर्गेई लावरोव")]
    [InlineData("Qin Gang", "Qin|Qin Gang|किन|किन गांग")]
    [InlineData("Xi Jinping", "शी|शी जिनपिंग")]
    [InlineData("Vladimir Putin", "पुतिन|व्लादिमीर पुतिन")]
    [InlineData("Wang Yi", "वांग यी")]
    [InlineData("Abhijit Halder", "Abhijit Halder")]
    [InlineData("Zhang Jun", "Zhang Jun")]
    public void Persons_are_linked_across_scripts(string name, string forms)
    {
        AssertEntity(name, MentionKind.Person, forms);
    }

    [Fact]
    public void Nothing_else_is_a_person()
    {
        string[] persons = Seed.Value.Entities.Where(e => e.Kind == MentionKind.Person).Select(e => e.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["Abhijit Halder", "Qin Gang", "Sergey Lavrov", "Vladimir Putin", "Wang Yi", "Xi Jinping", "Zhang Jun"], persons);
        Assert.DoesNotContain(Seed.Value.Mentions, m => T(m) is "FMs" or "The");
    }

    [Theory]
    [InlineData("Russia", "Russia|रूस")]
    [InlineData("China", "चीन")]
    [InlineData("United States", "अमेरिका")]
    [InlineData("Ukraine", "Ukraine|यूक्रेन")]
    [InlineData("Moscow", "मास्को")]
    [InlineData("Beijing", "बीजिंग")]
    [InlineData("Pakistan", "Pakistan")]
    [InlineData("South Korea", "ROK")]
    public void Locations(string name, string forms)
    {
        AssertEntity(name, MentionKind.Location, forms);
    }

    [Theory]
    [InlineData("Russian Foreign Ministry", "Russian Foreign Ministry|रूसी विदेश मंत्रालय")]
    [InlineData("Chinese Foreign Ministry", "चीनी विदेश मंत्रालय")]
    [InlineData("Belt and Road Initiative", "बेल्ट एंड रोड इनिशिएटिव")]
    [InlineData("Eurasian Economic Union", "यूरेशियन इकोनॉमिक यूनियन")]
    public void Organizations(string name, string forms)
    {
        AssertEntity(name, MentionKind.Organization, forms);
    }

    [Fact]
    public void Handles_and_dates()
    {
        EntityMention[] m = Seed.Value.Mentions;
        Assert.Equal(["@Abhijithalderr", "@ChinaAmbUN"], m.Where(x => x.Kind == MentionKind.Handle).Select(T));
        Assert.Equal(
            ["सोमवार weekday:monday", "January 9, 2023 2023-01-09", "January 9, 2023 2023-01-09", "पिछले महीने relative:last-month", "पिछले महीने relative:last-month"],
            m.Where(x => x.Kind == MentionKind.Date).Select(x => T(x) + " " + x.Value));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using NewsText.Entities;
using NewsText.Tests.Support;
using Xunit.Abstractions;

namespace NewsText.Tests.Entities;

public partial class DevSetTests(ITestOutputHelper output)
{
    private readonly record struct Gold(int Start, int Length, MentionKind Kind, string? Value);

    [GeneratedRegex(@"\[\[(\w+):(.+?)(?:\|([^\]]*))?\]\]")]
    private static partial Regex Mark();

    private static (string Text, List<Gold> Gold) Read(string path)
    {
        string marked = File.ReadAllText(path);
        var sb = new StringBuilder();
        var gold = new List<Gold>();
        int last = 0;
        foreach (Match m in Mark().Matches(marked))
        {
            sb.Append(marked, last, m.Index - last);
            var kind = Enum.Parse<MentionKind>(m.Groups[1].Value, ignoreCase: true);
            gold.Add(new Gold(sb.Length, m.Groups[2].Length, kind, m.Groups[3].Success ? m.Groups[3].Value : null));
            sb.Append(m.Groups[2].Value);
            last = m.Index + m.Length;
        }

        sb.Append(marked, last, marked.Length - last);
        return (sb.ToString(), gold);
    }

    [Fact]
    public void Precision_and_recall_per_kind_meet_the_targets()
    {
        string dir = Path.Combine(RepoPaths.Root, "tests", "NewsText.Tests", "Entities", "DevSet");
        string[] files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 10);
        var tp = new Dictionary<MentionKind, int>();
        var fp = new Dictionary<MentionKind, int>();
        var fn = new Dictionary<MentionKind, int>();
        int valueErrors = 0;
        foreach (string file in files)
        {
            (string text, List<Gold> gold) = Read(file);
            var mentions = ArticleParser.Default.Parse(text).Mentions;
            var found = mentions.Select(m => new Gold(m.Span.Start, m.Span.Length, m.Kind, m.Value)).ToList();
            foreach (Gold g in gold)
            {
                Gold? hit = found.FirstOrDefault(f => f.Start == g.Start && f.Length == g.Length && f.Kind == g.Kind);
                if (hit is { } h && found.Contains(h))
                {
                    Inc(tp, g.Kind);
                    if (g.Value is not null && g.Value != h.Value)
                    {
                        valueErrors++;
                        output.WriteLine($"{Path.GetFileName(file)} value {text.Substring(g.Start, g.Length)}: {h.Value} (gold {g.Value})");
                    }
                }
                else
                {
                    Inc(fn, g.Kind);
                    output.WriteLine($"{Path.GetFileName(file)} missed {g.Kind} {text.Substring(g.Start, g.Length)}");
                }
            }

            foreach (Gold f in found.Where(f => !gold.Any(g => g.Start == f.Start && g.Length == f.Length && g.Kind == f.Kind)))
            {
                Inc(fp, f.Kind);
                output.WriteLine($"{Path.GetFileName(file)} spurious {f.Kind} {text.Substring(f.Start, f.Length)}");
            }
        }

        var failures = new List<string>();
        foreach (MentionKind kind in Enum.GetValues<MentionKind>())
        {
            int t = tp.GetValueOrDefault(kind), p = fp.GetValueOrDefault(kind), n = fn.GetValueOrDefault(kind);
            if (t + p + n == 0)
            {
                continue;
            }

            double precision = t + p == 0 ? 1 : (double)t / (t + p);
            double recall = t + n == 0 ? 1 : (double)t / (t + n);
            output.WriteLine($"{kind,-12} P {precision:0.00} R {recall:0.00} (tp {t}, fp {p}, fn {n})");
            double recallTarget = kind is MentionKind.Person or MentionKind.Location or MentionKind.Organization ? 0.8 : 0.95;
            if (precision < 0.9 || (recall < recallTarget && kind is not MentionKind.Money and not MentionKind.Number))
            {
                failures.Add($"{kind}: P {precision:0.00} R {recall:0.00}");
            }
        }

        output.WriteLine($"value errors: {valueErrors}");
        Assert.Empty(failures);
    }

    private static void Inc(Dictionary<MentionKind, int> d, MentionKind k) => d[k] = d.GetValueOrDefault(k) + 1;
}

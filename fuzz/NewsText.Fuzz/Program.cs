using SharpFuzz;

namespace NewsText.Fuzz;

/// <summary>
/// Entry point for afl-fuzz: <c>dotnet NewsText.Fuzz.dll TARGET</c> runs one target in SharpFuzz's out-of-process loop;
/// <c>dotnet NewsText.Fuzz.dll TARGET FILE…</c> replays inputs once each (to reproduce a crash without AFL). Replay with the
/// build output (fuzz/NewsText.Fuzz/bin/Release/net10.0), not fuzz/out/bin: outside afl-fuzz the instrumented NewsText.dll has
/// no coverage map to write to and fails with an access violation.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Invariants.Targets.Contains(args[0], StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"usage: NewsText.Fuzz {{{string.Join('|', Invariants.Targets)}}} [input files to replay]");
            return 2;
        }

        string target = args[0];
        if (args.Length > 1)
        {
            foreach (string file in args.Skip(1))
            {
                Invariants.Check(target, File.ReadAllBytes(file));
                Console.WriteLine($"ok {file}");
            }

            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Invariants.Check(target, copy.ToArray());
        });
        return 0;
    }
}

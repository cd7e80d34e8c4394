using BenchmarkDotNet.Running;
using NewsText.Benchmarks.Memory;

// The memory check is a plain program mode, kept out of BenchmarkDotNet's switcher.
if (MemoryCheck.TryParse(args, out long bytes, out string? error))
{
    if (error != null)
    {
        Console.Error.WriteLine(error);
        return 2;
    }

    return MemoryCheck.Run(bytes, Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

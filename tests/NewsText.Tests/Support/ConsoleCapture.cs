namespace NewsText.Tests.Support;

/// <summary>Tests that swap <see cref="Console.Out"/> run one at a time in this collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    /// <summary>The collection name.</summary>
    public const string Name = "console";
}

/// <summary>Captures what the code under test writes to the console.</summary>
internal static class ConsoleCapture
{
    public static string Run(Action action)
    {
        TextWriter original = Console.Out;
        using var writer = new StringWriter();
        Console.SetOut(writer);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(original);
        }

        return writer.ToString();
    }
}
